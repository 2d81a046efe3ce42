import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Moco } from '../../nodes/Moco/Moco.node';
import { plainName } from '../../nodes/Moco/shared/scope';
import { shownInVersion } from '../../nodes/Moco/shared/versions';

/**
 * The node's resources, operations and pickers as its description shows them in the newest
 * version, so rules can be checked (test/invariants.test.ts) and measured (scripts/bench) over
 * every resource, including the ones added later. Names are plain (`updateFields`, not
 * `user_updateFields`): tests name parameters so, and the harness stores them as the version does.
 */
export const VERSION = 2;
const withPlainName = (property: INodeProperties): INodeProperties => {
	const owner = property.displayOptions?.show?.resource;
	return owner?.length === 1 ? { ...property, name: plainName(String(owner[0]), property.name) } : property;
};
const properties = new Moco().getNodeType(VERSION).description.properties.map(withPlainName);

/** Whether a property's `@version` condition lets it show in that node version. */
export const shownIn = shownInVersion;

export const shownFor = (property: INodeProperties, resource: string, operation?: string) => {
	const show = property.displayOptions?.show ?? {};
	return shownIn(property, VERSION) && (show.resource ?? []).includes(resource) && (operation === undefined || (show.operation ?? []).includes(operation));
};

export const resourceOptions = (properties.find((p) => p.name === 'resource')?.options ?? []) as INodePropertyOptions[];
export const resources = resourceOptions.map((option) => String(option.value));
export const operationOptions = (resource: string) => (properties.find((p) => p.name === 'operation' && shownFor(p, resource))?.options ?? []) as INodePropertyOptions[];
export const operationsOf = (resource: string) => operationOptions(resource).map((option) => String(option.value));
/** Every top-level property a resource shows, on any operation and in any node version. */
export const propertiesOf = (resource: string) => properties.filter((p) => (p.displayOptions?.show?.resource ?? []).includes(resource));
export const propertyOf = (resource: string, operation: string, name: string) => properties.find((p) => p.name === name && shownFor(p, resource, operation));
const locators = (resource: string, operation: string) => properties.filter((p) => p.type === 'resourceLocator' && shownFor(p, resource, operation));

/**
 * The record's own picker: shown on Get but not on Get Many or Create (the parent's picker is shown
 * on those too); on Update or Delete where MOCO has no Get of one record (purchase budgets).
 */
export const ownPicker = (resource: string) => {
	const onList = new Set([...locators(resource, 'getAll'), ...locators(resource, 'create')].map((p) => p.name));
	for (const operation of ['get', 'update', 'delete']) {
		const own = locators(resource, operation).find((p) => !onList.has(p.name))?.name;
		if (own) return own;
	}
	return undefined;
};
/** The parent's picker: on Get Many, or on Create where MOCO lists the records only inside their parent. */
export const parentPicker = (resource: string) => locators(resource, 'getAll')[0]?.name ?? (operationsOf(resource).includes('getAll') ? undefined : locators(resource, 'create')[0]?.name);
