import type {
	IExecuteSingleFunctions,
	ILoadOptionsFunctions,
	INode,
	INodeParameters,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	NodeParameterValueType,
} from 'n8n-workflow';

/**
 * From node version 2 each resource's top-level parameters carry the resource in their names
 * (`user_updateFields`, `project_projectId`). n8n-core resolves, for every item, each top-level
 * property that shares a parameter's name, displayed or not: with one name per resource an
 * expression costs the same however many resources the node has. Code reads parameters by their
 * plain names through `param`, so a resource's data is the same in every version.
 */
export const SCOPED_SINCE = 2;
const SEPARATOR = '_';
/** Shared by every resource: n8n's subtitle reads them, and neither takes an expression. */
const SHARED = new Set(['resource', 'operation', 'requestOptions']);

export function scopedName(resource: string, name: string): string {
	if (SHARED.has(name) || name.startsWith(`${resource}${SEPARATOR}`)) return name;
	return `${resource}${SEPARATOR}${name}`;
}

/** The plain name of a parameter stored under a resource's name (the reverse of `scopedName`). */
export function plainName(resource: string, name: string): string {
	const prefix = `${resource}${SEPARATOR}`;
	return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/** A parameter path's first segment scoped (`filters.tags` → `user_filters.tags`). */
const scopedPath = (resource: string, path: string) => {
	const [first, ...rest] = path.split('.');
	return [scopedName(resource, first), ...rest].join('.');
};

const resourceOf = (node: INode) => String(node.parameters.resource ?? '');

/** The name a node of this version stores a parameter under. */
export function storedName(node: INode, path: string): string {
	return node.typeVersion >= SCOPED_SINCE ? scopedPath(resourceOf(node), path) : path;
}

/** A node's parameters under their plain names, whatever its version. */
export function plainParameters(node: INode): INodeParameters {
	if (node.typeVersion < SCOPED_SINCE) return node.parameters;
	const resource = resourceOf(node);
	return Object.fromEntries(Object.entries(node.parameters).map(([name, value]) => [plainName(resource, name), value]));
}

/** A parameter of the item being sent, by its plain name, in any node version. */
export function param<T = NodeParameterValueType>(this: IExecuteSingleFunctions, path: string, fallback?: T): T {
	return this.getNodeParameter(storedName(this.getNode(), path), fallback) as T;
}

/** A parameter of the form being edited (list search, load options), raw, by its plain name. */
export function currentParam(this: ILoadOptionsFunctions, path: string): unknown {
	return this.getCurrentNodeParameter(storedName(this.getNode(), path));
}

// ---- the description of a scoped version ---------------------------------------------------------

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

const renameKeys = (conditions: Show | undefined, rename: (key: string) => string): Show | undefined =>
	conditions && Object.fromEntries(Object.entries(conditions).map(([key, values]) => [rename(key), values]));

/** Nested conditions that reach the top level (`/type`) and lists that depend on a parameter. */
function scopeNested<T extends INodeProperties | INodePropertyCollection | INodePropertyOptions>(option: T, resource: string, own: Set<string>): T {
	const top = (key: string) => (key.startsWith('/') && own.has(key.slice(1).split('.')[0]) ? `/${scopedPath(resource, key.slice(1))}` : key);
	const copy = { ...option } as T & Partial<INodeProperties>;
	if (copy.displayOptions) copy.displayOptions = { show: renameKeys(copy.displayOptions.show, top), hide: renameKeys(copy.displayOptions.hide, top) };
	if (!copy.displayOptions?.show) delete copy.displayOptions?.show;
	if (!copy.displayOptions?.hide) delete copy.displayOptions?.hide;
	const dependsOn = copy.typeOptions?.loadOptionsDependsOn;
	if (dependsOn) {
		copy.typeOptions = { ...copy.typeOptions, loadOptionsDependsOn: dependsOn.map((path) => (own.has(path.split('.')[0]) ? scopedPath(resource, path) : path)) };
	}
	if (Array.isArray(copy.options)) {
		copy.options = (copy.options as Array<INodeProperties | INodePropertyCollection | INodePropertyOptions>).map((child) =>
			typeof child === 'object' && child !== null ? scopeNested(child, resource, own) : child,
		) as typeof copy.options;
	}
	const collection = copy as Partial<INodePropertyCollection>;
	if (Array.isArray(collection.values)) collection.values = collection.values.map((child) => scopeNested(child, resource, own));
	return copy;
}

/** The single resource a top-level property belongs to, if it belongs to exactly one. */
const ownerOf = (property: INodeProperties) => {
	const resources = property.displayOptions?.show?.resource;
	return resources?.length === 1 ? String(resources[0]) : undefined;
};

/** A version's properties with every resource's own names scoped; display conditions follow. */
export function scopeProperties(properties: INodeProperties[]): INodeProperties[] {
	const namesOf = new Map<string, Set<string>>();
	for (const property of properties) {
		const owner = ownerOf(property);
		if (owner && !SHARED.has(property.name)) namesOf.set(owner, (namesOf.get(owner) ?? new Set()).add(property.name));
	}
	return properties.map((property) => {
		const owner = ownerOf(property);
		if (!owner || SHARED.has(property.name)) return property;
		const own = namesOf.get(owner) as Set<string>;
		const scoped = scopeNested(property, owner, own);
		const sibling = (key: string) => {
			const root = key.startsWith('/') ? '/' : '';
			return own.has(key.slice(root.length)) ? `${root}${scopedName(owner, key.slice(root.length))}` : key;
		};
		return {
			...scoped,
			name: scopedName(owner, property.name),
			displayOptions: {
				show: renameKeys(property.displayOptions?.show, sibling),
				...(property.displayOptions?.hide ? { hide: renameKeys(property.displayOptions.hide, sibling) } : {}),
			},
		};
	});
}
