import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../company/fixtures';

const sim = useSimulator();
const T = SEED_IDS.tags;
const runs = runOn('tag');
const run = (operation: string, parameters = {}) => runs(operation, parameters, { typeVersion: VERSION });
const newest = () => sim().records('tags').at(-1)!.id;
const jsonOf = (result: Awaited<ReturnType<typeof run>>) => result.items.map((item) => item.json);

describe('Tag > Create', () => {
	test('name and context: the exact request, MOCO’s tag out (grey when no color is given)', async () => {
		const result = await run('create', { name: ' Priorität ', context: 'Project' });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{ method: 'POST', host: 'acme.mocoapp.com', url: '/api/v1/tags', authorization: 'Token token=test-key', contentType: 'application/json', json: { name: 'Priorität', context: 'Project' } },
		]);
		expect(jsonOf(result)).toEqual([mocoGet(sim(), `/tags/${newest()}`)]);
		expect(result.items[0].json).toMatchObject({ name: 'Priorität', context: 'Project', color: '#a0a0a0' });
	});

	test('with a color', async () => {
		await run('create', { name: 'Dringend', context: 'Invoice', additionalFields: { color: '#EF4444' } });

		expect(bodies(sim())).toEqual([{ name: 'Dringend', context: 'Invoice', color: '#EF4444' }]);
	});

	test.each([
		[{ name: '={{ " " }}' }, 'Name is required to create a tag (item 0)'],
		[{ context: 'Task' }, 'Context must be one of Company, Contact, Deal, Invoice, Offer, Project, Purchase, User, not "Task" (item 0)'],
		[{ additionalFields: { color: 'orange' } }, 'Color must be a hex color code like #f97316, not "orange" (item 0)'],
	])('bad input %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await run('create', { name: 'Dringend', context: 'Project', ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('a name the context has already: MOCO’s 422 in its words', async () => {
		const result = await run('create', { name: 'web', context: 'Project' });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): name has already been taken', httpCode: '422' });
	});
});

describe('Tag > Get, Get Many, Update', () => {
	test('Get by name: looked up in the list, then read', async () => {
		const result = await run('get', { tagId: pick.by('name', 'SEO') });

		expect(requestLines(sim())).toEqual(['GET /api/v1/tags', `GET /api/v1/tags/${T.seo}`]);
		expect(jsonOf(result)).toEqual([mocoGet(sim(), `/tags/${T.seo}`)]);
	});

	test('Get by a name two contexts share: refused in words, with both IDs', async () => {
		const result = await run('get', { tagId: pick.by('name', 'Hamburg') });

		expect(result.error?.message).toBe(`Tag Name: 2 tags are named "Hamburg" (IDs ${T.hamburgCompany}, ${T.hamburgUser}). Use the ID instead (item 0)`);
		expect(requestLines(sim())).toEqual(['GET /api/v1/tags']);
	});

	test('Get Many by context, with Return All', async () => {
		const result = await run('getAll', { returnAll: true, filters: { context: 'User' } });

		expect(requestLines(sim())).toEqual(['GET /api/v1/tags?context=User']);
		expect(result.items.map((item) => item.json.name)).toEqual(['Hamburg', 'Remote']);
	});

	test('Update sends only the fields set; the context is not offered', async () => {
		const result = await run('update', { tagId: pick.id(T.web), updateFields: { color: '#111111' } });

		expect(requestLines(sim())).toEqual([`PUT /api/v1/tags/${T.web}`]);
		expect(bodies(sim())).toEqual([{ color: '#111111' }]);
		expect(result.items[0].json).toMatchObject({ id: T.web, name: 'Web', color: '#111111', context: 'Project' });
	});

	test('From list shows the context beside the name', async () => {
		const found = await listSearch('searchTags', 'hamburg', undefined, undefined, { resource: 'tag', operation: 'get' });

		expect(found.results).toEqual([
			{ name: 'Hamburg (Company)', value: String(T.hamburgCompany) },
			{ name: 'Hamburg (User)', value: String(T.hamburgUser) },
		]);
	});
});

describe('Tag > Delete', () => {
	test('plain: {deleted: true}, the tag is gone', async () => {
		const result = await run('delete', { tagId: pick.id(T.seo) });

		expect(requestLines(sim())).toEqual([`DELETE /api/v1/tags/${T.seo}`]);
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sim().find('tags', T.seo)).toBeUndefined();
	});

	test('merged into another tag by name: merge_tag_id sent, its projects retagged', async () => {
		const result = await run('delete', { tagId: pick.id(T.seo), additionalFields: { mergeTagId: pick.by('name', 'Web') } });

		expect(requestLines(sim())).toEqual(['GET /api/v1/tags', `DELETE /api/v1/tags/${T.seo}?merge_tag_id=${T.web}`]);
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		expect(sim().find('projects', SEED_IDS.projects.retainer)?.tags).toEqual(['Web']);
	});

	test('merging into a tag of another context: MOCO’s refusal in its words', async () => {
		const result = await run('delete', { tagId: pick.id(T.seo), additionalFields: { mergeTagId: pick.id(T.remote) } });

		expect(result.error?.message).toBe('MOCO could not save the data (422): The tag to merge into must be another tag of the same context.');
		expect(sim().find('tags', T.seo)).toBeDefined();
	});
});

describeRefusals(
	'tag',
	sim,
	[
		{ operation: 'create', method: 'POST', parameters: { name: 'Dringend', context: 'Project' } },
		{ operation: 'get', method: 'GET', parameters: { tagId: pick.id(T.web) } },
		{ operation: 'update', method: 'PUT', parameters: { tagId: pick.id(T.web), updateFields: { name: 'Website' } } },
		{ operation: 'delete', method: 'DELETE', parameters: { tagId: pick.id(T.web) } },
	],
	VERSION,
);
