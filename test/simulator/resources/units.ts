import type { ResourceEntry, Rec } from '../engine';
import { seedData } from '../seed';

/** Teams (`/units`); a user joins one through PUT /users/{id} with unit_id. MOCO has no webhook for them. */
export const units: ResourceEntry = {
	name: 'units',
	path: '/units',
	target: '',
	fields: { name: { kind: 'text', required: true }, custom_properties: { kind: 'custom_properties' } },
	blank: () => ({ name: '', custom_properties: {} }),
	serialize: (out, unit, { sim }) => {
		const users = sim.users
			.filter((u) => u.unit.id === unit.id)
			.map(({ id, firstname, lastname, email }) => ({ id, firstname, lastname, email }));
		return { id: out.id, name: out.name, custom_properties: out.custom_properties ?? {}, users, created_at: out.created_at, updated_at: out.updated_at };
	},
	guardDelete: (unit, { sim }) => {
		const assigned = sim.users.filter((u) => u.unit.id === unit.id).length;
		return assigned > 0 ? `The team cannot be deleted while users are assigned to it (${assigned} assigned).` : undefined;
	},
	seed: () => seedData().units as unknown as Rec[],
};

/** Permission roles (`/users/roles`), read-only. */
export const roles: ResourceEntry = {
	name: 'roles',
	path: '/users/roles',
	target: '',
	ops: ['list'],
	fields: {},
	blank: () => ({ name: '', is_default: false, is_admin: false, permission: {} }),
	seed: () => seedData().roles as unknown as Rec[],
};
