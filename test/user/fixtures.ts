import type { INodeParameterResourceLocator } from 'n8n-workflow';

/** The User parameter in each of its modes, as the editor stores it. */
export const userBy = {
	list: (id: number | string): INodeParameterResourceLocator => ({ __rl: true, mode: 'list', value: String(id) }),
	id: (id: number | string): INodeParameterResourceLocator => ({ __rl: true, mode: 'id', value: String(id) }),
	email: (email: string): INodeParameterResourceLocator => ({ __rl: true, mode: 'email', value: email }),
};
