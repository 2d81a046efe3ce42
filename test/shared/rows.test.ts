import type { INodeParameters, INodeProperties } from 'n8n-workflow';

import { useSimulator } from '../harness';
import { operationsOf, ownPicker, propertiesOf, propertyOf, resources } from '../harness/description';
import { byId, existing, filtersOf, run, sample, withCompanions } from '../harness/walk';

/**
 * Over every resource, as the editor fills the forms in:
 * - a row of a list field (Tags, Custom Properties) added but left empty is ignored: n8n gives an
 *   untouched row of a multiple-value field `[]`, an untouched pair `{name: '', value: ''}`;
 * - every date field is a day picker, and a day typed, picked, saved by the earlier date-and-time
 *   picker (`2026-01-06T00:00:00`), an ISO string or a Luxon date is sent as YYYY-MM-DD.
 */
const sim = useSimulator();

const isList = (field: INodeProperties) => field.typeOptions?.multipleValues === true;
/** The field's sample with the empty rows n8n's editor leaves when a row is added and not filled in. */
const withEmptyRows = (field: INodeProperties, value: unknown) =>
	field.type === 'fixedCollection' ? { property: [...(value as { property: unknown[] }).property, { name: '', value: '' }] } : [...(value as unknown[]), [], ''];

/** Every form field a resource shows, in collections too. */
const formFields = (resource: string) =>
	propertiesOf(resource).flatMap((property) => (property.type === 'collection' ? (property.options as INodeProperties[]) : [property]));

/** A day MOCO takes for this field (a service period starts on a 1st: its placeholder says so), the one `sample` gives. */
const dayFor = (field: INodeProperties) => sample(field) as string;
/** The ways a day reaches the node: typed or picked, saved by the earlier picker, from expressions. */
const daysAsGiven = (day: string) => [
	day,
	`${day}T00:00:00`,
	`={{ "${day}T23:30:00.000+01:00" }}`,
	`={{ DateTime.fromISO("${day}T23:30:00", { zone: "Europe/Berlin" }) }}`,
];

const sentBody = () => sim().requests.filter((request) => request.method === 'PUT' || request.method === 'PATCH').map((request) => request.json);

describe.each(resources)('%s', (resource) => {
	const operations = operationsOf(resource);
	const updateFields = (propertyOf(resource, 'update', 'updateFields')?.options ?? []) as INodeProperties[];
	const filters = operations.includes('getAll') ? filtersOf(resource) : [];

	async function update(field: INodeProperties, value: unknown) {
		const { parent, ids } = await existing(sim, resource);
		// The first record MOCO lets change (an accepted offer, a billed expense refuse any update).
		for (const id of ids) {
			const result = await run(resource, 'update', { ...parent, [ownPicker(resource) as string]: byId(id), updateFields: { [field.name]: value } as INodeParameters });
			if (!/cannot be changed|billed/i.test(result.error?.message ?? '') || id === ids.at(-1)) return { result, bodies: sentBody() };
			sim().clearRequests();
		}
		throw new Error(`no ${resource} to update`);
	}

	async function list(filter: INodeProperties, value: unknown) {
		const { parent } = await existing(sim, resource);
		const result = await withCompanions(sim, resource, { ...parent, returnAll: false, limit: 1 }, { [filter.name]: value });
		return { result, queries: sim().requests.map((request) => request.query) };
	}

	/** The field run filled in, then filled in with empty rows added: both results. */
	async function withAndWithoutEmptyRows<T>(field: INodeProperties, act: (field: INodeProperties, value: unknown) => Promise<T>) {
		const filled = await act(field, sample(field));
		sim().clearRequests();
		return { filled, withEmpty: await act(field, withEmptyRows(field, sample(field))) };
	}

	const updateLists = updateFields.filter(isList);
	if (updateLists.length > 0) {
		test.each(updateLists.map((field) => [field.displayName, field] as const))('Update: empty rows of %s are ignored', async (_name, field) => {
			const { filled, withEmpty } = await withAndWithoutEmptyRows(field, update);

			expect(withEmpty.result.error).toBeUndefined();
			expect(withEmpty.bodies).toHaveLength(1);
			expect(withEmpty.bodies).toEqual(filled.bodies);
			sim().clearRequests();
			const onlyEmpty = await update(field, withEmptyRows(field, field.type === 'fixedCollection' ? { property: [] } : []));
			expect(onlyEmpty.result.error?.message).toMatch(/^Update has nothing to change/);
			expect(sim().requests).toEqual([]);
		});

		test.each(updateLists.map((field) => [field.displayName, field] as const))('Update: a bad row of %s is named in words, never as JSON, and nothing is sent', async (_name, field) => {
			const bad = field.type === 'fixedCollection' ? { property: [{ name: '', value: 'L' }] } : ['Tag', { a: 1 }];
			const { result } = await update(field, bad);

			expect(result.error?.message).toMatch(new RegExp(`^${field.displayName} .*(row|tag \\d|property \\d)`));
			expect(result.error?.message).not.toMatch(/[[\]{}]/);
			expect(sentBody()).toEqual([]);
		});
	}

	const filterLists = filters.filter(isList);
	if (filterLists.length > 0) {
		test.each(filterLists.map((field) => [field.displayName, field] as const))('Get Many: empty rows of the %s filter are ignored', async (_name, field) => {
			const { filled, withEmpty } = await withAndWithoutEmptyRows(field, list);

			expect(withEmpty.result.error).toBeUndefined();
			expect(withEmpty.queries).toEqual(filled.queries);
		});
	}

	const dates = formFields(resource).filter((field) => field.type === 'dateTime');
	if (dates.length > 0) {
		test('every date field is a day picker (only Updated After takes a time)', () => {
			const dayPickers = dates.filter((field) => field.typeOptions?.dateOnly === true);
			expect(dates.filter((field) => !dayPickers.includes(field)).map((field) => field.name)).toEqual(dates.filter((field) => field.name === 'updatedAfter').map((field) => field.name));
		});
	}

	const updateDays = updateFields.filter((field) => field.typeOptions?.dateOnly);
	if (updateDays.length > 0) {
		test.each(updateDays.map((field) => [field.displayName, field] as const))('Update: %s is sent as YYYY-MM-DD however the day is given', async (_name, field) => {
			for (const given of daysAsGiven(dayFor(field))) {
				sim().clearRequests();
				// MOCO may refuse the change (a billed time entry): what matters is what it was sent.
				const { bodies } = await update(field, given);
				expect(bodies.map((body) => Object.values(body as object))).toEqual([[dayFor(field)]]);
			}
		});
	}

	const filterDays = filters.filter((field) => field.typeOptions?.dateOnly);
	if (filterDays.length > 0) {
		test.each(filterDays.map((field) => [field.displayName, field] as const))('Get Many: the %s filter is sent as YYYY-MM-DD however the day is given', async (_name, field) => {
			for (const given of daysAsGiven(dayFor(field))) {
				sim().clearRequests();
				const { result, queries } = await list(field, given);
				expect({ given, error: result.error?.message }).toEqual({ given, error: undefined });
				// Alone, or as one end of a period (`from:to`).
				const sent = Object.values(queries[0]).join(' ');
				expect({ given, sent }).toEqual({ given, sent: expect.stringMatching(new RegExp(`(^|[ :])${dayFor(field)}($|[ :])`)) });
				expect(sent).not.toMatch(/T\d/);
			}
		});
	}
});
