// Loaded first by bench.ts. n8n-core reads its environment when first loaded (test/harness/env).
import '../test/harness/env';
