import type { INodeParameters, INodeProperties } from 'n8n-workflow';

import { runNode, useSimulator } from '../harness';
import { VERSION, operationOptions, operationsOf, propertiesOf, shownFor, resources } from '../harness/description';
import { sample, sampleFiles } from '../harness/sample';
import type { SimRequest } from '../simulator/moco';
import { checkParameters, operationOf, validate } from './openapi';

/**
 * Every request the node sends, checked against MOCO's OpenAPI description (test/conformance/
 * moco-openapi.json): method and path exist; each query parameter is documented for that
 * operation with an allowed value; each JSON body validates against the operation's request schema;
 * no request but an Update leaves out a field the schema requires. Each operation of every resource runs twice:
 * with its top-level fields only (what a create cannot do without), and with every optional field,
 * update field and filter set too.
 */
const sim = useSimulator();

/** A multipart form is built by the transport from a file; its parts are not JSON to check. */
const UNCHECKED_BODIES = ['multipart/form-data'];

/**
 * Faults that are the description's, not the node's, each with why. MOCO's markdown docs
 * (MOCO-ENDPOINTS.md) document these; the description leaves them out or types them otherwise.
 */
const ALLOWED: Array<{ fault: RegExp; why: string }> = [
	{ fault: /^GET \S+ query sort_by: not a parameter/, why: 'MOCO documents sort_by ("<field> [asc|desc]") as a rule of every list (index.md); the description has it on 7 lists only' },
	{ fault: /^GET \S+ query ids: not a parameter/, why: 'MOCO documents ids as a global filter of every list (index.md); the description leaves it out on some lists (project tasks)' },
	{
		fault: /^POST \/users\/presences\/touch query override: "\d{4}-\d{2}-\d{2} \d{2}:\d{2}" is string, not boolean$/,
		why: 'MOCO documents override as the moment of the touch, "YYYY-MM-DD HH:MM" (presences.md); the description types it boolean, with no word on it',
	},
	{
		fault: /^(POST|PUT) \/(schedules|planning_entries)\S* body\.(absence_code|symbol): \d+ is integer, not string$/,
		why: 'MOCO documents absence codes (1-5) and symbols (1-12) as numbers, and the description answers a planning entry\'s symbol as an integer; only its request schemas type them as text',
	},
];

const COLLECTIONS = new Set(['collection', 'fixedCollection']);

/** The top-level fields an operation shows (what it cannot do without), and its collections of optional fields. */
function formOf(resource: string, operation: string) {
	const shown = propertiesOf(resource).filter((p) => shownFor(p, resource, operation) && !['resource', 'operation'].includes(p.name) && p.type !== 'notice');
	const collections = shown.filter((p) => p.type === 'collection');
	// A bulk operation's row editor is what the operation cannot do without.
	const isRows = (p: INodeProperties) => p.type === 'fixedCollection' && (p.options ?? []).some((option) => option.name === 'row');
	const topLevel = Object.fromEntries(shown.filter((p) => !COLLECTIONS.has(p.type) || isRows(p)).map((p) => [p.name, sample(p)])) as INodeParameters;
	const filled = (fields: INodeProperties[]) => Object.fromEntries(fields.map((field) => [field.name, sample(field)])) as INodeParameters;
	return {
		topLevel,
		full: { ...topLevel, ...Object.fromEntries(collections.map((c) => [c.name, filled(c.options as INodeProperties[])])) } as INodeParameters,
		/** Each optional field alone: for fields that exclude each other (a project or a deal). */
		single: collections.flatMap((c) => (c.options as INodeProperties[]).map((field) => ({ ...topLevel, [c.name]: filled([field]) }) as INodeParameters)),
	};
}

