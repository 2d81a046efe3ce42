import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { listSearch } from './methods/listSearch';
import { getRoles, getTeams } from './methods/loadOptions';
import { commentDescription } from './resources/comment';
import { companyDescription } from './resources/company';
import { contactDescription } from './resources/contact';
import { dealDescription } from './resources/deal';
import { dealCategoryDescription } from './resources/dealCategory';
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
					{ name: 'Comment', value: 'comment' },
					{ name: 'Company', value: 'company' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Deal', value: 'deal' },
					{ name: 'Deal Category', value: 'dealCategory' },
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
			...commentDescription,
			...companyDescription,
			...contactDescription,
			...dealDescription,
			...dealCategoryDescription,
		],
	};

	methods = {
		loadOptions: { getTeams, getRoles },
		listSearch,
	};
}
