import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodePropertyOptions,
	IN8nHttpFullResponse,
	PreSendAction,
} from 'n8n-workflow';

import { explainMissingChild, rememberNested } from './belongsTo';
import { invalidInput, mocoApiError, wordsFor } from './errors';
import { checkValues, formValues, type CheckedValues, type FieldRow } from './fieldTable';
import { paramOf, type RecordType } from './locator';
import { fileNamed, type OptionalFile } from './optionalFile';
import { idOfPicked, readPicked, type Picked } from './resolve';
import { fromAiKeys } from './validate';
import { param, plainParameters } from './scope';

/**
 * A MOCO resource as data: its record, its field table, its list filters, what Simplify keeps.
 * Everything an operation does with it (form, checks, body, look-ups, pages) is built from this.
 */
export interface ResourceSpec {
	/** The n8n resource value, e.g. 'user'. */
	value: string;
	record: RecordType;
	fields: FieldRow[];
	filters?: FieldRow[];
	/** Sort By choices of Get Many (MOCO's `sort_by`). */
	sortBy?: INodePropertyOptions[];
	simplify?: { description: string; pick: (record: IDataObject) => IDataObject };
	/** Rules across fields (MOCO's retainer dates, project or deal): a plain message, before any request. */
	check?: (this: IExecuteSingleFunctions, values: CheckedValues, operation: string) => void;
	/**
	 * Where several rows make one MOCO field (a period, a weekly pattern): the body or query as MOCO
	 * takes it, after every check and look-up; `url` is the request's, its record ID filled in.
	 */
	shape?: (this: IExecuteSingleFunctions, fields: IDataObject, request: { operation: string; url: string }) => IDataObject | Promise<IDataObject>;
	/** A file the record takes beside its fields (an avatar): an Update setting only the file has a change. */
	file?: OptionalFile;
	/** Whether Update changes something beyond the table (rows): then it needs no field set. */
	changesBeyondFields?: (this: IExecuteSingleFunctions) => boolean;
}

/** The global list filters MOCO takes on every list. */
export const GLOBAL_FILTERS: FieldRow[] = [
	{ name: 'ids', displayName: 'IDs', api: 'ids', kind: 'ids', placeholder: 'e.g. 933590158, 933590159', description: 'Only these records: IDs separated by commas' },
	{ name: 'updatedAfter', displayName: 'Updated After', api: 'updated_after', kind: 'dateTime', description: 'Only records changed after this time' },
];

/** First postReceive of every operation: a MOCO error becomes one readable error for this item. */
export async function throwOnMocoError(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode < 400) return items;
	const explained = explainMissingChild(this, response.statusCode, response.body);
	throw mocoApiError(this.getNode(), response.statusCode, response.body, this.getItemIndex(), wordsFor(this), explained);
}

/** The parameter that holds the resource's own record: `userId`, `projectId`, `taskId`. */
export const recordParam = paramOf;

// ---- the path of one item ------------------------------------------------------------------------

export interface Step {
	/** Top-level parameters (besides the table's forms) sent as body or query, e.g. an action's fields. */
	fields?: FieldRow[];
	/** An action's optional fields, under Additional Fields (see `additionalProperties`). */
	options?: FieldRow[];
	into?: 'body' | 'qs';
	/** Create / update forms of the table, Get Many's filters. */
	form?: 'create' | 'update' | 'filters';
}

/** The `:param` placeholders of a URL, parents first, with the record type each one picks. */
function pickersIn(spec: ResourceSpec, url: string): Array<{ param: string; record: RecordType }> {
	const known = new Map<string, RecordType>([[recordParam(spec.record), spec.record]]);
	for (let record = spec.record; record.parent; record = record.parent.record) known.set(record.parent.param, record.parent.record);
	return [...url.matchAll(/:(\w+)/g)]
		.map((match) => match[1])
		.filter((param) => known.has(param))
		.map((param) => ({ param, record: known.get(param) as RecordType }));
}

