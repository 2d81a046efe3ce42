import { useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { bodies, runOn } from '../company/fixtures';

const sim = useSimulator();
const runComment = runOn('comment');
const C = SEED_IDS.companies;
const NOTE = { commentableType: 'Company', commentableId: C.hafenlicht, text: 'Protokoll anbei' };
const PROTOCOL = Buffer.from('%PDF-1.4 Protokoll Kick-off\n');

describe('Comment > Create with an attachment from an input item’s file', () => {
	test('the named binary field goes along as MOCO’s attachment_filename and base64 attachment_content', async () => {
		const result = await runComment('create', { ...NOTE, attachmentBinaryField: 'protokoll' }, {
			files: [{ protokoll: { data: PROTOCOL, fileName: 'Kick-off Protokoll.pdf', mimeType: 'application/pdf' } }],
		});

		expect(result.error).toBeUndefined();
		expect(bodies(sim())).toEqual([
			{ commentable_type: 'Company', commentable_id: C.hafenlicht, text: 'Protokoll anbei', attachment_filename: 'Kick-off Protokoll.pdf', attachment_content: PROTOCOL.toString('base64') },
		]);
		expect(Buffer.from(String(bodies(sim())[0].attachment_content), 'base64').equals(PROTOCOL)).toBe(true);
		expect(result.items[0].json).not.toHaveProperty('attachment_content');
	});

	test('left empty (the default): nothing about a file is sent, even when the item has one', async () => {
		await runComment('create', NOTE, { files: [{ data: { data: PROTOCOL, fileName: 'x.pdf', mimeType: 'application/pdf' } }] });

		expect(bodies(sim())).toEqual([{ commentable_type: 'Company', commentable_id: C.hafenlicht, text: 'Protokoll anbei' }]);
	});

	test('a field the item does not have: named, nothing sent', async () => {
		const result = await runComment('create', { ...NOTE, attachmentBinaryField: 'protokoll' }, { files: [{ data: { data: PROTOCOL, fileName: 'x.pdf', mimeType: 'application/pdf' } }] });

		expect(result.error?.message).toBe('Attachment From Binary Field names "protokoll", but item 0 has no file there (it has "data") (item 0)');
		expect(sim().requests).toEqual([]);
	});
});
