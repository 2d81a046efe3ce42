import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { listSearch } from './methods/listSearch';
import { getRoles, getTeams } from './methods/loadOptions';
import { projectDescription } from './resources/project';
import { projectTaskDescription } from './resources/projectTask';
import { teamDescription } from './resources/team';
import { userDescription } from './resources/user';
import { throwOnMocoError } from './shared/pipeline';
import { paceRequests } from './shared/retry';

export class Moco implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'MOCO',
		name: 'moco',
		icon: { light: 'file:moco.svg', dark: 'file:moco.dark.svg' },
		group: ['transform'],
		// 1.1: teams and roles are record pickers (From list, By ID, By Name); Update Fields hold every field.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage the users and teams of a MOCO account',
		defaults: { name: 'MOCO' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mocoApi', required: true }],
		// baseURL and the key are set by the credential, which validates the subdomain first.
		// Status errors reach throwOnMocoError so MOCO's own words get to the user.
		requestDefaults: {
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			ignoreHttpStatusErrors: true,
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Project', value: 'project' },
					{ name: 'Project Task', value: 'projectTask' },
					{ name: 'Team', value: 'team' },
					{ name: 'User', value: 'user' },
				],
				default: 'user',
				// Both run for every operation: preSend first (pacing and retries for all of this
				// item's requests), postReceive before any operation's own.
				routing: {
					send: { preSend: [paceRequests] },
					output: { postReceive: [throwOnMocoError] },
				},
			},
			...userDescription,
			...teamDescription,
			...projectDescription,
			...projectTaskDescription,
		],
	};

	methods = {
		loadOptions: { getTeams, getRoles },
		listSearch,
	};
}
