import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { invalidInput, itemError, runsAsTool, sayForStatus, type StatusWords } from './errors';
import { paramOf, type RecordType, type Show } from './locator';
import { routes, type ResourceSpec, type Step } from './pipeline';
import { pickedRecordId } from './resolve';
import { mocoApiRequest } from './transport';
import { param } from './scope';

/** n8n's own name for the binary field a file goes to or comes from. */
export const FILE_PARAM = 'binaryPropertyName';

/** "Put Output File in Field" (a download) or "Input Binary Field" (an upload), as n8n's nodes call them. */
export function fileField(direction: 'out' | 'in', show: Show): INodeProperties {
	return {
		displayName: direction === 'out' ? 'Put Output File in Field' : 'Input Binary Field',
		name: FILE_PARAM,
		type: 'string',
		default: 'data',
		required: true,
		hint: direction === 'out' ? 'The name of the output binary field to put the file in' : 'The name of the input binary field containing the file to upload',
		description:
			direction === 'out'
				? 'The binary field of the output item the document goes to. An AI model cannot receive files: as a tool this operation returns only a description of the file.'
				: 'The binary field of the input item that holds the file, e.g. "data" from Read/Write Files from Disk or an HTTP Request. A file cannot come from an AI model.',
		displayOptions: { show },
	};
}

/** The binary field's name, checked before any request. */
function fieldName(this: IExecuteSingleFunctions, label: string, name = FILE_PARAM): string {
	const raw = param.call(this, name, 'data');
	if (typeof raw !== 'string' || raw.trim() === '') throw invalidInput(this.getNode(), this.getItemIndex(), label, 'must be the name of a binary field, like data');
	return raw.trim();
}

// ---- a MOCO document out as an n8n file -------------------------------------------------------------

/** Words for the statuses a document download answers with, beside MOCO's own text. */
export const DOCUMENT_WORDS: StatusWords = {
	423: { what: 'MOCO has not finished this document yet', advice: 'MOCO renders documents in the background: run this item again in a minute.' },
};

/**
 * preSend of a download: the answer is read as bytes (as text a PDF would be corrupted), the
 * statuses read in the operation's words, the output field checked before anything is sent.
 */
export function expectFile(words: StatusWords = {}): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		fieldName.call(this, 'Put Output File in Field');
		sayForStatus(this, { ...DOCUMENT_WORDS, ...words });
		return { ...requestOptions, encoding: 'arraybuffer', headers: { ...(requestOptions.headers ?? {}), Accept: 'application/pdf' } };
	};
}

/** The file name MOCO gives in Content-Disposition (RFC 6266: `filename*` wins), without any folder. */
export function fileNameOf(disposition: unknown): string | undefined {
	if (typeof disposition !== 'string') return undefined;
	const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
	let name: string | undefined;
	if (extended) {
		try {
			name = decodeURIComponent(extended[2].trim());
		} catch {
			name = undefined;
		}
	}
	name ??= /filename\s*=\s*(?:"((?:\\.|[^"\\])*)"|([^;]+))/i.exec(disposition)?.slice(1).find((part) => part !== undefined)?.replace(/\\(.)/g, '$1').trim();
	const base = name?.split(/[\\/]/).pop()?.trim();
	return base ? base : undefined;
}

/**
 * postReceive of a download (after the status check): one item whose binary field holds MOCO's
 * bytes unchanged, under MOCO's file name or else `<identifier><suffix>.pdf`, and whose json
 * names the record. As an AI Agent's tool the json says that the file itself cannot reach the model.
 */
export function fileOutput(record: RecordType, document: { name: string; suffix?: string }): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
		const bytes = Buffer.isBuffer(response.body) ? response.body : Buffer.from(typeof response.body === 'string' ? response.body : '');
		const itemIndex = this.getItemIndex();
		if (bytes.length === 0) {
			throw itemError(this.getNode(), itemIndex, `MOCO sent an empty ${document.name} (item ${itemIndex})`, `Item ${itemIndex}: run it again later; if it stays empty, open the ${record.noun} in MOCO.`);
		}
		const id = await pickedRecordId.call(this, record);
		const fileName = fileNameOf(response.headers['content-disposition']) ?? `${await fallbackName.call(this, record, id)}${document.suffix ?? ''}.pdf`;
		const mimeType = String(response.headers['content-type'] ?? 'application/pdf').split(';')[0].trim() || 'application/pdf';
		const property = fieldName.call(this, 'Put Output File in Field');
		const json: IDataObject = { [paramOf(record)]: id, document: document.name, fileName, mimeType, fileSize: bytes.length, binaryProperty: property };
		if (runsAsTool(this.getNode())) {
			json.note = `The ${document.name} was downloaded as the file ${fileName} (${bytes.length} bytes), but an AI model cannot receive files: only this description reaches you. Later nodes of the workflow find the file in the binary field "${property}".`;
		}
		return [{ json, binary: { [property]: await this.helpers.prepareBinaryData(bytes, fileName, mimeType) } }];
	};
}

