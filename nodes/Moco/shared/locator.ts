import type { IDataObject, IDisplayOptions, INodeProperties } from 'n8n-workflow';

/** Display conditions, as n8n's displayOptions.show takes them. */
export type Show = NonNullable<IDisplayOptions['show']>;

/** The third way to name a record, beside From list and By ID: the key people know it by. */
export interface NaturalKey {
	/** The locator mode's name: 'email', 'name', 'identifier'. */
	mode: string;
	/**
	 * "Email", "Name", "Number": the mode's name, and the key's name in messages ("Project Number").
	 * The editor's mode selector shows about 48 pixels of text: "By Email" just fits, "By Name" and
	 * "By Identifier" are cut off, so a mode is named by its key alone.
	 */
	title: string;
	/** The record's field the key is matched against. */
	field: string;
	/** MOCO's list filter that narrows the list to this key, where the endpoint has one. */
	filter?: string;
	placeholder: string;
	/** Keys that must look a certain way (an email address) are checked before any request. */
	pattern?: { regex: string; example: string };
	/** Keys that are compared ignoring case when no exact match exists. */
	caseInsensitive?: boolean;
}

/** What the pipeline needs to know about one kind of MOCO record to let a user pick it. */
export interface RecordType {
	/** "user": in messages ("no user is named ..."). */
	noun: string;
	/** "User": the picker's label, and the start of its messages ("User ID must be ..."). */
	label: string;
	/** The collection's path; a nested one names its parent as `:param` (`/<parents>/:parentId/<records>`). */
	path: string;
	/** Query every list of this record carries (e.g. include archived ones). */
	listQuery?: IDataObject;
	/** MOCO's `term` filter searches this list (used by From list). */
	term?: boolean;
	/** Records without a key people know them by (a time entry) are picked from the list or by ID. */
	key?: NaturalKey;
	/** How a record reads in the From list dropdown. */
	title: (record: IDataObject) => string;
	/** Marked in the dropdown (deactivated, archived). */
	inactive?: (record: IDataObject) => string | undefined;
	/** The list-search method in the node's `methods.listSearch`. */
	searchListMethod: string;
	exampleId: string;
	/** For nested records: the parameter that holds the parent, and the parent's type. */
	parent?: { param: string; record: RecordType };
}

/** The record of a resource that acts on none (reports, the key's own profile): nothing is ever picked. */
export const noRecord = (noun: string, path: string): RecordType => ({ noun, label: noun, path, title: () => '', searchListMethod: '', exampleId: '' });

const EMAIL_REGEX = '^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$';

export const EMAIL_KEY: NaturalKey = {
	mode: 'email',
	title: 'Email',
	field: 'email',
	filter: 'email',
	placeholder: 'e.g. name@example.com',
	pattern: { regex: EMAIL_REGEX, example: 'name@example.com' },
};

export function nameKey(placeholder: string, filter?: string): NaturalKey {
	return { mode: 'name', title: 'Name', field: 'name', filter, placeholder: `e.g. ${placeholder}`, caseInsensitive: true };
}

/** A noun's plural as messages use it: "companies", "purchase categories", "users". */
export const pluralOf = (noun: string) => (/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);

/** The parameter that holds a record of this type: `userId`, `dealCategoryId`. */
export const paramOf = (record: RecordType) => `${record.noun.replace(/ (\w)/g, (_match, letter: string) => letter.toUpperCase())}Id`;

/** A record picker (From list, By ID, By <key>) as a parameter. */
export function locatorField(
	record: RecordType,
	options: { name?: string; displayName?: string; description: string; required?: boolean; show?: Show },
): INodeProperties {
	const { key } = record;
	return {
		displayName: options.displayName ?? record.label,
		name: options.name ?? paramOf(record),
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? false,
		description: options.description,
		...(options.show ? { displayOptions: { show: options.show } } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${record.noun}...`,
				typeOptions: { searchListMethod: record.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${record.exampleId}`,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[1-9][0-9]*\\s*$',
							errorMessage: `${record.label} ID must be a positive whole number, like ${record.exampleId}`,
						},
					},
				],
			},
			// A record without a natural key (a time entry) is picked from the list or by ID only.
			...(key
				? [
			{
				displayName: key.title,
				name: key.mode,
				type: 'string' as const,
				placeholder: key.placeholder,
				...(key.pattern
					? {
							validation: [
								{
									type: 'regex' as const,
									properties: {
										regex: key.pattern.regex,
										errorMessage: `${record.label} ${key.title} must be an email address like ${key.pattern.example}`,
									},
								},
							],
						}
					: {}),
			},
			] : []),
	],
	};
}
