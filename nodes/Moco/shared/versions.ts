import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { throwOnMocoError } from './pipeline';
import { mergeAlike } from './properties';
import { paceRequests } from './retry';
import { SCOPED_SINCE, scopeProperties } from './scope';

/** A resource of the node: its Resource option, its property blocks, the version it joined (1 unless said). */
export interface NodeResource {
	option: INodePropertyOptions;
	properties: INodeProperties[];
	/** The area of MOCO's menu it belongs to: the node of that area holds it. */
	area: string;
	since?: number;
}

/** Whether a property's `@version` condition lets it show in `version` (version 1's own copies do not). */
export function shownInVersion(property: INodeProperties, version: number): boolean {
	const condition = property.displayOptions?.show?.['@version'];
	return !condition || condition.some((entry) => entry === version || (typeof entry === 'object' && entry !== null && '_cnd' in entry && version >= Number((entry._cnd as { gte?: number }).gte)));
}

/** One version's properties: the resources it has, and from version 2 each resource's own names. */
export function versionProperties(resources: NodeResource[], version: number, defaultResource: string): INodeProperties[] {
	const shown = resources.filter((resource) => (resource.since ?? 1) <= version);
	const all = mergeAlike([
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			// Alphabetical, as n8n lists options, whichever version a resource joined in.
			options: shown.map((resource) => resource.option).sort((a, b) => a.name.localeCompare(b.name)),
			default: defaultResource,
			// Both run for every operation: preSend first (pacing and retries for all of this
			// item's requests), postReceive before any operation's own.
			routing: {
				send: { preSend: [paceRequests] },
				output: { postReceive: [throwOnMocoError] },
			},
		},
		...shown.flatMap((resource) => resource.properties),
	]);
	return version < SCOPED_SINCE ? all : scopeProperties(all.filter((property) => shownInVersion(property, version)));
}
