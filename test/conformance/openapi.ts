import description from './moco-openapi.json';

/** The subset of JSON Schema MOCO's description uses for parameters and request bodies. */
export interface Schema {
	type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
	format?: string;
	enum?: unknown[];
	nullable?: boolean;
	required?: string[];
	properties?: Record<string, Schema>;
	additionalProperties?: boolean | Schema;
	items?: Schema;
	oneOf?: Schema[];
	allOf?: Schema[];
	minimum?: number;
	maximum?: number;
}
interface Parameter {
	in: 'path' | 'query' | 'header';
	name: string;
	style?: string;
	required?: boolean;
	schema: Schema;
}
export interface Operation {
	template: string;
	parameters?: Parameter[];
	requestBody?: Record<string, Schema>;
}
type Paths = Record<string, Record<string, Omit<Operation, 'template'>>>;
const paths = (description as unknown as { paths: Paths }).paths;

const FORMATS: Record<string, RegExp> = { date: /^\d{4}-\d{2}-\d{2}$/, 'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/ };
const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);

/** What is wrong with `value` under `schema`, one line per fault, each naming where (`at`). */
export function validate(schema: Schema, value: unknown, at: string, required = true): string[] {
	if (value === null) return schema.nullable || schema.oneOf?.some((s) => s.nullable) ? [] : [`${at}: null is not allowed`];
	// The parts of an allOf describe one object together: a field of one part is known to all.
	if (schema.allOf) return validate(schema.allOf.reduce<Schema>((whole, part) => ({ ...whole, ...part, properties: { ...whole.properties, ...part.properties }, required: [...(whole.required ?? []), ...(part.required ?? [])] }), {}), value, at, required);
	if (schema.oneOf) return schema.oneOf.some((branch) => validate(branch, value, at, required).length === 0) ? [] : [`${at}: matches none of ${JSON.stringify(schema.oneOf.map((s) => s.type ?? s.enum))}`];
	const type = typeOf(value);
	if (schema.type && !(schema.type === type || (schema.type === 'number' && type === 'integer'))) return [`${at}: ${JSON.stringify(value)} is ${type}, not ${schema.type}`];
	const faults: string[] = [];
	if (schema.enum && !schema.enum.includes(value)) faults.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
	if (schema.format && FORMATS[schema.format] && typeof value === 'string' && !FORMATS[schema.format].test(value)) faults.push(`${at}: ${JSON.stringify(value)} is not a ${schema.format}`);
	if (typeof value === 'number' && ((schema.minimum ?? -Infinity) > value || (schema.maximum ?? Infinity) < value)) faults.push(`${at}: ${value} is out of range`);
	if (Array.isArray(value) && schema.items) value.forEach((entry, index) => faults.push(...validate(schema.items as Schema, entry, `${at}[${index}]`, required)));
	if (type === 'object' && (schema.properties || schema.additionalProperties !== undefined)) {
		const record = value as Record<string, unknown>;
		for (const [name, entry] of Object.entries(record)) {
			const known = schema.properties?.[name] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
			if (known) faults.push(...validate(known, entry, `${at}.${name}`, required));
			else if (schema.additionalProperties !== true) faults.push(`${at}.${name}: not a field of this schema`);
		}
		if (required) for (const name of schema.required ?? []) if (!(name in record)) faults.push(`${at}.${name}: required, left out`);
	}
	return faults;
}

const templates = Object.keys(paths).map((template) => ({ template, pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '([^/]+)')}$`) }));

/** The documented operation a request's method and path (below /api/v1) reach: a literal segment wins over a `{parameter}`. */
export function operationOf(method: string, path: string): { operation?: Operation; fault?: string; pathValues?: Record<string, string> } {
	// Fewest placeholders first; of equals the longer template, so `/{id}.pdf` wins over `/{id}`.
	const placeholders = (template: string) => template.split('{').length;
	const matching = templates
		.filter(({ pattern }) => pattern.test(path))
		.sort((a, b) => placeholders(a.template) - placeholders(b.template) || b.template.length - a.template.length);
	if (matching.length === 0) return { fault: `${method} ${path}: no such path` };
	const hit = matching.find(({ template }) => paths[template][method.toLowerCase()]);
	if (!hit) return { fault: `${method} ${path}: ${matching[0].template} has no ${method}` };
	const names = [...hit.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
	const values = hit.pattern.exec(path)?.slice(1) ?? [];
	return { operation: { template: hit.template, ...paths[hit.template][method.toLowerCase()] }, pathValues: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(values[i])])) };
}

/** A query or path value (always text on the wire) read as the JSON value its schema wants. */
function fromText(schema: Schema, text: string): unknown {
	const type = schema.type ?? schema.oneOf?.find((s) => s.type)?.type;
	if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
	if (type === 'boolean' && /^(true|false)$/.test(text)) return text === 'true';
	return text;
}

/** Faults of a request's path values and query against the operation's parameters. */
export function checkParameters(operation: Operation, pathValues: Record<string, string>, query: URLSearchParams, at: string): string[] {
	const parameters = operation.parameters ?? [];
	const faults: string[] = [];
	for (const [name, text] of Object.entries(pathValues)) {
		const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
		if (parameter) faults.push(...validate(parameter.schema, fromText(parameter.schema, text), `${at} path {${name}}`));
	}
	for (const [key, text] of query) {
		// `status[]=a` is an array's entry; `custom_properties[Name]=v` a deepObject's property.
		const [, name, inner] = /^([^[]+)(?:\[([^\]]*)\])?$/.exec(key) ?? [, key];
		const parameter = parameters.find((p) => p.in === 'query' && p.name === name && (inner === undefined || p.schema.type === 'array' || p.style === 'deepObject'));
		if (!parameter) faults.push(`${at} query ${key}: not a parameter of ${operation.template}`);
		else {
			const { schema: whole } = parameter;
			const entry = inner ? (typeof whole.additionalProperties === 'object' ? whole.additionalProperties : whole.properties?.[inner]) : undefined;
			const schema = (whole.type === 'array' ? whole.items : entry) ?? whole;
			faults.push(...validate(schema, fromText(schema, text), `${at} query ${key}`));
		}
	}
	return faults;
}
