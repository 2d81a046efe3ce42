import { type FieldSpec, type Rec, type ResourceEntry, idIn } from '../engine';
import { SEED_IDS, SEED_TIME } from '../seed';

const text: FieldSpec = { kind: 'text' };
const ref = (id: unknown): number | undefined => (id as Rec | null)?.id;

/** Project groups (`/projects/groups`): read-only in MOCO's API, picked on projects. */
export const PROJECT_GROUP_IDS = { web: 456601, apps: 456602 } as const;

export const projectGroups: ResourceEntry = {
	name: 'projectGroups',
	path: '/projects/groups',
	target: '',
	ops: ['list', 'get'],
	fields: { name: text },
	blank: () => ({ name: '', user: null, company: null, budget: null, currency: 'EUR', info: null, custom_properties: {}, customer_report_url: null }),
	filters: { user_id: idIn('user.id'), company_id: idIn('company.id') },
	serialize: (out, group, { sim }) => {
		const { created_at, updated_at, ...head } = out;
		const projects = sim
			.records('projects')
			.filter((p) => ref(p.project_group) === group.id)
			.map(({ id, identifier, name, active, budget }) => ({ id, identifier, name, active, budget: budget ?? null }));
		return { ...head, projects, created_at, updated_at };
	},
	seed: () => {
		const at = { created_at: SEED_TIME, updated_at: SEED_TIME, currency: 'EUR', custom_properties: {}, customer_report_url: null };
		return [
			{
				id: PROJECT_GROUP_IDS.web, name: 'Webseiten', user: { id: SEED_IDS.users.zoe, firstname: 'Zoë', lastname: 'Ångström' },
				company: { id: SEED_IDS.companies.hafenlicht, name: 'Hafenlicht Reederei GmbH' }, budget: 100000, info: 'Alle Webprojekte der Reederei', ...at,
			},
			{ id: PROJECT_GROUP_IDS.apps, name: 'Apps', user: null, company: { id: SEED_IDS.companies.nordwind, name: 'Nordwind Café AG' }, budget: null, info: null, ...at },
		];
	},
};
