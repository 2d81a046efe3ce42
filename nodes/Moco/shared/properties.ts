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
		return !others || !values || others.some((value) => values.some((own) => json(own) === json(value)));
	});
}

/**
 * Properties that are alike but for one display condition (one operation list, or one node
 * version) become one property. n8n-core resolves a parameter's expressions once for every
 * top-level property of that name, displayed or not, for each item before the first request; a
 * copy per operation costs every item an evaluation more. A copy is folded into the earlier one
 * only when nothing shown with it sits between them, so no form changes order.
 */
export function mergeAlike(properties: INodeProperties[]): INodeProperties[] {
	const merged: INodeProperties[] = [];
	for (const property of properties) {
		const { displayOptions, ...rest } = property;
		const show = displayOptions?.show;
		const index = show && !displayOptions.hide ? merged.findIndex((earlier) => alike(earlier, rest, show)) : -1;
		const earlier = merged[index];
		const key = earlier ? soleDifference(earlier.displayOptions?.show as Show, show as Show) : undefined;
		const between = merged.slice(index + 1);
		if (!earlier || !key || between.some((other) => shownTogether(show as Show, other.displayOptions?.show ?? {}))) {
			merged.push(property);
			continue;
		}
		const earlierShow = earlier.displayOptions?.show as Show;
		const values = [...(earlierShow[key] ?? []), ...((show as Show)[key] ?? [])];
		merged[index] = { ...earlier, displayOptions: { show: { ...earlierShow, [key]: values.filter((value, i) => values.findIndex((v) => json(v) === json(value)) === i) } } };
	}
	return merged;
}

function alike(earlier: INodeProperties, rest: Omit<INodeProperties, 'displayOptions'>, show: Show): boolean {
	const { displayOptions, ...earlierRest } = earlier;
	return !!displayOptions?.show && !displayOptions.hide && soleDifference(displayOptions.show, show) !== undefined && json(earlierRest) === json(rest);
}
