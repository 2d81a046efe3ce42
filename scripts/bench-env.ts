// Loaded first by bench.ts. n8n-core reads its environment when first loaded (test/harness/env).
// Under plain Node, `require('.../Moco.node')` would find the codex Moco.node.json before the
// TypeScript file, because .json comes before the .ts hook in the extension order: move it last.
import '../test/harness/env';

const extensions = require.extensions as Record<string, NodeJS.RequireExtensions[string] | undefined>;
const json = extensions['.json'];
delete extensions['.json'];
extensions['.json'] = json;
