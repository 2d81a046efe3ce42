import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeType } from 'n8n-workflow';

import { asForm, fileField, fileNameOf, readInputFile } from '../../nodes/Moco/shared/files';
import { paceRequests } from '../../nodes/Moco/shared/retry';
import { mocoV1, moreNodeTypes, packageNode, runWorkflow, testItemsNode, useSimulator } from '../harness';
import { json } from '../simulator';

const sim = useSimulator();

/**
 * No operation of the node sends a form yet (purchases will): a one-operation declarative node
 * on the same credential and defaults sends the item's file with the shared multipart helper.
 */
const uploadNode: INodeType = {
	description: {
		displayName: 'Upload Test',
		name: 'uploadTest',
		group: ['transform'],
		version: 1,
		description: 'Sends a file as MOCO takes forms',
		defaults: { name: 'Upload Test' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'mocoApi', required: true }],
		requestDefaults: mocoV1.description.requestDefaults,
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				options: [
					{
						name: 'Upload',
						value: 'upload',
						routing: {
							request: { method: 'POST', url: '/test_uploads' },
							send: {
								preSend: [
									paceRequests,
									async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
										return asForm(requestOptions, { 'receipt[title]': 'Beleg Jänner', 'receipt[amount]': 12.5 }, { ...(await readInputFile.call(this)), field: 'receipt[file]' });
									},
								],
							},
						},
					},
				],
				default: 'upload',
			},
			fileField('in', { operation: ['upload'] }),
		],
	},
};
moreNodeTypes.set('uploadTest', uploadNode);

test('a form upload: the file’s exact bytes, its name and type, the text fields, and the form’s own Content-Type', async () => {
	const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0xff, 0x80, 0x0d, 0x0a]);
	sim().route('POST', /^\/test_uploads$/, () => json(201, { id: 1 }));

	const run = await runWorkflow(
		[
			testItemsNode([{}], [{ data: { data: bytes, fileName: 'Beleg Jänner.pdf', mimeType: 'application/pdf' } }]),
			packageNode({ id: 'upload', name: 'Upload', type: 'uploadTest', position: [200, 0], parameters: { operation: 'upload', binaryPropertyName: 'data' } }),
		],
		{ 'Test Items': { main: [[{ node: 'Upload', type: 'main', index: 0 }]] } },
	);

	expect('refused' in run ? run.refused : run.data.resultData.error).toBeUndefined();
	const [request] = sim().requests;
	expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
	expect(request.form).toEqual({
		'receipt[title]': { value: 'Beleg Jänner' },
		'receipt[amount]': { value: '12.5' },
		'receipt[file]': { filename: 'Beleg Jänner.pdf', contentType: 'application/pdf', data: bytes },
	});
});

test.each([
	['attachment; filename="R2512-001.pdf"', 'R2512-001.pdf'],
	['attachment; filename=R2512-001.pdf; size=4', 'R2512-001.pdf'],
	[`attachment; filename="R.pdf"; filename*=UTF-8''Rechnung%20%E2%80%93%20M%C3%BCller.pdf`, 'Rechnung – Müller.pdf'],
	['attachment; filename="..\\\\..\\\\boot.ini"', 'boot.ini'],
	['attachment; filename="a \\"b\\".pdf"', 'a "b".pdf'],
	['inline', undefined],
	[undefined, undefined],
])('the file name in %p is %p', (header, name) => {
	expect(fileNameOf(header)).toBe(name);
});
