import type { FieldSpec } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

// Shared by contacts, deals and comments, so they render people and timestamps alike.
export const text: FieldSpec = { kind: 'text' };
export const person = (sim: MocoSimulator, id: number) => {
	const user = sim.find('users', id);
	return { id, firstname: user?.firstname ?? '', lastname: user?.lastname ?? '' };
};
export const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };
export const U = SEED_IDS.users;
export const C = SEED_IDS.companies;