/** Without MOCO's file name: the record's key (an invoice number), else `<noun>-<id>`. */
async function fallbackName(this: IExecuteSingleFunctions, record: RecordType, id: number): Promise<string> {
	const key = record.key;
	const picked = param.call(this, paramOf(record), {}) as IDataObject;
	if (key && picked.mode === key.mode && typeof picked.value === 'string') return safeName(picked.value) ?? `${record.noun}-${id}`;
	const found = key ? (await mocoApiRequest.call(this, 'GET', `${record.path}/${id}`)).body : undefined;
	const value = found && typeof found === 'object' ? (found as IDataObject)[key?.field as string] : undefined;
	return (typeof value === 'string' ? safeName(value) : undefined) ?? `${record.noun.replace(/\s+/g, '-')}-${id}`;
}

const safeName = (text: string) => text.trim().replace(/[\\/:*?"<>|]+/g, '-') || undefined;

// ---- an input file in -------------------------------------------------------------------------------

export interface InputFile {
	fileName: string;
	mimeType: string;
	data: Buffer;
}

/** A binary field named by another form field than Input Binary Field (a Create's optional document). */
export interface NamedFileField {
	name: string;
	label: string;
}

/** Where an input file is: a binary field named outright (a form's row), or by a parameter (Input Binary Field unless said). */
export type FileSource = NamedFileField | { param: string; label: string };

/** Checks, before any request, that the item has the file the form names; a tool call never has one. */
export function checkInputFile(this: IExecuteSingleFunctions, source?: FileSource): string {
	const label = source?.label ?? 'Input Binary Field';
	const name = source && 'name' in source ? source.name.trim() : fieldName.call(this, label, source?.param);
	const itemIndex = this.getItemIndex();
	const binary = this.getInputData().binary ?? {};
	if (binary[name]) return name;
	if (runsAsTool(this.getNode())) {
		throw invalidInput(this.getNode(), itemIndex, label, `names "${name}", but an AI model cannot hand over files: upload the file in a workflow (e.g. after Read/Write Files from Disk or an HTTP Request), not through the agent`);
	}
	const present = Object.keys(binary);
	const has = present.length > 0 ? `it has ${present.map((field) => `"${field}"`).join(', ')}` : 'it has no file at all';
	throw invalidInput(this.getNode(), itemIndex, label, `names "${name}", but item ${itemIndex} has no file there (${has})`);
}

/** The item's file, its bytes exactly as stored (filesystem or S3 binary storage alike). */
export async function readInputFile(this: IExecuteSingleFunctions, source?: FileSource): Promise<InputFile> {
	const name = checkInputFile.call(this, source);
	const binary = this.helpers.assertBinaryData(name);
	const data = await this.helpers.getBinaryDataBuffer(name);
	const extension = binary.fileExtension ? `.${binary.fileExtension}` : '';
	return { fileName: binary.fileName ?? `${name}${extension}`, mimeType: binary.mimeType || 'application/octet-stream', data };
}

/** MOCO's JSON upload: `{filename, base64}`. */
export const asBase64 = (file: InputFile): IDataObject => ({ filename: file.fileName, base64: file.data.toString('base64') });

/**
 * MOCO's form upload: text fields and the file as multipart/form-data, with Node's own FormData.
 * The node's default `Content-Type: application/json` is dropped, or the form would be sent as JSON;
 * the form sets its own type with the boundary.
 */
export function asForm(requestOptions: IHttpRequestOptions, fields: Record<string, string | number | boolean>, file: InputFile & { field: string }): IHttpRequestOptions {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
	form.append(file.field, new Blob([new Uint8Array(file.data)], { type: file.mimeType }), file.fileName);
	const headers = Object.fromEntries(Object.entries(requestOptions.headers ?? {}).filter(([header]) => header.toLowerCase() !== 'content-type'));
	return { ...requestOptions, headers, body: form };
}

/**
 * The routing of a download (`GET <record>/{id}.pdf`): the step's fields go into the query, the
 * answer comes out as a file; `words` say what a status means for this document.
 */
export function downloadRoute(spec: ResourceSpec, suffix: string, step: Step, document: { name: string; suffix?: string }, words: StatusWords = {}) {
	const base = routes.action(spec, 'GET', suffix, { ...step, into: 'qs' }, [fileOutput(spec.record, document)]);
	return { ...base, send: { preSend: [expectFile(words), ...(base.send?.preSend ?? [])] } };
}
