// Writes the generated parts of the documentation from the node's description: each area page's
// operation table (docs/<area>.md) and the README's table of areas. `npm run docs` writes them;
// test/docs.test.ts fails when a written part differs from what this would write now.
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { areaNodeTypes } from '../../nodes/Moco/areaNodes';
import { shownInVersion } from '../../nodes/Moco/shared/versions';
import { AREAS, AREA_OF, MOCO_OPERATIONS } from './areas';

/** The node version whose form the tables describe (the newest). */
const VERSION = 2;

const shownIn = (property: INodeProperties) => shownInVersion(property, VERSION);

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

interface Resource {
	value: string;
	name: string;
	description?: string;
	operations: INodePropertyOptions[];
}

export function resourcesOf(properties: INodeProperties[]): Resource[] {
	const options = (properties.find((p) => p.name === 'resource')?.options ?? []) as INodePropertyOptions[];
	return options.map((option) => {
		const value = String(option.value);
		const operation = properties.find((p) => p.name === 'operation' && shownIn(p) && (p.displayOptions?.show?.resource ?? []).includes(value));
		return { value, name: option.name, description: option.description, operations: (operation?.options ?? []) as INodePropertyOptions[] };
	});
}

/** Resources of the node that no area claims (test/docs.test.ts fails on any). */
export const withoutArea = (properties: INodeProperties[]) => resourcesOf(properties).filter((resource) => !AREA_OF[resource.value]).map((resource) => resource.value);

const inArea = (properties: INodeProperties[], area: string) => resourcesOf(properties).filter((resource) => AREA_OF[resource.value] === area);

const areaNodes = areaNodeTypes.map((Type) => new Type());
/** The name of the node holding an area's resources (MOCO Time, ...), as n8n's nodes panel shows it. */
export const nodeOf = (area: string) => areaNodes.find((node) => node.area === area)?.description.displayName ?? '(no node)';

function operationTable(properties: INodeProperties[], area: string): string {
	const resources = inArea(properties, area);
	if (resources.length === 0) return 'The node offers no operation of this area yet.';
	const rows = resources.flatMap((resource) => resource.operations.map((op) => `| ${resource.name} | ${op.name} | ${cell(op.action)} | ${cell(op.description)} |`));
	const node = `In n8n these are the operations of the **${nodeOf(area)}** node (search "${nodeOf(area)}" in the nodes panel).`;
	return [node, '', '| Resource | Operation | Action | What it does |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function areaTable(properties: INodeProperties[]): string {
	let total = 0;
	const rows = AREAS.map((area) => {
		const resources = inArea(properties, area.value);
		const count = resources.reduce((sum, resource) => sum + resource.operations.length, 0);
		total += count;
		const moco = Object.values(area.moco).reduce((sum, n) => sum + n, 0);
		const names = resources.map((resource) => resource.name).join(', ') || '(none yet)';
		return `| [${area.title}](docs/${area.value}.md) | ${nodeOf(area.value)} | ${names} | ${count} | ${moco} |`;
	});
	return ['| Area | n8n node | Resources | Operations in the node | MOCO\'s operations |', '| --- | --- | --- | --- | --- |', ...rows, `| **All** | | | **${total}** | **${MOCO_OPERATIONS}** |`].join('\n');
}

const START = (name: string) => `<!-- generated:${name} (npm run docs writes this part; edit the node, not this) -->`;
const END = (name: string) => `<!-- /generated:${name} -->`;

/** The text with its generated part replaced; the markers must be there. */
export function fill(text: string, name: string, content: string, file: string): string {
	const start = text.indexOf(START(name));
	const end = text.indexOf(END(name));
	if (start < 0 || end < start) throw new Error(`${file} lacks the markers ${START(name)} … ${END(name)}`);
	return `${text.slice(0, start + START(name).length)}\n${content}\n${text.slice(end)}`;
}

/** Every generated part, by file (relative to the repository) and marker name. */
export function generatedParts(properties: INodeProperties[]): Array<{ file: string; name: string; content: string }> {
	return [
		{ file: 'README.md', name: 'areas', content: areaTable(properties) },
		...AREAS.map((area) => ({ file: `docs/${area.value}.md`, name: 'operations', content: operationTable(properties, area.value) })),
	];
}

/** The page a new area starts with. */
export const newPage = (title: string) => `# ${title}\n\n## Operations\n\n${START('operations')}\n${END('operations')}\n`;
