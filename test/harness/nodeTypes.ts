import { DirectoryLoader } from 'n8n-core';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypes } from 'n8n-workflow';

import { Moco } from '../../nodes/Moco/Moco.node';
import { areaNodeTypes } from '../../nodes/Moco/areaNodes';
import type { MocoAreaNode } from '../../nodes/Moco/nodeVersion';
import { resources } from '../../nodes/Moco/resources';
import { MocoTrigger } from '../../nodes/MocoTrigger/MocoTrigger.node';

/** A file an input item carries, as n8n stores it: bytes (base64 here), name and type. */
interface EncodedFile {
	base64: string;
	fileName?: string;
	mimeType?: string;
}

/** Emits the items the test hands it: the stand-in for whatever node feeds MOCO in a workflow. */
class TestItems implements INodeType {
	description = {
		displayName: 'Test Items',
		name: 'testItems',
		group: ['input'],
		version: 1,
		description: 'Emits test items',
		defaults: { name: 'Test Items' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [
			{ displayName: 'Items', name: 'items', type: 'json', default: '[]' },
			{ displayName: 'Files', name: 'files', type: 'json', default: '[]' },
		],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as IDataObject[];
		const files = JSON.parse(this.getNodeParameter('files', 0, '[]') as string) as Array<Record<string, EncodedFile> | null>;
		return [
			await Promise.all(
				items.map(async (json, index) => {
					const binary: INodeExecutionData['binary'] = {};
					for (const [field, file] of Object.entries(files[index] ?? {})) {
						binary[field] = await this.helpers.prepareBinaryData(Buffer.from(file.base64, 'base64'), file.fileName, file.mimeType);
					}
					return Object.keys(binary).length > 0 ? { json, binary } : { json };
				}),
			),
		];
	}
}

export const moco = new Moco();
// What n8n's loader adds to every declarative node's version ("Request Options").
for (const version of Object.values(moco.nodeVersions)) DirectoryLoader.applyDeclarativeNodeOptionParameters(version);
/** The MOCO node of one version, as n8n-core gets it for a saved node. */
export const mocoOf = (version: number): INodeType => moco.getNodeType(version);
/** Version 1.1's layout (plain names, the resources of version 1). */
export const mocoV1 = mocoOf(1.1);

export const mocoTrigger = new MocoTrigger();

/** The node of each of MOCO's areas, by its type's name (`mocoTime`), as n8n's loader prepares it. */
export const areaNodes: Record<string, MocoAreaNode> = Object.fromEntries(
	areaNodeTypes.map((Type) => {
		const node = new Type();
		DirectoryLoader.applyDeclarativeNodeOptionParameters(node);
		return [node.description.name, node];
	}),
);
/** The area node holding a resource. */
export const areaNodeOf = (resource: string): string => {
	const { area } = resources.find((candidate) => candidate.option.value === resource) ?? {};
	return Object.keys(areaNodes).find((name) => areaNodes[name].area === area) as string;
};

/** Node types other harness files add (tool.ts: the AI Agent's stand-in and the derived MOCO tool), by `type` or `type@version`. */
export const moreNodeTypes = new Map<string, INodeType>();
const byName = (type: string, version?: number): INodeType =>
	moreNodeTypes.get(`${type}@${version}`) ??
	moreNodeTypes.get(type) ??
	areaNodes[type.replace('n8n-nodes-moco.', '')] ??
	(type === 'testItems' ? new TestItems() : type === 'n8n-nodes-moco.mocoTrigger' ? mocoTrigger : mocoOf(version ?? 1));

export const nodeTypes: INodeTypes = {
	getByName: (type) => byName(type),
	getByNameAndVersion: byName,
	getKnownTypes: () => ({}),
};
