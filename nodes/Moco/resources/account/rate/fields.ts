import { invalidInput } from '../../../shared/errors';
import type { FieldRow } from '../../../shared/fieldTable';
import { noRecord } from '../../../shared/locator';
import type { ResourceSpec } from '../../../shared/pipeline';
import type { BulkRows } from '../../../shared/rows';
import { companyRecord } from '../../customers/company/record';
import { teamRecord } from '../../staff/team/fields';
import { userRecord } from '../../staff/user/fields';

const year: FieldRow = { name: 'year', displayName: 'Year', api: 'year', kind: 'integer', min: 1900, max: 9999, description: 'The year. Not set: the current year.' };

/** Years as MOCO's comma list, each checked: "2025, 2026" becomes 2025,2026. */
const YEARS = /^\s*\d{4}\s*(,\s*\d{4}\s*)*$/;

const spec = (filters: FieldRow[], extra: Partial<ResourceSpec> = {}): ResourceSpec => ({ value: 'rate', record: noRecord('rate', '/account'), fields: [], filters, ...extra });

export const fixedCosts = spec([year]);

export const hourlyRates = spec([
	{ name: 'companyId', displayName: 'Company', api: 'company_id', kind: 'reference', record: companyRecord, description: 'The customer whose own rates to show, where it has some' },
	{ name: 'includeArchivedUsers', displayName: 'Include Archived Users', api: 'include_archived_users', kind: 'boolean', omitFalse: true, description: 'Whether deactivated users are listed too' },
]);

export const internalHourlyRates = spec(
	[
		{ name: 'years', displayName: 'Years', api: 'years', kind: 'text', placeholder: 'e.g. 2025, 2026', description: 'The years to show, separated by commas. Empty: the current year.' },
		{ name: 'teamId', displayName: 'Team', api: 'unit_id', kind: 'reference', record: teamRecord, description: 'Only the users of this team' },
		{ name: 'includeArchived', displayName: 'Include Archived Users', api: 'include_archived', kind: 'boolean', omitFalse: true, description: 'Whether deactivated users are listed too' },
	],
	{
		check({ fields }) {
			if (typeof fields.years !== 'string') return;
			if (!YEARS.test(fields.years)) throw invalidInput(this.getNode(), this.getItemIndex(), 'Years', `must be years like 2025, 2026, not ${JSON.stringify(fields.years)}`);
			fields.years = fields.years.replace(/\s+/g, '');
		},
	},
);

/** Update: the year on top, then one row per user; MOCO changes only the users given, for that year. */
export const internalRateYear: FieldRow = { ...year, required: true, description: 'The year the rates are for' };
export const updateInternalRates = spec([]);

export const rateRows: BulkRows = {
	noun: 'rate',
	name: 'rates',
	property: 'rates',
	requiredFor: 'update internal hourly rates',
	fields: [
		{ name: 'userId', displayName: 'User', api: 'user_id', kind: 'reference', record: userRecord, required: true, description: 'The user whose internal rate this is' },
		{ name: 'rate', displayName: 'Rate', api: 'rate', kind: 'number', min: 0, required: true, description: 'What an hour of the user costs the agency, in the account’s currency' },
	],
	example: { user_email: 'juergen.mueller@acme.example', rate: 95 },
};
