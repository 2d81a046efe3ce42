import { WEBHOOK_EVENTS, WEBHOOK_TARGETS } from '../../../../MocoTrigger/events';
import { invalidInput } from '../../../shared/errors';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { webHookRecord } from './record';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A web hook of the account (`/account/web_hooks`): MOCO POSTs a record to the URL when it changes.
 * Target and event are fixed once made; only the URL can change.
 */
export const webHook: ResourceSpec = {
	value: 'webHook',
	record: webHookRecord,
	fields: [
		{
			name: 'target',
			displayName: 'Target',
			api: 'target',
			kind: 'enum',
			required: true,
			update: false,
			options: WEBHOOK_TARGETS.map(({ target, name, what }) => ({ name: `${name} (${target})`, value: target, description: capitalized(what) })),
			default: 'Activity',
			description: 'The kind of MOCO record whose changes are sent',
		},
		{
			name: 'event',
			displayName: 'Event',
			api: 'event',
			kind: 'enum',
			required: true,
			update: false,
			options: WEBHOOK_EVENTS.map((event) => ({ name: capitalized(event), value: event })),
			default: 'create',
			description: 'Which change is sent. Bookkeeping exports are only created and deleted.',
		},
		{
			name: 'hook',
			displayName: 'URL',
			api: 'hook',
			kind: 'text',
			required: true,
			placeholder: 'e.g. https://n8n.example.com/webhook/moco',
			description: 'The address MOCO POSTs each change to; it must answer 2xx within 10 seconds',
		},
	],
	filters: GLOBAL_FILTERS,
	check({ fields }) {
		const fail = (field: string, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), field, problem);
		const { target, event, hook } = fields;
		const allowed = WEBHOOK_TARGETS.find((row) => row.target === target)?.events ?? WEBHOOK_EVENTS;
		if (typeof event === 'string' && !allowed.includes(event as (typeof WEBHOOK_EVENTS)[number])) {
			throw fail('Event', `must be ${allowed.join(' or ')} for ${String(target)}: MOCO sends no ${event} for it`);
		}
		if (typeof hook === 'string' && !/^https?:$/.test(URL.canParse(hook) ? new URL(hook).protocol : '')) {
			throw fail('URL', `must be a web address starting with https://, not ${JSON.stringify(hook)}`);
		}
	},
};
