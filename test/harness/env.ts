// n8n-core reads these when it is first loaded: keep its config out of $HOME and its logs quiet.
import { mkdirSync } from 'fs';
import { join } from 'path';

const userFolder = join(__dirname, '..', '..', '.n8n-test');
mkdirSync(userFolder, { recursive: true });
process.env.N8N_USER_FOLDER = userFolder;
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
process.env.N8N_LOG_LEVEL = 'silent';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';

// n8n runs resource-locator and display regexes in a vm with a 250 ms wall-clock limit; on a
// loaded two-core CI machine a GC pause alone can pass it ("Regular expression execution timed
// out"). The node's patterns are fixed and linear, so tests run them natively, results unchanged.
const { setSafeRegexEngine } = require('n8n-workflow') as typeof import('n8n-workflow');
setSafeRegexEngine({
	exec: (pattern, input, flags) => new RegExp(pattern, flags).exec(input),
	test: (pattern, input, flags) => new RegExp(pattern, flags).test(input),
	replace: (pattern, input, flags, replacement) => input.replace(new RegExp(pattern, flags), replacement),
	matchAll: (pattern, input, flags) => Array.from(input.matchAll(new RegExp(pattern, flags?.includes('g') ? flags : `${flags ?? ''}g`))),
	split: (pattern, input, flags) => input.split(new RegExp(pattern, flags)),
});
