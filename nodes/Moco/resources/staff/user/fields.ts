import type { IDataObject } from 'n8n-workflow';

import { EMAIL_KEY, nameKey, type RecordType } from '../../../shared/locator';
import { avatarFile } from '../../../shared/optionalFile';
import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { LANGUAGES } from '../../../shared/validate';
import { teamRecord } from '../team/fields';

export const userRecord: RecordType = {
	noun: 'user',
	label: 'User',
	path: '/users',
	// Deactivated users count too: updating or reactivating them is a common job.
	listQuery: { include_archived: 'true' },
	key: EMAIL_KEY,
	title: (user: IDataObject) => `${String(user.firstname)} ${String(user.lastname)} (${String(user.email)})`,
	inactive: (user: IDataObject) => (user.active === false ? 'deactivated' : undefined),
	searchListMethod: 'searchUsers',
	exampleId: '933590158',
};

/** Permission roles: read-only in MOCO, picked on a user. */
export const roleRecord: RecordType = {
	noun: 'role',
	label: 'Role',
	path: '/users/roles',
	key: nameKey('Projektleitung'),
	title: (role: IDataObject) => String(role.name),
	searchListMethod: 'searchRoles',
	exampleId: '4002',
};

const EXPRESSION_HINT =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.';

export const user: ResourceSpec = {
	value: 'user',
	record: userRecord,
	file: avatarFile(),
	fields: [
		{ name: 'firstname', displayName: 'First Name', api: 'firstname', kind: 'text', required: true, legacy: { topLevel: true } },
		{ name: 'lastname', displayName: 'Last Name', api: 'lastname', kind: 'text', required: true, legacy: { topLevel: true } },
		{
			name: 'email',
			displayName: 'Email',
			api: 'email',
			kind: 'email',
			required: true,
			description: 'The address the user signs in with',
			legacy: { topLevel: true },
		},
		{
			name: 'password',
			displayName: 'Password',
			api: 'password',
			kind: 'password',
			description: 'Without one on Create, the user sets a password through the welcome email',
			legacy: { topLevel: true },
		},
		{
			name: 'unitId',
			displayName: 'Team',
			api: 'unit_id',
			kind: 'reference',
			record: teamRecord,
			required: true,
			description: 'The team the user belongs to',
			legacy: {
				topLevel: true,
				displayName: 'Team Name or ID',
				loadOptionsMethod: 'getTeams',
				description: `The team the user belongs to. An expression may give the team's name instead of its ID. ${EXPRESSION_HINT}`,
			},
		},
		{ name: 'active', displayName: 'Active', api: 'active', kind: 'boolean', default: true, description: 'Whether the user is active (false deactivates the user)' },
		{ name: 'birthday', displayName: 'Birthday', api: 'bday', kind: 'date', description: 'Sent to MOCO as a date (YYYY-MM-DD)' },
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'User', description: 'Values of the custom fields your MOCO account defines for users' },
		{ name: 'external', displayName: 'External', api: 'external', kind: 'boolean', description: 'Whether the user is an external staff member (freelancer)' },
		{ name: 'homeAddress', displayName: 'Home Address', api: 'home_address', kind: 'longText' },
		{ name: 'iban', displayName: 'IBAN', api: 'iban', kind: 'text' },
		{ name: 'info', displayName: 'Info', api: 'info', kind: 'longText', description: 'Free text about the user' },
		{
			name: 'language',
			displayName: 'Language',
			api: 'language',
			kind: 'enum',
			options: LANGUAGES.map((code) => ({ name: code, value: code })),
			default: 'de',
			description: 'The language MOCO uses for this user',
		},
		{ name: 'mobilePhone', displayName: 'Mobile Phone', api: 'mobile_phone', kind: 'text' },
		{
			name: 'roleId',
			displayName: 'Role',
			api: 'role_id',
			kind: 'reference',
			record: roleRecord,
			description: 'The permission role',
			legacy: {
				displayName: 'Role Name or ID',
				loadOptionsMethod: 'getRoles',
				description: `The permission role. An expression may give the role's name instead of its ID. ${EXPRESSION_HINT}`,
			},
		},
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags' },
		{
			name: 'welcomeEmail',
			displayName: 'Welcome Email',
			api: 'welcome_email',
			kind: 'boolean',
			update: false,
			description: 'Whether MOCO emails the new user an invitation to sign in',
		},
		{ name: 'workPhone', displayName: 'Work Phone', api: 'work_phone', kind: 'text' },
	],
	filters: [
		{ name: 'includeArchived', displayName: 'Include Archived', api: 'include_archived', kind: 'boolean', omitFalse: true, description: 'Whether to include deactivated users' },
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags', description: 'Only users with at least one of these tags' },
		{ name: 'email', displayName: 'Email', api: 'email', kind: 'email', description: 'Only the user with this email address' },
		...GLOBAL_FILTERS,
	],
	sortBy: [
		{ name: 'First Name', value: 'firstname' },
		{ name: 'Last Name', value: 'lastname' },
		{ name: 'Email', value: 'email' },
		{ name: 'ID', value: 'id' },
		{ name: 'Created At', value: 'created_at' },
		{ name: 'Updated At', value: 'updated_at' },
	],
	simplify: {
		description: 'only ID, names, email, team (ID and name), active and external',
		pick: (record: IDataObject) => {
			const unit = record.unit as IDataObject | undefined | null;
			return {
				id: record.id,
				firstname: record.firstname,
				lastname: record.lastname,
				email: record.email,
				unit_id: unit?.id ?? null,
				// The team's name too, so one call is enough to confirm a move (an AI Agent reads only this).
				unit_name: unit?.name ?? null,
				active: record.active,
				external: record.extern,
			};
		},
	},
};
