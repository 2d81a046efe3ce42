import { type Rec, type ResourceEntry, eq, httpError, invalid, isObject, json, notFound, refused } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

const CONTEXTS = ['Company', 'Contact', 'Project', 'Deal', 'Purchase', 'Invoice', 'Offer', 'User'] as const;
/** The entry whose records a context's tags are on. */
const RECORDS: Record<string, string> = { Company: 'companies', Contact: 'contacts', Project: 'projects', Deal: 'deals', Purchase: 'purchases', Invoice: 'invoices', Offer: 'offers', User: 'users' };
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const GREY = '#a0a0a0';

const same = (a: unknown, b: unknown) => String(a).toLowerCase() === String(b).toLowerCase();

/**
 * Tag definitions (`/tags`), one list per context. A name is unique within its context; MOCO
 * fixes the context on create. DELETE answers 200 with the tag, and `merge_tag_id` retags its
 * records with a tag of the same context.
 */
export const tags: ResourceEntry = {
	name: 'tags',
	path: '/tags',
	target: '',
	ops: ['list', 'get', 'create', 'update'],
	fields: {
		name: { kind: 'text', required: true },
		color: { kind: 'text' },
		context: { kind: 'enum', values: CONTEXTS, required: true, immutable: true },
	},
	blank: () => ({ name: '', color: GREY, context: null }),
	validate: (draft, body, { sim }, errors) => {
		if (typeof body.color === 'string' && !HEX.test(body.color)) errors.color = ['must be a hex color code'];
		if (draft.color === '' || draft.color === null) draft.color = GREY;
		if (sim.records('tags').some((tag) => tag.id !== draft.id && tag.context === draft.context && same(tag.name, draft.name))) errors.name = ['has already been taken'];
	},
	filters: { context: eq('context') },
	actions: [
		{
			method: 'DELETE',
			path: '/:id',
			handler: ({ sim, record, req, userId }) => {
				const tag = record as Rec;
				const mergeId = req.query.merge_tag_id;
				const into = mergeId === undefined ? undefined : sim.find('tags', Number(mergeId));
				if (mergeId !== undefined && (!into || into.id === tag.id || into.context !== tag.context)) throw refused('The tag to merge into must be another tag of the same context.');
				const entry = RECORDS[String(tag.context)];
				for (const tagged of sim.knows(entry) ? sim.records(entry) : []) {
					const names = (tagged.tags as string[] | undefined) ?? [];
					if (!names.some((name) => same(name, tag.name))) continue;
					const kept = names.filter((name) => !same(name, tag.name));
					tagged.tags = into && !kept.some((name) => same(name, into.name)) ? [...kept, into.name] : kept;
				}
				const store = sim.records('tags');
				store.splice(store.indexOf(tag), 1);
				sim.changed('tags', tag, 'delete', userId);
				return json(200, sim.serialize('tags', tag));
			},
		},
	],
	seed: () => {
		const t = SEED_IDS.tags;
		const make = (id: number, name: string, context: string, color = GREY): Rec => ({ id, name, color, context, created_at: SEED_TIME, updated_at: SEED_TIME });
		return [
			make(t.stammkunde, 'Stammkunde', 'Company', '#16a34a'),
			make(t.hamburgCompany, 'Hamburg', 'Company'),
			make(t.web, 'Web', 'Project', '#2563eb'),
			make(t.seo, 'SEO', 'Project'),
			make(t.hamburgUser, 'Hamburg', 'User'),
			make(t.remote, 'Remote', 'User', '#f97316'),
		];
	},
};

/** The record a taggings path names, or MOCO's 400 / 404. */
function tagged(sim: MocoSimulator, params: string[] = []): { context: string; record: Rec } {
	const [context, id] = params.map(decodeURIComponent);
	if (!(CONTEXTS as readonly string[]).includes(context)) throw httpError(400, { message: `Invalid taggable type: ${context}` });
	const entry = RECORDS[context];
	const record = /^\d+$/.test(id) && sim.knows(entry) ? sim.find(entry, Number(id)) : undefined;
	if (!record) throw notFound();
	return { context, record };
}

/** `tags` as MOCO takes them: a list or a comma string. */
function names(body: Record<string, unknown>): string[] {
	const given = body.tags;
	const list = typeof given === 'string' ? given.split(',') : given;
	if (!Array.isArray(list) || list.some((name) => typeof name !== 'string')) throw invalid({ tags: ['must be a list of tag names'] });
	return (list as string[]).map((name) => name.trim()).filter(Boolean);
}

/** The record's tags after a change: each name once; a name new to the context becomes a tag of it. */
function retag(sim: MocoSimulator, context: string, record: Rec, wanted: string[], userId: number) {
	const unique = wanted.filter((name, index) => wanted.findIndex((other) => same(other, name)) === index);
	for (const name of unique) {
		if (!sim.records('tags').some((tag) => tag.context === context && same(tag.name, name))) sim.createRecord('tags', { name, context }, { sim, userId, keyUserId: userId });
	}
	record.tags = unique;
	record.updated_at = sim.stamp();
	return json(200, unique);
}

/** The tags of one record (`/taggings/{type}/{id}`): read, add, replace, remove; each answers the tags now. */
export const taggings: ResourceEntry = {
	name: 'taggings',
	path: '/taggings',
	target: '',
	ops: [],
	fields: {},
	blank: () => ({}),
	actions: [
		{ method: 'GET', path: '/:type/:taggableId', handler: ({ sim, params }) => json(200, (tagged(sim, params).record.tags as string[] | undefined) ?? []) },
		{
			method: 'PATCH',
			path: '/:type/:taggableId',
			handler: ({ sim, params, body, userId }) => {
				const { context, record } = tagged(sim, params);
				return retag(sim, context, record, [...((record.tags as string[]) ?? []), ...names(body)], userId);
			},
		},
		{
			method: 'PUT',
			path: '/:type/:taggableId',
			handler: ({ sim, params, body, userId }) => {
				const { context, record } = tagged(sim, params);
				return retag(sim, context, record, names(body), userId);
			},
		},
		{
			method: 'DELETE',
			path: '/:type/:taggableId',
			handler: ({ sim, params, body, userId }) => {
				const { context, record } = tagged(sim, params);
				const gone = names(isObject(body) ? body : {});
				return retag(sim, context, record, ((record.tags as string[]) ?? []).filter((name) => !gone.some((other) => same(other, name))), userId);
			},
		},
	],
};
