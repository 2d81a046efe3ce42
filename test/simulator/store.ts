/** The simulator's records: every entry's rows by entry name, and the id sequences. */
import { type Rec, type ResourceEntry, notFound } from './engine';

export class RecordStore {
	private readonly entries = new Map<string, ResourceEntry>();
	private readonly rows = new Map<string, Rec[]>();
	private readonly nextIds = new Map<string, number>();

	register(entry: ResourceEntry, records: Rec[]): void {
		this.entries.set(entry.name, entry);
		this.rows.set(entry.name, records);
	}

	entry(name: string): ResourceEntry {
		const entry = this.entries.get(name);
		if (!entry) throw new Error(`The simulator has no entry "${name}" (known: ${[...this.entries.keys()].join(', ')})`);
		return entry;
	}

	has(name: string): boolean {
		return this.entries.has(name);
	}

	records(name: string): Rec[] {
		this.entry(name);
		return this.rows.get(name)!;
	}

	/** Replaces an entry's array: a test holding the old one keeps it unchanged. */
	set(name: string, records: Rec[]): void {
		this.rows.set(name, records);
	}

	find(name: string, id: number): Rec | undefined {
		return this.records(name).find((r) => r.id === id);
	}

	findOr404(entry: ResourceEntry, id: number, parentId?: number): Rec {
		const record = this.find(entry.name, id);
		if (!record || (entry.parentKey && record[entry.parentKey] !== parentId)) throw notFound();
		return record;
	}

	parentName(entry: ResourceEntry): string {
		const prefix = entry.path.slice(0, entry.path.indexOf('/:'));
		return [...this.entries.values()].find((e) => e.path === prefix)!.name;
	}

	/** Ids follow the largest existing one, like a database sequence, and are never reused. */
	newId(name: string, take = true): number {
		const next = Math.max(this.nextIds.get(name) ?? 1, ...this.records(name).map((x) => x.id + 1));
		if (take) this.nextIds.set(name, next + 1);
		return next;
	}
}
