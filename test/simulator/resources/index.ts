/** Every resource the simulator serves, one data entry each (see ../README.md). */
import type { ResourceEntry } from '../engine';
import { roles, units } from './units';
import { users } from './users';

export const RESOURCES: readonly ResourceEntry[] = [users, units, roles];
