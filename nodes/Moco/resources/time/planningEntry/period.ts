import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { FieldRow } from '../../../shared/fieldTable';
import type { CheckedValues } from '../../../shared/fieldTable';
import { userRecord } from '../../staff/user/fields';

/** "Zoë Ångström" from MOCO's embedded `{id, firstname, lastname}`, for From list titles. */
export function personName(value: unknown): string {
	const user = (value ?? {}) as IDataObject;
	return `${String(user.firstname ?? '')} ${String(user.lastname ?? '')}`.trim();
}

/** The user a record of working time belongs to. */
export function userRow(description: string, options: Partial<FieldRow> = {}): FieldRow {
	return { name: 'userId', displayName: 'User', api: 'user_id', kind: 'reference', record: userRecord, description, ...options };
}

/** From / To filters of a list that takes a period. */
export function periodFilters(what: string): FieldRow[] {
	return [
		{ name: 'from', displayName: 'From', api: 'from', kind: 'date', description: `Only ${what} on or after this date` },
		{ name: 'to', displayName: 'To', api: 'to', kind: 'date', description: `Only ${what} on or before this date` },
	];
}

/**
 * Get Many's From and To where MOCO needs them together (or To only with From): a plain message
 * naming the missing one, before any request.
 */
export function checkPeriod(this: IExecuteSingleFunctions, values: CheckedValues, need: 'both' | 'fromForTo', why: string): void {
	const { from, to } = values.fields as IDataObject;
	const missing = from === undefined && to !== undefined ? 'From' : need === 'both' && to === undefined && from !== undefined ? 'To' : undefined;
	if (missing) {
		throw invalidInput(this.getNode(), this.getItemIndex(), `Filters: ${missing}`, `is needed as well: ${why}`);
	}
}
