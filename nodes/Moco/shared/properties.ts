import type { INodeProperties } from 'n8n-workflow';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

// Functions (a routing's hooks) compare by identity: two closures of one factory are not alike.
const functionIds = new WeakMap<object, number>();
let functionCount = 0;
const json = (value: unknown) =>
	JSON.stringify(value, (_key, v: unknown) => {
		if (typeof v !== 'function') return v;
		if (!functionIds.has(v)) functionIds.set(v, ++functionCount);
		return `function#${functionIds.get(v)}`;
	});

/** Only these conditions are joined; a property of one resource never serves another. */
const JOINABLE = ['operation', '@version'];

/** Condition values are mostly strings: compare those directly, the rest as JSON. */
const same = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && typeof b === 'object' && json(a) === json(b));

/** The one display condition two properties differ in, if they differ in exactly one that may be joined. */
function soleDifference(a: Show, b: Show): string | undefined {
	const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => json(a[key]) !== json(b[key]));
	return keys.length === 1 && JOINABLE.includes(keys[0]) && a[keys[0]] && b[keys[0]] ? keys[0] : undefined;
}

/**
 * Whether `other` can be shown at the same time as `property` (no condition rules it out).
 * Conditions compare as written, which holds for this node's two versions (1, and 1.1 on).
 */
function shownTogether(property: Show, other: Show): boolean {
	return Object.entries(property).every(([key, values]) => {
		const others = other[key];
		return !others || !values || others.some((value) => values.some((own) => same(own, value)));
	});
}

/** Everything but the display conditions, as JSON: properties join only when this is equal. */
function restKey(property: INodeProperties): string {
	const { displayOptions: _displayOptions, ...rest } = property;
	return json(rest);
}

/**
 * Properties that are alike but for one display condition (one operation list, or one node
 * version) become one property. n8n-core resolves a parameter's expressions once for every
 * top-level property of that name, displayed or not, for each item before the first request; a
 * copy per operation costs every item an evaluation more. A copy is folded into the earlier one
 * only when nothing shown with it sits between them, so no form changes order. Candidates are
 * looked up by their key (every test file and n8n build the description: it must stay cheap).
 */
export function mergeAlike(properties: INodeProperties[]): INodeProperties[] {
	const merged: INodeProperties[] = [];
	const byKey = new Map<string, number[]>();
	for (const property of properties) {
		const show = property.displayOptions?.show;
		const joinable = show && !property.displayOptions?.hide;
		const key = joinable ? restKey(property) : undefined;
		let index = -1;
		let condition: string | undefined;
		for (const candidate of (key && byKey.get(key)) || []) {
			const earlier = merged[candidate].displayOptions;
			condition = earlier?.show && !earlier.hide ? soleDifference(earlier.show, show as Show) : undefined;
			if (condition) {
				index = candidate;
				break;
			}
		}
		if (!show || !condition || merged.slice(index + 1).some((other) => shownTogether(show, other.displayOptions?.show ?? {}))) {
			if (key) byKey.set(key, [...(byKey.get(key) ?? []), merged.length]);
			merged.push(property);
			continue;
		}
		const earlierShow = merged[index].displayOptions?.show as Show;
		const values = [...(earlierShow[condition] ?? []), ...(show[condition] ?? [])];
		const joined = values.filter((value, i) => values.findIndex((other) => same(other, value)) === i);
		merged[index] = { ...merged[index], displayOptions: { show: { ...earlierShow, [condition]: joined } } };
	}
	return merged;
}
