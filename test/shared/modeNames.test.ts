import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { Moco } from '../../nodes/Moco/Moco.node';

/**
 * n8n's editor shows about 48 pixels of a picker's mode name (e2e/newcomer.e2e.test.ts measures
 * every one in the real editor): "By Email" just fits, "By Name" loses its last letter and
 * "By Identifier" reads "By Identi…". So a record picker's own mode is named by its key alone,
 * in a word short enough to fit; the editor names the list and ID modes itself.
 */
function modesIn(value: unknown): INodePropertyMode[] {
	if (Array.isArray(value)) return value.flatMap(modesIn);
	if (!value || typeof value !== 'object') return [];
	const property = value as INodeProperties;
	return [...(property.type === 'resourceLocator' ? (property.modes ?? []) : []), ...Object.values(value).flatMap(modesIn)];
}

const modes = modesIn(new Moco().getNodeType(1.1).description.properties);
const keyModes = [...new Set(modes.filter((mode) => mode.name !== 'list' && mode.name !== 'id').map((mode) => mode.displayName))];

test('every picker offers From list and By ID, and its key (where it has one) under a short name', () => {
	expect(modes.length).toBeGreaterThan(20);
	expect(keyModes).toEqual(expect.arrayContaining(['Email', 'Name', 'Number']));
	for (const name of keyModes) expect({ name, length: name.length <= 6 }).toEqual({ name, length: true });
});
