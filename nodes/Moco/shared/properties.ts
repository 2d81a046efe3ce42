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
		const show = property.displayOptions?.show;
		const index = merged.findIndex((earlier) => joinedBy(earlier, property) !== undefined);
		const key = index < 0 ? undefined : joinedBy(merged[index], property);
		if (!show || !key || merged.slice(index + 1).some((other) => shownTogether(show, other.displayOptions?.show ?? {}))) {
			merged.push(property);
			continue;
		}
		const earlierShow = merged[index].displayOptions?.show as Show;
		const values = [...(earlierShow[key] ?? []), ...(show[key] ?? [])];
		const joined = values.filter((value, i) => values.findIndex((other) => json(other) === json(value)) === i);
		merged[index] = { ...merged[index], displayOptions: { show: { ...earlierShow, [key]: joined } } };
	}
	return merged;
}

/** The condition two properties could be joined by: alike in all else, neither with a `hide`. */
function joinedBy(earlier: INodeProperties, property: INodeProperties): string | undefined {
	const { displayOptions: earlierOptions, ...earlierRest } = earlier;
	const { displayOptions: options, ...rest } = property;
	if (!earlierOptions?.show || !options?.show || earlierOptions.hide || options.hide || json(earlierRest) !== json(rest)) return undefined;
	return soleDifference(earlierOptions.show, options.show);
}
