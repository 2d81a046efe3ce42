import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

/** A picker's value By ID, as a saved workflow holds it. */
export const byId = (id: unknown) => ({ __rl: true, mode: 'id', value: String(id) });

/** A value MOCO's form would hold for a field of this shape. */
export function sample(field: INodeProperties): unknown {
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
			return ((field.options ?? []) as INodePropertyOptions[]).map((option) => option.value).find((value) => value !== field.default) ?? (field.options?.[0] as INodePropertyOptions).value;
		case 'multiOptions':
			return [((field.options ?? []) as INodePropertyOptions[])[0].value];
		case 'fixedCollection': {
			// A bulk operation's row editor (shared/rows.ts): one row with every field filled.
			const rows = (field.options ?? []).find((option) => option.name === 'row') as INodePropertyCollection | undefined;
			if (rows) return { row: [Object.fromEntries(rows.values.map((value) => [value.name, sample(value)]))] };
			return { property: [{ name: 'Kostenstelle', value: '4711' }] };
		}
		default:
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
