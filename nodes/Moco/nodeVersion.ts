import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { listSearch } from './methods/listSearch';
import { loadOptions } from './methods/loadOptions';
import { resources } from './resources';
import { SCOPED_SINCE } from './shared/scope';
import { versionProperties, type NodeResource } from './shared/versions';

/** What tells one MOCO node from another in n8n's nodes panel. */
export interface NodeHeader {
	displayName: string;
	name: string;
	description: string;
	/** The resource a new node starts on. */
	defaultResource: string;
	hidden?: true;
}

/** One version of a MOCO node: the header, the resources it holds, and what every MOCO node shares. */
export class MocoNodeVersion implements INodeType {
	description: INodeTypeDescription;

	methods = {
		loadOptions,
		listSearch,
	};

	constructor({ defaultResource, ...header }: NodeHeader, version: number | number[], held: NodeResource[]) {
		this.description = {
			...header,
			group: ['transform'],
			icon: { light: 'file:moco.svg', dark: 'file:moco.dark.svg' },
			version,
			subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
			defaults: { name: header.displayName },
			usableAsTool: true,
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'mocoApi', required: true }],
			// baseURL and the key are set by the credential, which validates the subdomain first.
			// Status errors reach throwOnMocoError so MOCO's own words get to the user. A document MOCO
			// redirects to on another host (its file storage) must not get the API key: n8n re-sends it unless told.
			requestDefaults: {
				headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
				ignoreHttpStatusErrors: true,
				sendCredentialsOnCrossOriginRedirect: false,
			},
			properties: versionProperties(held, Math.max(...[version].flat()), defaultResource),
		};
	}
}

/**
 * The node of one of MOCO's areas (Time, Projects, ...): the MOCO node's latest layout, holding
 * only that area's resources. n8n-core walks every top-level property of a node for each item, so
 * a node per area keeps the cost of an item bounded by its area, not by all of MOCO's API. It is
 * version 2 because it is the MOCO node's version 2: the same parameters under the same names, so
 * a MOCO node moves to its area's node by its type alone.
 */
export class MocoAreaNode extends MocoNodeVersion {
	constructor(
		header: NodeHeader,
		readonly area: string,
	) {
		super(header, SCOPED_SINCE, resources.filter((resource) => resource.area === area));
	}
}
