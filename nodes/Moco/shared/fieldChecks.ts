import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from './errors';

// Checks on an item's fields that several resources share; each throws in the field's own words.

/** A currency is a 3-letter code, sent in capitals. */
export function currencyCode(this: IExecuteSingleFunctions, fields: IDataObject, label = 'Currency'): void {
	if (typeof fields.currency !== 'string') return;
	const code = fields.currency.trim().toUpperCase();
	if (!/^[A-Z]{3}$/.test(code)) {
		throw invalidInput(this.getNode(), this.getItemIndex(), label, `must be a 3-letter currency code like EUR, not ${JSON.stringify(fields.currency)}`);
	}
	fields.currency = code;
}

/** A range's start must not be after its end: MOCO would just find nothing. */
const inOrder = (start: string, end: string, startLabel: string, endLabel: string) =>
	function (this: IExecuteSingleFunctions, fields: IDataObject): void {
		const [from, to] = [fields[start], fields[end]];
		if (typeof from === 'string' && typeof to === 'string' && from > to) {
			throw invalidInput(this.getNode(), this.getItemIndex(), startLabel, `(${from}) must not be after ${endLabel} (${to})`);
		}
	};

/** A list's From (`from`) and To (`to`). */
export const fromNotAfterTo = inOrder('from', 'to', 'From', 'To');
/** A list's Date From (`date_from`) and Date To (`date_to`). */
export const dateFromNotAfterTo = inOrder('date_from', 'date_to', 'Date From', 'Date To');
