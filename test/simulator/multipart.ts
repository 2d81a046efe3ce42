/** multipart/form-data as a Rails app reads it: text fields, and files with their exact bytes. */
import type { Body } from './engine';

export type FormPart = { value: string } | { filename: string; contentType: string; data: Buffer };

/** The parts of a form body; a part without a name is ignored. */
export function parseMultipart(raw: Buffer, boundary: string): Record<string, FormPart> {
	const parts: Record<string, FormPart> = {};
	const delimiter = Buffer.from(`--${boundary}`);
	let start = raw.indexOf(delimiter);
	while (start >= 0) {
		const next = raw.indexOf(delimiter, start + delimiter.length);
		if (next < 0) break;
		// Each part: CRLF, headers, blank line, content, CRLF before the next delimiter.
		const part = raw.subarray(start + delimiter.length + 2, next - 2);
		const split = part.indexOf('\r\n\r\n');
		if (split >= 0) {
			const head = part.subarray(0, split).toString('utf8');
			const data = part.subarray(split + 4);
			const name = /name="([^"]*)"/i.exec(head)?.[1];
			const filename = /filename="([^"]*)"/i.exec(head)?.[1];
			const contentType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream';
			if (name !== undefined) parts[name] = filename === undefined ? { value: data.toString('utf8') } : { filename, contentType, data: Buffer.from(data) };
		}
		start = next;
	}
	return parts;
}

/** The form as a handler's body: text fields as strings, files as `{filename, contentType, data}`. */
export function formBody(form: Record<string, FormPart>): Body {
	return Object.fromEntries(Object.entries(form).map(([name, part]) => [name, 'value' in part ? part.value : part]));
}
