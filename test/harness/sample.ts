import type { INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { FILE_PARAM } from '../../nodes/Moco/shared/files';
import { ITEMS_INPUT } from '../../nodes/Moco/shared/lineItems';
import { pdfDocument } from '../simulator/pdf';
import type { InputFile } from './run';

/** A picker's value By ID, as a saved workflow holds it. */
export const byId = (id: unknown) => ({ __rl: true, mode: 'id', value: String(id) });

/** The JSON a field shows as its example (placeholder first: a default may be an empty list). */
function exampleJson(field: INodeProperties): string {
	for (const candidate of [field.placeholder, field.default]) {
		if (typeof candidate !== 'string') continue;
		try {
			const parsed = JSON.parse(candidate) as unknown;
			if (!(Array.isArray(parsed) && parsed.length === 0)) return candidate;
		} catch {
			// Not JSON: the next candidate.
		}
	}
	return '{}';
}

/** One row of a row editor, every field of its first kind of row filled. */
function sampleRows(field: INodeProperties): INodeParameters {
	const [kind] = (field.options ?? []) as Array<{ name: string; values: INodeProperties[] }>;
	const row = Object.fromEntries(kind.values.map((value) => [value.name, sample(value)])) as INodeParameters;
	return { [kind.name]: field.typeOptions?.multipleValues ? [row] : row };
}

/** A value MOCO's form would hold for a field of this shape. */
export function sample(field: INodeProperties): INodeParameters[string] {
	switch (field.type) {
		case 'resourceLocator':
			return byId(7);
		case 'boolean':
			return !(field.default as boolean);
		case 'number':
			return typeof field.typeOptions?.minValue === 'number' ? Math.max(1, field.typeOptions.minValue) : 1;
		case 'dateTime':
			// A date MOCO only takes on certain days (a service period's 1st) shows one as its placeholder or says so.
			if (/1st of a month/.test(field.description ?? '')) return '2026-01-01';
			if (/last day of a month/.test(field.description ?? '')) return '2026-01-31';
			return /\d{4}-\d{2}-\d{2}/.exec(field.placeholder ?? '')?.[0] ?? '2026-01-05';
		case 'options':
			// A bulk operation's rows: the row editor, whose rows the walk fills (see below).
			if ((field.options ?? []).some((option) => (option as INodePropertyOptions).value === 'editor')) return 'editor';
			// Line items (Create's and Update's Items Input): the JSON example, as a row editor's first kind of row would get fields it does not take.
			if (field.name === ITEMS_INPUT) return 'json';
			// A dropdown MOCO's list fills (VAT codes, categories): an ID, as the editor would store it;
			// a custom property's Name holds the field's name.
			if (!field.options?.length) return field.typeOptions?.loadOptionsMethod ? (field.name === 'name' ? 'Text' : 7) : field.default;
			return ((field.options ?? []) as INodePropertyOptions[]).map((option) => option.value).find((value) => value !== field.default) ?? (field.options?.[0] as INodePropertyOptions).value;
		case 'multiOptions':
			return [((field.options ?? []) as INodePropertyOptions[])[0].value];
		case 'fixedCollection':
			return sampleRows(field);
		case 'json':
			// Rows from earlier nodes (line items, bulk rows): the example the field itself shows.
			return exampleJson(field);
		default:
			// The binary field of the input item a file comes from (the walk gives every item one in "data").
			if (field.name === FILE_PARAM) return String(field.default);
			if (field.typeOptions?.multipleValues) return ['Tag'];
			if (field.typeOptions?.password) return 'Geheim-42';
			// An optional input file's binary field: the walk's items carry no files, so none is named.
			if (field.placeholder === 'e.g. data') return '';
			if (/https?:\/\//.test(field.placeholder ?? '')) return /https?:\/\/\S+/.exec(field.placeholder ?? '')?.[0];
			if (/@/.test(field.placeholder ?? '')) return 'someone@acme.example';
			if (/08:30/.test(field.placeholder ?? '')) return '08:30';
			if (/1:30/.test(field.placeholder ?? '')) return '1:30';
			if (/\d{4}-\d{2}-\d{2}/.test(field.placeholder ?? '')) return '2026-01-05';
			if (/^e\.g\. \d/.test(field.placeholder ?? '')) return '7';
			if (/^e\.g\. [A-Z]{3}$/.test(field.placeholder ?? '')) return field.placeholder?.slice(5);
			return 'Text';
	}
}

/** A small PDF, as a file an input item carries (Read/Write Files from Disk, an HTTP Request). */
export const SAMPLE_FILE: InputFile = { data: pdfDocument(['Beleg']), fileName: 'Beleg.pdf', mimeType: 'application/pdf' };

/** The input item's files: one in each binary field the parameters name (n8n's `binaryPropertyName`). */
export function sampleFiles(parameters: INodeParameters): Array<Record<string, InputFile>> {
	const field = parameters[FILE_PARAM];
	return typeof field === 'string' && field !== '' ? [{ [field]: SAMPLE_FILE }] : [];
}