function faultsOf(request: SimRequest, whole: boolean): string[] {
	const url = new URL(request.url, 'https://acme.mocoapp.com');
	const path = url.pathname.replace(/^\/api\/v1/, '');
	const at = `${request.method} ${path}`;
	const { operation, fault, pathValues } = operationOf(request.method, path);
	if (!operation) return [fault as string];
	const faults = checkParameters(operation, pathValues ?? {}, url.searchParams, at);
	const type = (request.headers['content-type'] ?? '').split(';')[0].trim();
	if (request.body && !UNCHECKED_BODIES.includes(type)) {
		const schema = operation.requestBody?.[type];
		if (!schema) faults.push(`${at}: takes no ${type || 'untyped'} body`);
		else faults.push(...validate(schema, request.json, `${at} body`, whole));
	} else if (!request.body && operation.requestBody && whole) {
		faults.push(`${at}: sent no body`);
	}
	return faults.filter((text) => !ALLOWED.some(({ fault }) => fault.test(text)));
}

const cases = resources.flatMap((resource) => operationsOf(resource).map((operation) => [resource, operation] as const));

/** The method of the request an operation is for (a look-up by key before it is a GET). */
const methodOf = (resource: string, operation: string) =>
	(operationOptions(resource).find((option) => option.value === operation)?.routing?.request?.method ?? 'GET').toUpperCase();

test.each(cases)('%s: %s sends only what MOCO documents', async (resource, operation) => {
	const sent: SimRequest[] = [];
	const send = async (parameters: INodeParameters) => {
		sim().clearRequests();
		await runNode({ parameters: { resource, operation, ...parameters }, files: sampleFiles(parameters), typeVersion: VERSION, continueOnFail: true });
		sent.push(...sim().requests);
		return sim().requests.length;
	};
	const form = formOf(resource, operation);
	await send(form.topLevel);
	if ((await send(form.full)) === 0) for (const parameters of form.single) await send(parameters);

	// The walk reaches the operation's own request, not only a look-up before it.
	expect(sent.map((request) => request.method)).toContain(methodOf(resource, operation));
	// Update sends only the fields the user set (MOCO's updates are partial): a schema's required list binds every other request.
	expect(sent.flatMap((request) => faultsOf(request, operation !== 'update'))).toEqual([]);
});

describe('the check itself finds', () => {
	const request = (method: string, url: string, json?: unknown): SimRequest => ({
		method,
		host: 'acme.mocoapp.com',
		path: url.replace(/\?.*/, ''),
		query: {},
		url,
		headers: json === undefined ? {} : { 'content-type': 'application/json' },
		body: json === undefined ? '' : JSON.stringify(json),
		raw: Buffer.from(json === undefined ? '' : JSON.stringify(json)),
		json,
	});

	test.each([
		[request('GET', '/api/v1/projectz'), ['GET /projectz: no such path']],
		[request('DELETE', '/api/v1/account/web_hooks'), ['DELETE /account/web_hooks: /account/web_hooks has no DELETE']],
		[request('GET', '/api/v1/projects/abc'), ['GET /projects/abc path {id}: "abc" is string, not integer']],
		[request('GET', '/api/v1/projects?leader=7&include_archived=yes&created_from=5.1.2026'), [
			'GET /projects query leader: not a parameter of /projects',
			'GET /projects query include_archived: "yes" is string, not boolean',
			'GET /projects query created_from: "5.1.2026" is not a date',
		]],
		[request('POST', '/api/v1/activities/disregard', { reason: 'x', activity_ids: ['1'], companyId: 7 }), [
			'POST /activities/disregard body.activity_ids[0]: "1" is string, not integer',
			'POST /activities/disregard body.companyId: not a field of this schema',
			'POST /activities/disregard body.company_id: required, left out',
		]],
	])('%#: %j', (sent, faults) => {
		expect(faultsOf(sent, true)).toEqual(faults);
	});

	test('an enum value MOCO does not know', () => {
		expect(faultsOf(request('POST', '/api/v1/account/web_hooks', { target: 'Timer', event: 'create', hook: 'https://example.com' }), true)).toEqual([
			expect.stringMatching(/^POST \/account\/web_hooks body\.target: "Timer" is not one of \["Activity",/),
		]);
	});
});
