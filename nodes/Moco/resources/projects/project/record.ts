import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

const named = (value: unknown) => (value && typeof value === 'object' ? String((value as IDataObject).name ?? '') : '');

/**
 * A project, known to people by its number (MOCO's `identifier`, "P-2024-001"); MOCO's `term`
 * searches name, identifier and customer.
 */
export const projectRecord: RecordType = {
	noun: 'project',
	label: 'Project',
	path: '/projects',
	// Archived projects count too: unarchiving or reporting on them is a common job.
	listQuery: { include_archived: 'true' },
	term: true,
	key: {
		mode: 'identifier',
		title: 'Number',
		field: 'identifier',
		filter: 'identifier',
		placeholder: 'e.g. P-2024-001',
		caseInsensitive: true,
	},
	title: (project: IDataObject) =>
		[project.identifier ? `${String(project.identifier)} –` : '', String(project.name), named(project.customer) ? `(${named(project.customer)})` : '']
			.filter(Boolean)
			.join(' '),
	inactive: (project: IDataObject) => (project.active === false ? 'archived' : undefined),
	searchListMethod: 'searchProjects',
	exampleId: '944587331',
};
