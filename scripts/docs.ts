// npm run docs: writes the generated parts of README.md and docs/<area>.md (scripts/lib/docs.ts).
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { AREAS } from './lib/areas';
import { fill, generatedParts, newPage } from './lib/docs';

import { Moco } from '../nodes/Moco/Moco.node';

const root = join(__dirname, '..');
for (const { file, name, content } of generatedParts(new Moco().getNodeType(2).description.properties)) {
	const path = join(root, file);
	const title = AREAS.find((area) => `docs/${area.value}.md` === file)?.title ?? file;
	const before = existsSync(path) ? readFileSync(path, 'utf8') : newPage(title);
	const after = fill(before, name, content, file);
	if (after !== before) writeFileSync(path, after);
	console.log(`${after === before ? 'unchanged' : 'written  '} ${file}`);
}
