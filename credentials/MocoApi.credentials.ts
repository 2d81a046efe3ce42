import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { SUBDOMAIN_HINT, mocoBaseUrl, mocoOrigin, parseSubdomain } from '../nodes/Moco/shared/subdomain';

// axios treats "scheme://..." and "//..." as absolute and then ignores baseURL.
const ABSOLUTE_URL = /^([a-z][a-z\d+\-.]*:)?\/\//i;

export class MocoApi implements ICredentialType {
	name = 'mocoApi';

	displayName = 'MOCO API';

	icon: Icon = { light: 'file:../nodes/Moco/moco.svg', dark: 'file:../nodes/Moco/moco.dark.svg' };

	documentationUrl = 'https://everii-group.github.io/mocoapp-api-docs/authentication.html';

	properties: INodeProperties[] = [
		{
			displayName: 'Subdomain',
			name: 'subdomain',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'acme',
			description: SUBDOMAIN_HINT,
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A personal key (your MOCO profile, tab "Integrations") or an account key (Settings > Extensions > API & Webhooks). Updating users needs a key with write access and Staff permission.',
		},
		{
			displayName: 'Rate Limit Plan',
			name: 'plan',
			type: 'options',
			options: [
				{ name: 'Standard (120 Requests per 2 Minutes)', value: 'standard' },
				{ name: 'Unlimited (1200 Requests per 2 Minutes)', value: 'unlimited' },
			],
			default: 'standard',
			description:
				'How many requests MOCO allows this API key. The node paces its requests just under this, shared by every workflow using the key.',
		},
		{
			displayName: 'Webhook Secret',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Needed only by the MOCO Trigger. The 32-character hexadecimal secret MOCO shows in its webhook overview (Settings > Extensions > API & Webhooks); MOCO signs every delivery with it, and deliveries without a valid signature are refused.',
		},
	];

	// A function rather than a generic block: every request, whatever built it, is pinned to the
	// account's own host before the key is attached.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const account = parseSubdomain(credentials.subdomain);
		const url = requestOptions.url ?? '';
		if (ABSOLUTE_URL.test(url) && new URL(url, mocoOrigin(account)).origin !== mocoOrigin(account)) {
			throw new Error(`Refusing to send the MOCO API key to ${new URL(url, mocoOrigin(account)).host}`);
		}
		return {
			...requestOptions,
			baseURL: mocoBaseUrl(account),
			headers: {
				...requestOptions.headers,
				Authorization: `Token token=${String(credentials.apiKey ?? '').trim()}`,
			},
		};
	}

	// No baseURL here: authenticate() sets it from the validated subdomain.
	test: ICredentialTestRequest = {
		request: { method: 'GET', url: '/session' },
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'MOCO rejected the API key (401). Check that the key is complete and belongs to this MOCO account.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'MOCO refused this API key (403). The key or its user lacks permission.',
				},
			},
		],
	};
}
