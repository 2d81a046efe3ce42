'use strict';
// Lets plain Node scripts (npm start, the sandbox CLI) require the TypeScript simulator under
// test/ without a build step or ts-node: each .ts file is transpiled in memory with the project's
// own `typescript` (a dev dependency). Type errors are the job of `npm run typecheck`, not of this.
const fs = require('node:fs');
const ts = require('typescript');

if (!require.extensions['.ts']) {
	require.extensions['.ts'] = (module, filename) => {
		const source = fs.readFileSync(filename, 'utf8');
		const { outputText } = ts.transpileModule(source, {
			fileName: filename,
			compilerOptions: {
				module: ts.ModuleKind.CommonJS,
				target: ts.ScriptTarget.ES2022,
				esModuleInterop: true,
				sourceMap: false,
				inlineSourceMap: true,
			},
		});
		module._compile(outputText, filename);
	};
}
// A node's codex (Moco.node.json) sits beside its source (Moco.node.ts): `require('./Moco.node')`
// must find the TypeScript, so .json comes after .ts in the extension order.
const json = require.extensions['.json'];
delete require.extensions['.json'];
require.extensions['.json'] = json;
