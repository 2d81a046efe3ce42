import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions, PreSendAction } from 'n8n-workflow';

import { invalidInput } from './errors';
import { asBase64, checkInputFile, readInputFile, type InputFile } from './files';
import type { Show } from './locator';
import { param } from './scope';

/**
 * A file a record may carry (a comment's attachment, an avatar), taken from an input item's binary
 * field when the user names one; left empty, nothing about the file is sent.
 */
export interface OptionalFile {
	/** The parameter naming the binary field, e.g. 'attachmentBinaryField'. */
	param: string;
	displayName: string;
	description: string;
	/** Puts the file into the JSON body as MOCO takes it. */
	put: (body: IDataObject, file: InputFile) => void;
	/** MOCO's size limit, if it has one. */
	maxBytes?: number;
}

export function optionalFileField(file: OptionalFile, show: Show): INodeProperties {
	return { displayName: file.displayName, name: file.param, type: 'string', default: '', placeholder: 'e.g. data', description: file.description, displayOptions: { show } };
}

/** Whether the item names a binary field for the file (empty: nothing about the file is sent). */
export const fileNamed = (context: IExecuteSingleFunctions, file: OptionalFile) => String(param.call(context, file.param, '') ?? '').trim() !== '';

/** Before any look-up: the named field holds a file. After the form's body is built: the file goes in. */
function fileActions(file: OptionalFile): { check: PreSendAction; attach: PreSendAction } {
	return {
		async check(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
			if (fileNamed(this, file)) checkInputFile.call(this, { param: file.param, label: file.displayName });
			return requestOptions;
		},
		async attach(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
			if (!fileNamed(this, file)) return requestOptions;
			const input = await readInputFile.call(this, { param: file.param, label: file.displayName });
			if (file.maxBytes !== undefined && input.data.length > file.maxBytes) {
				const limit = `${Math.round(file.maxBytes / 1024)} KB`;
				throw invalidInput(this.getNode(), this.getItemIndex(), file.displayName, `names a file of ${Math.ceil(input.data.length / 1024)} KB; MOCO takes at most ${limit}`);
			}
			const body = { ...((requestOptions.body ?? {}) as IDataObject) };
			file.put(body, input);
			return { ...requestOptions, body };
		},
	};
}

/** The operations given take the file: its check runs first, its upload last. */
export function withOptionalFile(options: INodePropertyOptions[], operations: string[], file: OptionalFile): INodePropertyOptions[] {
	const { check, attach } = fileActions(file);
	return options.map((option) => {
		if (!operations.includes(String(option.value)) || !option.routing) return option;
		const preSend = option.routing.send?.preSend ?? [];
		return { ...option, routing: { ...option.routing, send: { ...option.routing.send, preSend: [check, ...preSend, attach] } } };
	});
}

/** A person's picture, as MOCO takes it on users and contacts: `avatar: {filename, base64}`. */
export const avatarFile = (maxBytes?: number): OptionalFile => ({
	param: 'avatarBinaryField',
	displayName: 'Avatar From Binary Field',
	description: `The binary field of the input item holding the picture, e.g. "data"${maxBytes ? ` (under ${Math.round(maxBytes / 1024)} KB)` : ''}. Empty: no picture is sent.`,
	put: (body, file) => {
		body.avatar = asBase64(file);
	},
	maxBytes,
});
