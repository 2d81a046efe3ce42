import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { FieldRow } from '../../../shared/fieldTable';
import type { RecordType } from '../../../shared/locator';
import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { mocoApiRequest } from '../../../shared/transport';
import { checkPeriod, periodFilters, personName, userRow } from '../../time/planningEntry/period';

/** A user's weekly working-time model ("Wochenmodell") from a date on; picked from the list or by ID. */
export const employmentRecord: RecordType = {
	noun: 'employment',
	label: 'Employment',
	path: '/users/employments',
	title: (employment: IDataObject) =>
		`${String(employment.from)} to ${employment.to ? String(employment.to) : 'open-ended'}: ${String(employment.weekly_target_hours)} h/week, ${personName(employment.user)}`,
	searchListMethod: 'searchEmployments',
	exampleId: '982237015',
};

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const HALVES = [
	{ half: 'am', words: 'Morning' },
	{ half: 'pm', words: 'Afternoon' },
] as const;
const patternKey = (half: string, day: number) => `pattern_${half}_${day}`;

/** The week as a person enters it: hours for each morning and afternoon, Monday to Friday. */
const patternRows: FieldRow[] = DAYS.flatMap((day, index) =>
	HALVES.map(({ half, words }) => ({
		name: `${day.toLowerCase()}${words}`,
		displayName: `${day} ${words}`,
		api: patternKey(half, index),
		kind: 'number' as const,
		min: 0,
		max: 24,
		default: 4,
		required: true,
		description: `Hours worked on ${day} ${words.toLowerCase()}s`,
	})),
);

type Pattern = { am: number[]; pm: number[] };

/**
 * MOCO takes the week as `pattern: {am: [5 numbers], pm: [5 numbers]}`, always whole. On Update the
 * half-days not set keep their hours: the current employment is read first.
 */
async function shapePattern(this: IExecuteSingleFunctions, fields: IDataObject, { operation, url }: { operation: string; url: string }) {
	const body: IDataObject = {};
	const set: Array<[string, number, number]> = [];
	for (const [key, value] of Object.entries(fields)) {
		const match = /^pattern_(am|pm)_(\d)$/.exec(key);
		if (match) set.push([match[1], Number(match[2]), value as number]);
		else body[key] = value;
	}
	if (set.length === 0 || (operation !== 'create' && operation !== 'update')) return body;
	let pattern: Pattern = { am: [0, 0, 0, 0, 0], pm: [0, 0, 0, 0, 0] };
	if (operation === 'update' && set.length < DAYS.length * 2) {
		const current = (await mocoApiRequest.call(this, 'GET', url)).body as IDataObject;
		const known = current.pattern as Pattern | undefined;
		pattern = { am: [...(known?.am ?? pattern.am)], pm: [...(known?.pm ?? pattern.pm)] };
	}
	for (const [half, day, hours] of set) pattern[half as keyof Pattern][day] = hours;
	return { ...body, pattern };
}

export const employment: ResourceSpec = {
	value: 'employment',
	record: employmentRecord,
	fields: [
		userRow('Whose working-time model it is', { required: true }),
		...patternRows,
		{ name: 'from', displayName: 'From', api: 'from', kind: 'date', description: 'The day the model takes effect, sent as YYYY-MM-DD. Empty on Create: today.' },
		{ name: 'to', displayName: 'To', api: 'to', kind: 'date', description: 'The last day the model is in effect. Empty on Create: open-ended.' },
	],
	filters: [...periodFilters('employments in effect'), userRow('Only employments of this user'), ...GLOBAL_FILTERS],
	check(values, operation) {
		if (operation === 'getAll') checkPeriod.call(this, values, 'fromForTo', 'MOCO takes To only together with From (From alone lists the open-ended ones too)');
	},
	shape: shapePattern,
};
