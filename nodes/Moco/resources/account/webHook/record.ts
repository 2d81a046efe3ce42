import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/** One of the account's web hooks: no name, so it is picked from the list (target, event, URL) or by ID. */
export const webHookRecord: RecordType = {
	noun: 'web hook',
	label: 'Web Hook',
	path: '/account/web_hooks',
	title: (hook: IDataObject) => `${String(hook.target)} ${String(hook.event)} → ${String(hook.hook)}`,
	inactive: (hook: IDataObject) => (hook.disabled === true ? 'disabled' : undefined),
	searchListMethod: 'searchWebHooks',
	exampleId: '73',
};
