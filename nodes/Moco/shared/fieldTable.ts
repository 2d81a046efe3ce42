import type {
	IDataObject,
	INodeProperties,
	INodePropertyOptions,
	NodeParameterValueType,
} from 'n8n-workflow';

import type { Show } from './locator';

import { customPropertiesInput } from './customProperties';
import { locatorField, type RecordType } from './locator';

/** What a value is, in MOCO's terms: it decides the input, the check and what is sent. */
export type FieldKind =
	| 'text'
	| 'longText'
	| 'email'
	| 'emails'
	| 'password'
	| 'date'
	| 'dateTime'
	| 'time'
	| 'duration'
	| 'number'
	| 'integer'
	| 'boolean'
	| 'enum'
	| 'multiEnum'
	| 'tags'
	| 'customProperties'
	| 'reference'
	| 'ids';

/** One row of a resource's field table: one MOCO write field (or list filter). */
export interface FieldRow {
	/** The n8n parameter's name (camelCase). */
	name: string;
	displayName: string;
	/** MOCO's write name, or the query parameter of a filter. */
	api: string;
	kind: FieldKind;
	/** Create needs it (MOCO documents it as mandatory). */
	required?: boolean;
	/** Create shows it on top, beside the required fields, although it may stay empty. */
	top?: boolean;
	description?: string;
	placeholder?: string;
	/** enum / multiEnum: the values in words, sent as MOCO's codes. */
	options?: INodePropertyOptions[];
	/** reference: the kind of record picked. */
	record?: RecordType;
	/** customProperties: MOCO's name for the kind of record (`Project`), whose custom fields the Name dropdown lists. */
	entity?: string;
	min?: number;
	max?: number;
	default?: NodeParameterValueType;
	/** Offered on Create / on Update (both unless false). */
	create?: false;
	update?: false;
	/** Extra display conditions, e.g. `{ '/type': ['customer'] }`. */
	show?: Show;
	/** Sent only when this holds for the item's form values (a field of another company type is never sent). */
	when?: (values: IDataObject) => boolean;
	/** Sent as this request header instead of in the body (On Behalf Of: `X-IMPERSONATE-USER-ID`). */
	header?: string;
	/** A boolean filter whose false means "no filter". */
	omitFalse?: boolean;
	/** Node version 1 showed this field differently; kept so saved workflows keep working. */
	legacy?: {
		displayName?: string;
		loadOptionsMethod?: string;
		/** Shown at the top level on Create and Update, not in a collection. */
		topLevel?: boolean;
		/** On Update too, an empty value was refused. */
		requiredOnUpdate?: boolean;
		description?: string;
	};
}

export type FormOperation = 'create' | 'update';

/** The parameters the node's versions show differently; later versions share one layout. */
export const V1 = { '@version': [1] };
export const LATEST = { '@version': [{ _cnd: { gte: 1.1 } }] };

export const isVersioned = (rows: FieldRow[]) => rows.some((row) => row.legacy !== undefined);

const KEEP = 'Leave empty to keep the current value.';

// ---- the table as n8n properties ----------------------------------------------------------------

