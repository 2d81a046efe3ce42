import { invalidInput } from '../../../shared/errors';
import type { FieldRow } from '../../../shared/fieldTable';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { TAG_CONTEXTS, tagRecord } from './record';

const contexts = TAG_CONTEXTS.map((context) => ({ name: context, value: context }));

const context: FieldRow = {
	name: 'context',
	displayName: 'Context',
	api: 'context',
	kind: 'enum',
	options: contexts,
	required: true,
	// MOCO fixes a tag's context when it is created.
	update: false,
	description: 'The kind of record the tag is for; it cannot be changed later',
};

/** `#f97316`: MOCO takes a color as a hex code only. */
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A tag definition (`/tags`): its name and color, within one context. */
export const tag: ResourceSpec = {
	value: 'tag',
	record: tagRecord,
	fields: [
		{ name: 'name', displayName: 'Name', api: 'name', kind: 'text', required: true, placeholder: 'e.g. Important' },
		context,
		{ name: 'color', displayName: 'Color', api: 'color', kind: 'text', placeholder: 'e.g. #f97316', description: 'A hex color code. Empty on create: grey.' },
	],
	filters: [{ ...context, required: false, update: undefined, description: 'Only the tags of this kind of record' }, ...GLOBAL_FILTERS],
	check({ fields }) {
		if (typeof fields.color === 'string' && !HEX_COLOR.test(fields.color)) {
			throw invalidInput(this.getNode(), this.getItemIndex(), 'Color', `must be a hex color code like #f97316, not ${JSON.stringify(fields.color)}`);
		}
	},
};

/** Delete's option: the tag the deleted one's records get instead. */
export const mergeInto: FieldRow = {
	name: 'mergeTagId',
	displayName: 'Merge Into',
	api: 'merge_tag_id',
	kind: 'reference',
	record: tagRecord,
	description: 'A tag of the same context that the records tagged with the deleted tag get instead',
};
