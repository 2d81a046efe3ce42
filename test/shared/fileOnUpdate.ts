import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { pick, requestLines, useSimulator } from '../harness';
import { VERSION } from '../harness/description';
import { bodies, runOn } from '../customers/company/fixtures';

/** A resource whose Update takes a file from an input item's binary field beside its fields. */
export interface FileOnUpdate {
	resource: string;
	/** The record picker's parameter and MOCO's path of the record. */
	picker: string;
	id: number;
	path: string;
	/** The file parameter and its label in errors. */
	param: string;
	label: string;
	/** One ordinary Update field and what MOCO receives for it. */
	field: [INodeParameters, IDataObject];
	/** The body MOCO takes for the file below. */
	sent: (file: { fileName: string; data: Buffer }) => IDataObject;
}

const FILE = { data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 8, 9]), fileName: 'Porträt Hanne.png', mimeType: 'image/png' };
const files = { files: [{ foto: FILE }] };

/** Update with a file: a file alone is a change, sent exactly; unset, nothing about it is sent. */
export function describeFileOnUpdate(spec: FileOnUpdate): void {
	const sim = useSimulator();
	const run = runOn(spec.resource, VERSION);
	const update = (parameters: INodeParameters) => run('update', { [spec.picker]: pick.id(spec.id), ...parameters }, files);

	describe(`${spec.resource} > Update with a file from an input item’s binary field`, () => {
		test('only the file set: one PUT carrying exactly the file as MOCO takes it, MOCO’s record out', async () => {
			const result = await update({ [spec.param]: 'foto' });

			expect(result.error).toBeUndefined();
			expect(requestLines(sim())).toEqual([`PUT /api/v1${spec.path}/${spec.id}`]);
			expect(bodies(sim())).toEqual([spec.sent(FILE)]);
			expect(result.items.map((item) => item.json.id)).toEqual([spec.id]);
		});

		test('a field and the file: both, nothing else', async () => {
			await update({ [spec.param]: 'foto', updateFields: spec.field[0] });

			expect(bodies(sim())).toEqual([{ ...spec.field[1], ...spec.sent(FILE) }]);
		});

		test('the file left empty (the item has one): nothing about a file is sent', async () => {
			await update({ updateFields: spec.field[0] });

			expect(bodies(sim())).toEqual([spec.field[1]]);
		});

		test('neither a field nor the file: refused, nothing sent', async () => {
			const result = await update({});

			expect(result.error?.message).toBe('Update has nothing to change: fill in at least one field (empty fields are left as they are) (item 0)');
			expect(sim().requests).toEqual([]);
		});

		test('a binary field the item does not have: named with the item, nothing sent', async () => {
			const result = await update({ [spec.param]: 'bild', updateFields: spec.field[0] });

			expect(result.error?.message).toBe(`${spec.label} names "bild", but item 0 has no file there (it has "foto") (item 0)`);
			expect(sim().requests).toEqual([]);
		});
	});
}
