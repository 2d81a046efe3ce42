import { readFileSync } from 'fs';

import { MocoSimulator, SEED_IDS, isFaultSignal, type SimResponse } from './index';

const BASE = 'https://acme.mocoapp.com/api/v1';
const I = SEED_IDS.invoices;
const spec = JSON.parse(readFileSync('/work/shared/moco-openapi.json', 'utf8')) as Record<string, any>;

function call(sim: MocoSimulator, method: string, path: string, body?: unknown): SimResponse & { data: any } {
	const result = sim.handle({
		method,
		url: `${BASE}${path}`,
		headers: { authorization: 'Token token=test-key', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	if (isFaultSignal(result)) throw new Error('unexpected fault');
	const isJson = String(result.headers['content-type'] ?? '').includes('json');
	return { ...result, data: isJson && result.body.length > 0 ? JSON.parse(result.body.toString()) : undefined };
}

const resolve = (schema: any): any => (schema?.$ref ? resolve(schema.$ref.split('/').slice(1).reduce((o: any, k: string) => o[k], spec)) : schema);

/** Where a value breaks the description's response schema (types, enums, required keys, unknown keys). */
function mismatches(value: unknown, schema: any, at = '$'): string[] {
	schema = resolve(schema);
	if (schema.allOf) {
		const parts = schema.allOf.map(resolve);
		const properties = Object.assign({}, ...parts.map((part: any) => part.properties ?? {}));
		return mismatches(value, { type: 'object', properties, required: parts.flatMap((part: any) => part.required ?? []), nullable: schema.nullable }, at);
	}
	if (value === null) return schema.nullable ? [] : [`${at} is null`];
	if (schema.type === 'array') return Array.isArray(value) ? value.flatMap((v, i) => mismatches(v, schema.items, `${at}[${i}]`)) : [`${at} not an array`];
	if (schema.type === 'object' || schema.properties) {
		if (typeof value !== 'object' || Array.isArray(value)) return [`${at} not an object`];
		const record = value as Record<string, unknown>;
		const props = schema.properties ?? {};
		return [
			...(schema.required ?? []).filter((key: string) => !(key in record)).map((key: string) => `${at}.${key} missing`),
			...Object.keys(record).flatMap((key) => (key in props ? mismatches(record[key], props[key], `${at}.${key}`) : schema.additionalProperties ? [] : [`${at}.${key} unknown`])),
		];
	}
	const type = schema.type === 'integer' ? (Number.isInteger(value) ? 'integer' : typeof value) : typeof value;
	if (schema.type && type !== schema.type && !(schema.type === 'number' && type === 'integer')) return [`${at} is ${type}, not ${schema.type}`];
	if (schema.enum && !schema.enum.includes(value)) return [`${at} ${JSON.stringify(value)} not in enum`];
	if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(value))) return [`${at} not a date`];
	return [];
}
const answerSchema = (path: string, method: string, status = '200') => resolve(spec.paths[path][method].responses[status]).content['application/json'].schema;

const ITEM = { type: 'item', title: 'Design', quantity: 10, unit: 'h', unit_price: 120 };
const CREATE = {
	customer_id: SEED_IDS.companies.hafenlicht, recipient_address: 'Hafenlicht', date: '2026-01-31', due_date: '2026-03-02', title: 'Januar', currency: 'EUR',
	items: [{ type: 'title', title: 'Leistungen' }, ITEM, { type: 'subtotal' }],
};

test('every invoice answer has the shape of the description', () => {
	const sim = new MocoSimulator();
	const created = call(sim, 'POST', '/invoices', { ...CREATE, vat_code_id: SEED_IDS.vatCodeSales.reduced, service_period_from: '2026-01-01', service_period_to: '2026-01-31' });
	expect(created.status).toBe(200);
	const answers: Array<[unknown, unknown]> = [
		[created.data, answerSchema('/invoices', 'post')],
		[call(sim, 'GET', `/invoices/${I.relaunch}`).data, answerSchema('/invoices/{id}', 'get')],
		[call(sim, 'GET', '/invoices?include_disregarded=true').data, answerSchema('/invoices', 'get')],
		[call(sim, 'GET', '/invoices/locked').data, answerSchema('/invoices/locked', 'get')],
		[call(sim, 'GET', `/invoices/${I.relaunch}/expenses`).data, answerSchema('/invoices/{id}/expenses', 'get')],
		[call(sim, 'GET', `/invoices/${I.relaunch}/timesheet`).data, answerSchema('/invoices/{id}/timesheet', 'get')],
		[call(sim, 'GET', `/invoices/${I.relaunch}/attachments`).data, answerSchema('/invoices/{invoice_id}/attachments', 'get')],
		[call(sim, 'GET', '/vat_code_sales').data, answerSchema('/vat_code_sales', 'get')],
		[call(sim, 'POST', `/invoices/${I.relaunch}/send_email`, { subject: 'Rechnung', text: 'Anbei' }).data, answerSchema('/invoices/{id}/send_email', 'post')],
	];
	for (const [value, schema] of answers) expect(mismatches(value, schema)).toEqual([]);
	expect(created.data).toMatchObject({ identifier: 'R2601-002', tax: 7, net_total: 1200, gross_total: 1284, service_period_from: '2026-01-01', status: 'created' });
	expect(created.data.items.map((row: { net_total: number }) => row.net_total)).toEqual([0, 1200, 1200]);
});

test('a PDF is real, with bytes that are not UTF-8 and MOCO’s file name; one not ready answers 423', () => {
	const sim = new MocoSimulator();
	const pdf = call(sim, 'GET', `/invoices/${I.relaunch}.pdf`);
	const bytes = pdf.body as Buffer;
	expect(pdf.status).toBe(200);
	expect(pdf.headers['content-type']).toBe('application/pdf');
	expect(pdf.headers['content-disposition']).toContain('filename="R2512-001.pdf"');
	expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
	expect(bytes.some((byte) => byte >= 0x80)).toBe(true);
	expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(false);
	// The xref table's offsets point at the objects: a reader can open it.
	const text = bytes.toString('latin1');
	const offsets = /xref\n0 6\n0000000000 65535 f \n((?:\d{10} 00000 n \n){5})/.exec(text)![1].trim().split('\n').map((line) => Number(line.slice(0, 10)));
	offsets.forEach((offset, i) => expect(text.slice(offset, offset + 7)).toBe(`${i + 1} 0 obj`));
	expect(call(sim, 'GET', `/invoices/${I.nordwind}.pdf`)).toMatchObject({ status: 423, data: { message: 'Invoice document is not ready yet' } });
	expect(call(sim, 'GET', `/invoices/${I.entwurf}/timesheet.pdf`).status).toBe(404);
	expect(call(sim, 'GET', `/invoices/${I.relaunch}/timesheet.pdf`).headers['content-disposition']).toContain('R2512-001_Stundennachweis.pdf');
});

test('writes are validated like MOCO: 422 with {errors}', () => {
	const sim = new MocoSimulator();
	expect(call(sim, 'POST', '/invoices', { ...CREATE, title: '', items: [] }).data).toEqual({ errors: { title: ["can't be blank"], items: ["can't be blank"] } });
	expect(call(sim, 'POST', '/invoices', { ...CREATE, service_period_from: '2026-01-01' }).data).toEqual({ errors: { service_period_to: ["can't be blank"] } });
	expect(call(sim, 'POST', '/invoices', { ...CREATE, items: [{ ...ITEM, quantity: '10' }, { type: 'banner' }] }).data).toEqual({
		errors: { 'items.quantity': ['is not a number'], 'items.type': ['is not included in the list'] },
	});
	expect(call(sim, 'POST', '/invoices', { ...CREATE, vat_code_id: SEED_IDS.vatCodeSales.old16 }).data).toEqual({ errors: { vat_code: ['is inactive'] } });
	expect(call(sim, 'POST', '/invoices', { ...CREATE, items: [{ ...ITEM, activity_ids: [SEED_IDS.activities.billed] }] }).data.errors['items.activity_ids'][0]).toContain('already billed');
	expect(call(sim, 'DELETE', `/invoices/${I.relaunch}`)).toMatchObject({ status: 422, data: { errors: { reason: ["can't be blank"] } } });
	expect(call(sim, 'DELETE', `/invoices/${I.retainer}`, { reason: 'x' })).toMatchObject({ status: 422, data: { message: 'Locked invoices cannot be deleted.' } });
	expect(call(sim, 'DELETE', `/invoices/${I.entwurf}`).status).toBe(204);
	expect(call(sim, 'PUT', `/invoices/${I.relaunch}/update_status`, { status: 'paid' }).status).toBe(422);
	expect(call(sim, 'POST', `/invoices/${I.relaunch}/send_email`, { subject: 'x', text: 'y', emails_to: 'a@b.example, c@d.example' }).data).toEqual({ errors: { emails_to: ['is invalid'] } });
});

test('billing activities through items, and deleting the invoice releases them', () => {
	const sim = new MocoSimulator();
	const free = sim.records('activities').find((a) => !a.billed && a.billable)!;
	const created = call(sim, 'POST', '/invoices', { ...CREATE, items: [{ ...ITEM, activity_ids: [free.id] }] }).data;
	expect(sim.find('activities', free.id)).toMatchObject({ billed: true, invoice_id: created.id });
	expect(call(sim, 'GET', `/invoices/${created.id}/timesheet`).data.map((a: { id: number }) => a.id)).toEqual([free.id]);
	expect(call(sim, 'DELETE', `/invoices/${created.id}`, { reason: 'falscher Monat' }).status).toBe(204);
	expect(sim.find('activities', free.id)).toMatchObject({ billed: false, invoice_id: null });
});

test('lists: disregarded only on request, locked ones on their own path, attachments per invoice', () => {
	const sim = new MocoSimulator();
	const ids = (path: string) => call(sim, 'GET', path).data.map((r: { id: number }) => r.id);
	expect(ids('/invoices')).not.toContain(I.verworfen);
	expect(ids('/invoices?include_disregarded=true&status=disregarded')).toEqual([I.verworfen]);
	expect(ids('/invoices?status=sent,draft')).toEqual([I.relaunch, I.entwurf]);
	expect(ids('/invoices/locked')).toEqual([I.retainer]);
	expect(ids('/invoices?identifier=R2512-001')).toEqual([I.relaunch]);
	expect(ids('/invoices?not_booked=true')).not.toContain(I.retainer);
	expect(ids(`/invoices/${I.relaunch}/attachments`)).toEqual([SEED_IDS.invoiceAttachments.agb]);
	const added = call(sim, 'POST', `/invoices/${I.entwurf}/attachments`, { attachment: { filename: 'Leistungsnachweis.pdf', base64: Buffer.from([0x25, 0xff, 0x00]).toString('base64') } });
	expect(added).toMatchObject({ status: 201, data: { title: 'Leistungsnachweis.pdf' } });
	expect((sim.find('invoice_attachments', added.data.id)!.content as Buffer).equals(Buffer.from([0x25, 0xff, 0x00]))).toBe(true);
	expect(call(sim, 'DELETE', `/invoices/${I.entwurf}/attachments/${added.data.id}`)).toMatchObject({ status: 200, data: { id: added.data.id } });
	expect(call(sim, 'GET', '/vat_code_sales?active=true').data).toHaveLength(3);
});
