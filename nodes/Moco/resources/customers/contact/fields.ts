import type { IDataObject } from 'n8n-workflow';

import { avatarFile } from '../../../shared/optionalFile';
import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { companyRecord } from '../company/record';
import { userRecord } from '../../staff/user/fields';
import { contactRecord } from './record';

export const contact: ResourceSpec = {
	value: 'contact',
	record: contactRecord,
	// MOCO takes a contact's picture under 1 MB.
	file: avatarFile(1024 * 1024),
	fields: [
		{ name: 'lastname', displayName: 'Last Name', api: 'lastname', kind: 'text', required: true },
		{
			name: 'gender',
			displayName: 'Gender',
			api: 'gender',
			kind: 'enum',
			required: true,
			// MOCO's codes: F (female), M (male), U (unknown / diverse).
			options: [
				{ name: 'Female', value: 'F' },
				{ name: 'Male', value: 'M' },
				{ name: 'Unknown or Diverse', value: 'U' },
			],
			default: 'U',
			description: 'Used in salutations (MOCO’s F, M or U)',
		},
		{ name: 'firstname', displayName: 'First Name', api: 'firstname', kind: 'text' },
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Contact', description: 'Values of the custom fields your MOCO account defines for contacts; MOCO keeps the ones not sent' },
		{ name: 'birthday', displayName: 'Birthday', api: 'birthday', kind: 'date', description: 'Sent to MOCO as a date (YYYY-MM-DD)' },
		{ name: 'companyId', displayName: 'Company', api: 'company_id', kind: 'reference', record: companyRecord, description: 'The company the contact works for' },
		{ name: 'homeAddress', displayName: 'Home Address', api: 'home_address', kind: 'longText' },
		{ name: 'homeEmail', displayName: 'Home Email', api: 'home_email', kind: 'email' },
		{ name: 'info', displayName: 'Info', api: 'info', kind: 'longText', description: 'Free text about the contact' },
		{ name: 'jobPosition', displayName: 'Job Position', api: 'job_position', kind: 'text' },
		{ name: 'mobilePhone', displayName: 'Mobile Phone', api: 'mobile_phone', kind: 'text' },
		{ name: 'userId', displayName: 'Responsible User', api: 'user_id', kind: 'reference', record: userRecord, description: 'The MOCO user responsible for the contact (MOCO’s default: the key’s user)' },
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags' },
		{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', placeholder: 'e.g. Dr.' },
		{ name: 'workAddress', displayName: 'Work Address', api: 'work_address', kind: 'longText' },
		{ name: 'workEmail', displayName: 'Work Email', api: 'work_email', kind: 'email', description: 'The address the Contact picker finds the contact by' },
		{ name: 'workFax', displayName: 'Work Fax', api: 'work_fax', kind: 'text' },
		{ name: 'workPhone', displayName: 'Work Phone', api: 'work_phone', kind: 'text' },
	],
	filters: [
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Contact', description: 'Only contacts whose custom fields have these values' },
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags', description: 'Only contacts with at least one of these tags' },
		{ name: 'term', displayName: 'Search Term', api: 'term', kind: 'text', description: 'Only contacts whose name, first name, work email or company contains this' },
		{
			name: 'phone',
			displayName: 'Phone',
			api: 'phone',
			kind: 'text',
			placeholder: 'e.g. +49 40 555 10 01',
			description: 'Only contacts with this work or mobile phone number (who is calling?)',
		},
		...GLOBAL_FILTERS,
	],
	simplify: {
		description: 'only ID, names, gender, company, job position, work email and phones, and tags',
		pick: (record: IDataObject) => ({
			id: record.id,
			firstname: record.firstname,
			lastname: record.lastname,
			gender: record.gender,
			company_id: (record.company as IDataObject | null | undefined)?.id ?? null,
			job_position: record.job_position,
			work_email: record.work_email,
			work_phone: record.work_phone,
			mobile_phone: record.mobile_phone,
			tags: record.tags,
		}),
	},
};