function inputFor(row: FieldRow, legacy: boolean): Partial<INodeProperties> {
	switch (row.kind) {
		case 'longText':
			return { type: 'string', typeOptions: { rows: 3 }, default: '' };
		case 'email':
			return { type: 'string', default: '', placeholder: 'name@email.com' };
		case 'emails':
			return { type: 'string', default: '', placeholder: 'e.g. anna@example.com; ben@example.com' };
		case 'password':
			return { type: 'string', typeOptions: { password: true }, default: '' };
		case 'date':
			// MOCO takes days: the editor's day picker keeps what is typed or picked as YYYY-MM-DD.
			return { type: 'dateTime', typeOptions: { dateOnly: true }, default: '' };
		case 'dateTime':
			return { type: 'dateTime', default: '' };
		case 'time':
			return { type: 'string', default: '', placeholder: 'e.g. 08:30' };
		case 'duration':
			return { type: 'string', default: '', placeholder: 'e.g. 1.5 or 1:30' };
		case 'number':
		case 'integer':
			return {
				type: 'number',
				default: 0,
				typeOptions: {
					...(row.kind === 'integer' ? { numberPrecision: 0 } : { numberPrecision: 2 }),
					...(row.min !== undefined ? { minValue: row.min } : {}),
					...(row.max !== undefined ? { maxValue: row.max } : {}),
				},
			};
		case 'boolean':
			return { type: 'boolean', default: false };
		case 'enum':
			return { type: 'options', options: row.options ?? [], default: row.options?.[0]?.value ?? '' };
		case 'multiEnum':
			return { type: 'multiOptions', options: row.options ?? [], default: [] };
		case 'tags':
			return { type: 'string', typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Tag' }, default: [] };
		case 'ids':
			return { type: 'string', default: '', placeholder: 'e.g. 1234, 5678' };
		case 'customProperties':
			return customPropertiesInput(row.entity);
		case 'reference':
			if (legacy && row.legacy?.loadOptionsMethod) {
				return { type: 'options', default: '', typeOptions: { loadOptionsMethod: row.legacy.loadOptionsMethod } };
			}
			return { type: 'resourceLocator', default: { mode: 'list', value: '' }, modes: locatorField(row.record as RecordType, { description: '' }).modes };
		default:
			return { type: 'string', default: '' };
	}
}

/** One row as a parameter: at the top level (show given) or inside a collection. */
export function property(row: FieldRow, options: { show?: Show; required?: boolean; legacy?: boolean; keep?: boolean } = {}): INodeProperties {
	const legacy = options.legacy === true && row.legacy !== undefined;
	const input = inputFor(row, legacy);
	const description = (legacy ? row.legacy?.description : undefined) ?? row.description;
	return {
		displayName: (legacy ? row.legacy?.displayName : undefined) ?? row.displayName,
		name: row.name,
		...input,
		...(row.default !== undefined ? { default: row.default } : {}),
		...(row.placeholder ? { placeholder: row.placeholder } : {}),
		...(description || options.keep ? { description: options.keep ? [description, KEEP].filter(Boolean).join(' ') : description } : {}),
		...(options.required ? { required: true } : {}),
		...(options.show || row.show ? { displayOptions: { show: { ...(options.show ?? {}), ...(row.show ?? {}) } } } : {}),
	} as INodeProperties;
}

function collection(name: string, displayName: string, placeholder: string, show: Show, rows: FieldRow[], legacy = false): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder,
		default: {},
		displayOptions: { show },
		options: rows.map((row) => property(row, { legacy })).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

export const offeredOn = (rows: FieldRow[], operation: FormOperation) => rows.filter((row) => row[operation] !== false);
/** Create shows required fields on top; version 1 also showed some optional ones there. */
export const onTop = (row: FieldRow, legacy: boolean) => row.required === true || row.top === true || (legacy && row.legacy?.topLevel === true);

/** Create: required fields on top, the rest under Additional Fields. */
export function createProperties(resource: string, rows: FieldRow[], operation = 'create'): INodeProperties[] {
	const offered = offeredOn(rows, 'create');
	const show = { resource: [resource], operation: [operation] };
	const layouts = isVersioned(rows) ? [{ ...show, ...V1 }, { ...show, ...LATEST }] : [show];
	return layouts.flatMap((layout) => {
		const legacy = layout === layouts[0] && layouts.length > 1;
		return [
			...offered.filter((row) => onTop(row, legacy)).map((row) => property(row, { show: layout, required: row.required, legacy })),
			collection('additionalFields', 'Additional Fields', 'Add Field', layout, offered.filter((row) => !onTop(row, legacy)), legacy),
		];
	});
}

/** Update: every field under Update Fields, nothing sent unless set. */
export function updateProperties(resource: string, rows: FieldRow[], operation = 'update'): INodeProperties[] {
	const offered = offeredOn(rows, 'update');
	const show = { resource: [resource], operation: [operation] };
	if (!isVersioned(rows)) return [collection('updateFields', 'Update Fields', 'Add Field', show, offered)];
	const legacyShow = { ...show, ...V1 };
	const topLevel = offered.filter((row) => row.legacy?.topLevel);
	return [
		...topLevel.map((row) =>
			property(row, { show: legacyShow, legacy: true, keep: !row.legacy?.requiredOnUpdate, required: row.legacy?.requiredOnUpdate }),
		),
		collection('updateFields', 'Update Fields', 'Add Field', legacyShow, offered.filter((row) => !topLevel.includes(row)), true),
		collection('updateFields', 'Update Fields', 'Add Field', { ...show, ...LATEST }, offered),
	];
}

/** An action's optional fields under Additional Fields, sent only when set. */
export function additionalProperties(resource: string, operation: string, rows: FieldRow[]): INodeProperties[] {
	return [collection('additionalFields', 'Additional Fields', 'Add Field', { resource: [resource], operation: [operation] }, rows)];
}

/** Get Many's filters, in one collection MOCO applies with Return All on or off. */
export function filterProperties(resource: string, rows: FieldRow[], operation = 'getAll'): INodeProperties[] {
	if (rows.length === 0) return [];
	const filters = collection('filters', 'Filters', 'Add Filter', { resource: [resource], operation: [operation] }, rows);
	return [{ ...filters, description: 'MOCO applies these, whether Return All is on or off' }];
}

// An item's values (read, checked, turned into MOCO's body) live in fieldValues.ts; the pipeline imports them from here.
export { checkValues, formValues, type CheckedValues, type PendingReference } from './fieldValues';
