import { type FieldErrors, type FieldSpec, type Rec, PERSON } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

// One copy of the seeded people and user fields, so every staff entry renders them alike.

export const U = SEED_IDS.users;
export const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };
export const user = (sim: MocoSimulator, id: number) => {
	const found = sim.find('users', id);
	return { id, firstname: found?.firstname ?? '', lastname: found?.lastname ?? '' };
};
export const ref = (v: unknown): number | undefined => (v as Rec | null)?.id;
export const userField: FieldSpec = { kind: 'ref', ref: 'users', read: 'user', shape: PERSON };
export const requiredUser: FieldSpec = { ...userField, required: true };
export const PEOPLE: Record<number, { id: number; firstname: string; lastname: string }> = {
	[U.juergen]: { id: U.juergen, firstname: 'Jürgen', lastname: 'Müller' },
	[U.zoe]: { id: U.zoe, firstname: 'Zoë', lastname: 'Ångström' },
	[U.lukasz]: { id: U.lukasz, firstname: 'Łukasz', lastname: 'Nowak' },
	[U.renee]: { id: U.renee, firstname: 'Renée', lastname: "O'Brien-Šimić" },
	[U.anais]: { id: U.anais, firstname: 'Anaïs', lastname: 'Dubois' },
};
const inRange = (key: string, min: number, max: number) => (draft: Rec, errors: FieldErrors) => {
	const v = draft[key];
	if (v !== null && v !== undefined && !errors[key] && (Number(v) < min || Number(v) > max)) errors[key] = [`must be between ${min} and ${max}`];
};
export const symbolRange = (max: number) => inRange('symbol', 1, max);
