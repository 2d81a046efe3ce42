/** A stored record in the read shape MOCO sends: hidden keys dropped, references re-rendered live. */
import { type Rec, type RefShape, type ResourceEntry, isObject } from './engine';
import type { MocoSimulator } from './moco';

export function serializeRecord(sim: MocoSimulator, entry: ResourceEntry, record: Rec, list: boolean, query: Record<string, string>): unknown {
	const out: Record<string, unknown> = {};
	const hidden = new Set([...(entry.hidden ?? []), ...(entry.parentKey ? [entry.parentKey] : [])]);
	for (const [key, value] of Object.entries(record)) if (!hidden.has(key)) out[key] = value;
	// Names of referenced records are looked up live, so renames show everywhere, as in MOCO.
	const refs: Array<[string, string, RefShape]> = [];
	for (const [name_, spec] of Object.entries(entry.fields)) {
		if (spec.kind === 'ref' && spec.read !== false && spec.ref && spec.shape) refs.push([spec.read ?? name_, spec.ref, spec.shape]);
	}
	for (const [key, link] of Object.entries(entry.links ?? {})) refs.push([key, link.ref, link.shape]);
	for (const [key, ref, shape] of refs) {
		const current = out[key];
		const target = isObject(current) && typeof current.id === 'number' ? sim.find(ref, current.id) : undefined;
		if (target) out[key] = sim.render(shape, target);
	}
	const shaped = entry.serialize ? entry.serialize(out, record, { sim, list, query }) : out;
	if (!isObject(shaped)) return shaped;
	// Timestamps close MOCO's records, whatever an entry appended.
	const { created_at, updated_at, ...rest } = shaped;
	return created_at === undefined ? shaped : { ...rest, created_at, updated_at };
}