/** Fills a path's placeholders with IDs already resolved. */
const fillPath = (path: string, ids: Record<string, number>) => path.replace(/:(\w+)/g, (match, param: string) => (param in ids ? String(ids[param]) : match));

/**
 * The one preSend every operation runs: read and check everything the item gives (pickers in the
 * URL, form values, filters), then look up what was given by name or email, then fill the URL
 * and the body or query. A bad value stops the item before its first request.
 */
export function prepare(spec: ResourceSpec, step: Step = {}): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const url = String(requestOptions.url);
		const pickers = pickersIn(spec, url).map(({ param: name, record }) => ({
			param: name,
			record,
			picked: readPicked.call(this, record, param.call(this, name, '')) as Picked,
		}));
		let checked: CheckedValues = { fields: {}, references: [] };
		refuseSecretsFromModel.call(this, [...spec.fields, ...(step.fields ?? []), ...(step.options ?? [])]);
		if (step.form === 'create' || step.form === 'update') {
			const values = formValues.call(this, spec.fields, step.form);
			// A field the form does not offer (one MOCO fixes at creation) is never sent, not even from imported JSON.
			const offered = spec.fields.filter((row) => row[step.form as 'create' | 'update'] !== false);
			checked = checkValues.call(this, offered, values, step.form === 'create' ? { requiredFor: `create ${/^[aeio]/i.test(spec.record.noun) ? 'an' : 'a'} ${spec.record.noun}` } : {});
			const fileGiven = spec.file !== undefined && fileNamed(this, spec.file);
			if (step.form === 'update' && Object.keys(checked.fields).length + checked.references.length === 0 && !fileGiven && !spec.changesBeyondFields?.call(this)) {
				// As a tool, name the arguments the model left empty rather than the form's fields.
				const { [recordParam(spec.record)]: _picked, ...changes } = plainParameters(this.getNode());
				const missing = fromAiKeys(changes);
				throw invalidInput(
					this.getNode(),
					this.getItemIndex(),
					'Update',
					missing.length > 0
						? `has nothing to change: no value was given for ${missing.join(', ')}. Give at least one of them (an empty one keeps the current value)`
						: 'has nothing to change: fill in at least one field (empty fields are left as they are)',
				);
			}
		} else if (step.form === 'filters') {
			checked = checkValues.call(this, spec.filters ?? [], (param.call(this, 'filters', {}) ?? {}) as IDataObject);
			checked.fields = { ...checked.fields, ...sortQuery.call(this, spec) };
		}
		const actionRows = [...(step.fields ?? []), ...(step.options ?? [])];
		if (actionRows.length > 0) {
			const values: IDataObject = step.options ? { ...((param.call(this, 'additionalFields', {}) ?? {}) as IDataObject) } : {};
			for (const row of step.fields ?? []) values[row.name] = param.call(this, row.name, null) as IDataObject[string];
			const extra = checkValues.call(this, actionRows, values, { requiredFor: 'run this operation' });
			checked = { fields: { ...checked.fields, ...extra.fields }, references: [...checked.references, ...extra.references] };
		}
		spec.check?.call(this, checked, String(param.call(this, 'operation', '')));

		// Every check passed: now MOCO may be asked.
		const ids: Record<string, number> = {};
		for (const { param, record, picked } of pickers) {
			const path = record.parent ? fillPath(record.path, ids) : record.path;
			ids[param] = await idOfPicked.call(this, record, picked, { path });
		}
		const resolved: IDataObject = { ...checked.fields };
		for (const { row, label, picked } of checked.references) {
			const record = row.record as RecordType;
			const parentId = record.parent ? resolvedParent(record, resolved, ids) : undefined;
			const path = parentId === undefined ? record.path : record.path.replace(`:${record.parent?.param}`, String(parentId));
			resolved[row.api] = await idOfPicked.call(this, record, picked, { keyLabel: label, path });
		}
		requestOptions.url = fillPath(url, ids);
		rememberNested(this, [...spec.fields, ...(step.fields ?? [])], resolved, spec.record.noun);
		// Only this request carries such a header (acting on behalf of another user).
		for (const row of [...spec.fields, ...(spec.filters ?? []), ...actionRows]) {
			if (!row.header || !(row.api in resolved)) continue;
			requestOptions.headers = { ...(requestOptions.headers ?? {}), [row.header]: String(resolved[row.api]) };
			delete resolved[row.api];
		}
		const payload = spec.shape
			? await spec.shape.call(this, resolved, { operation: String(param.call(this, 'operation', '')), url: String(requestOptions.url) })
			: resolved;
		if (step.form === 'filters' || step.into === 'qs') requestOptions.qs = { ...(requestOptions.qs ?? {}), ...asQuery(payload) };
		else if (step.form || step.fields || step.options) requestOptions.body = payload;
		return requestOptions;
	};
}

