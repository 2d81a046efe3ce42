// The documentation's generated parts (operation tables, the README's areas) match the node as it
// is now, and every resource of the node has its area (scripts/lib/areas.ts).
import { readFileSync } from 'fs';
import { join } from 'path';

import { Moco } from '../nodes/Moco/Moco.node';
import { AREAS, AREA_OF, MOCO_OPERATIONS } from '../scripts/lib/areas';
import { fill, generatedParts, withoutArea } from '../scripts/lib/docs';
import { resources } from './harness/description';

const { properties } = new Moco().getNodeType(2).description;
const root = join(__dirname, '..');

test('every resource of the node has an area', () => {
	expect(resources.length).toBeGreaterThan(10);
	expect(withoutArea(properties)).toEqual([]);
	const areas = AREAS.map((area) => area.value);
	for (const area of Object.values(AREA_OF)) expect(areas).toContain(area);
});

test('the areas share out all of MOCO\'s operations', () => {
	const sum = AREAS.reduce((total, area) => total + Object.values(area.moco).reduce((n, m) => n + m, 0), 0);
	expect(sum).toBe(MOCO_OPERATIONS);
});

test.each(generatedParts(properties).map((part) => [part.file, part]))('%s: generated part is up to date (else run `npm run docs`)', (file, part) => {
	const text = readFileSync(join(root, part.file), 'utf8');
	if (fill(text, part.name, part.content, part.file) !== text) throw new Error(`${file}'s generated ${part.name} table no longer matches the node: run \`npm run docs\``);
});

test('a table that no longer matches is caught', () => {
	const [part] = generatedParts(properties);
	const text = readFileSync(join(root, part.file), 'utf8');
	const stale = text.replace('| **All** |', '| **All (old)** |');
	expect(stale).not.toBe(text);
	expect(fill(stale, part.name, part.content, part.file)).not.toBe(stale);
});
