import type { IDataObject } from 'n8n-workflow';

import { pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../company/fixtures';

const sim = useSimulator();
const P = SEED_IDS.projects;
const runs = runOn('tagging');
const run = (operation: string, parameters = {}, items?: IDataObject[]) => runs(operation, parameters, { typeVersion: VERSION, ...(items ? { items } : {}) });
const jsonOf = (result: Awaited<ReturnType<typeof run>>) => result.items.map((item) => item.json);
const relaunch = { recordType: 'Project', projectId: pick.id(P.relaunch) };

describe('Tagging: the record type chosen, then the record with that type’s own picker', () => {
	test('Get: a project by its number, its tags as one item naming it', async () => {
		const result = await run('get', { recordType: 'Project', projectId: pick.by('identifier', 'P-2024-001') });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-001&include_archived=true', `GET /api/v1/taggings/Project/${P.relaunch}`]);
		expect(jsonOf(result)).toEqual([{ taggable_type: 'Project', taggable_id: P.relaunch, tags: ['Web', 'Relaunch'] }]);
	});

	test('Add: PATCH with the tags, the others kept; a new name becomes a tag of the context', async () => {
		const result = await run('add', { ...relaunch, tags: [' Priorität ', 'Web'] });

		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'PATCH', host: 'acme.mocoapp.com', url: `/api/v1/taggings/Project/${P.relaunch}`, authorization: 'Token token=test-key', contentType: 'application/json',
				json: { tags: ['Priorität', 'Web'] },
			},
		]);
		expect(jsonOf(result)).toEqual([{ taggable_type: 'Project', taggable_id: P.relaunch, tags: ['Web', 'Relaunch', 'Priorität'] }]);
		expect(sim().records('tags').some((tag) => tag.name === 'Priorität' && tag.context === 'Project')).toBe(true);
	});

	test('Replace: PUT, exactly these tags; none clears them', async () => {
		const replaced = await run('replace', { recordType: 'Company', companyId: pick.by('name', 'Nordwind Café AG'), tags: ['Schweiz'] });
		const cleared = await run('replace', { ...relaunch, tags: [] });

		expect(requestLines(sim())).toEqual([
			'GET /api/v1/companies?term=Nordwind%20Caf%C3%A9%20AG',
			`PUT /api/v1/taggings/Company/${SEED_IDS.companies.nordwind}`,
			`PUT /api/v1/taggings/Project/${P.relaunch}`,
		]);
		expect(bodies(sim())).toEqual([{ tags: ['Schweiz'] }, { tags: [] }]);
		expect(jsonOf(replaced)[0].tags).toEqual(['Schweiz']);
		expect(jsonOf(cleared)[0].tags).toEqual([]);
	});

	test('Remove: DELETE with the tags in its body, the others kept', async () => {
		const result = await run('remove', { recordType: 'User', userId: pick.by('email', 'zoe.angstrom@acme.example'), tags: ['hamburg'] });

		expect(requestLines(sim())).toEqual(['GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true', `DELETE /api/v1/taggings/User/${SEED_IDS.users.zoe}`]);
		expect(bodies(sim())).toEqual([{ tags: ['hamburg'] }]);
		expect(jsonOf(result)).toEqual([{ taggable_type: 'User', taggable_id: SEED_IDS.users.zoe, tags: [] }]);
	});

	test.each([
		['Contact', 'contactId', SEED_IDS.contacts.fenja],
		['Deal', 'dealId', SEED_IDS.deals.app],
		['Invoice', 'invoiceId', SEED_IDS.invoices.relaunch],
		['Offer', 'offerId', 4711],
		['Purchase', 'purchaseId', 4712],
	])('%s: its own picker fills the path', async (recordType, param, id) => {
		await run('get', { recordType, [param]: pick.id(id) });

		expect(requestLines(sim())).toEqual([`GET /api/v1/taggings/${recordType}/${id}`]);
	});

	test.each([
		[{ tags: [] }, 'Tags is required to add tags: give at least one (item 0)'],
		[{ tags: [' '] }, 'Tags is required to add tags: give at least one (item 0)'],
		[{ projectId: pick.id('={{ "abc" }}') }, 'Project ID must be a positive whole number, not "abc" (item 0)'],
		[{ tags: '={{ [{ a: 1 }] }}' }, 'Tags must each be text: tag 1 is an object. Give every tag as text, one per row (item 0)'],
		[{ recordType: 'Task' }, 'Record Type must be one of Company, Contact, Deal, Invoice, Offer, Project, Purchase, User, not "Task" (item 0)'],
	])('bad input %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await run('add', { ...relaunch, tags: ['Web'], ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('a record MOCO does not have: its 404 in its words', async () => {
		const result = await run('get', { recordType: 'Project', projectId: pick.id(999) });

		expect(result.error).toMatchObject({ message: 'MOCO found no such record (404): Resource not found', httpCode: '404' });
	});

	test('two items, two records: one item each', async () => {
		const result = await run('get', { recordType: 'Project', projectId: pick.id('={{ $json.id }}') }, [{ id: P.relaunch }, { id: P.retainer }]);

		expect(jsonOf(result).map((json) => [json.taggable_id, json.tags])).toEqual([[P.relaunch, ['Web', 'Relaunch']], [P.retainer, ['SEO']]]);
	});
});

describeRefusals(
	'tagging',
	sim,
	[
		{ operation: 'get', method: 'GET', parameters: relaunch },
		{ operation: 'add', method: 'PATCH', parameters: { ...relaunch, tags: ['Neu'] } },
		{ operation: 'replace', method: 'PUT', parameters: { ...relaunch, tags: ['Neu'] } },
		{ operation: 'remove', method: 'DELETE', parameters: { ...relaunch, tags: ['Web'] } },
	],
	VERSION,
);