/**
 * A password must never pass through a chat model: one that comes from `$fromAI` is refused,
 * whatever the model sent, before any request.
 */
function refuseSecretsFromModel(this: IExecuteSingleFunctions, rows: FieldRow[]): void {
	const parameters = plainParameters(this.getNode());
	const places = [parameters, parameters.additionalFields, parameters.updateFields] as Array<IDataObject | undefined>;
	for (const row of rows.filter((candidate) => candidate.kind === 'password')) {
		if (!places.some((place) => place && typeof place === 'object' && fromAiKeys(place[row.name]).length > 0)) continue;
		throw invalidInput(
			this.getNode(),
			this.getItemIndex(),
			row.displayName,
			`cannot be filled in by an AI model: a ${row.displayName.toLowerCase()} must not pass through a chat model. Remove $fromAI() from ${row.displayName} in the MOCO tool and leave it empty (MOCO keeps the current one; a new user sets one through the welcome email)`,
		);
	}
}

/** Lists go into a query as MOCO's comma lists, booleans as true / false. */
const asQuery = (values: IDataObject): IDataObject =>
	Object.fromEntries(Object.entries(values).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : typeof value === 'boolean' ? String(value) : value]));

/** A nested record named by key (a task by name) is looked up in the parent the item names. */
function resolvedParent(record: RecordType, fields: IDataObject, ids: Record<string, number>): number | undefined {
	const param = record.parent?.param as string;
	if (param in ids) return ids[param];
	const fromBody = fields[`${record.parent?.record.noun}_id`];
	return typeof fromBody === 'number' ? fromBody : undefined;
}

function sortQuery(this: IExecuteSingleFunctions, spec: ResourceSpec): IDataObject {
	const filters = (param.call(this, 'filters', {}) ?? {}) as IDataObject;
	const fail = (field: string, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), field, problem);
	const sortable = (spec.sortBy ?? []).map((option) => String(option.value));
	if (filters.sortBy !== undefined && filters.sortBy !== '') {
		if (!sortable.includes(String(filters.sortBy))) {
			throw fail('Sort By', `must be one of ${sortable.join(', ')}, not ${JSON.stringify(filters.sortBy)}`);
		}
		const direction = filters.sortDirection ?? 'asc';
		if (direction !== 'asc' && direction !== 'desc') throw fail('Sort Direction', `must be asc or desc, not ${JSON.stringify(direction)}`);
		return { sort_by: direction === 'desc' ? `${String(filters.sortBy)} desc` : String(filters.sortBy) };
	}
	if (filters.sortDirection !== undefined) throw fail('Sort Direction', 'needs Sort By: choose the field to sort by as well');
	return {};
}

// What comes back and the routing of the standard operations live in routes.ts, the properties a
// resource shows in resourceProperties.ts; resources import them from here.
export { deletedOutput, routes, simplifyOutput } from './routes';
export { operationFields, resourceProperties, sortRows, type PropertyPlan } from './resourceProperties';
