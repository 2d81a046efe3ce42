#!/usr/bin/env node
// Writes test/conformance/moco-openapi.json: the structural part of MOCO's OpenAPI description that
// the conformance test checks requests against (paths, methods, parameters, request body schemas),
// without prose, examples or responses. Usage: node scripts/openapi-fixture.mjs <moco-openapi.json>
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2];
if (!source) throw new Error('Usage: node scripts/openapi-fixture.mjs <path of MOCO’s OpenAPI description>');
const description = JSON.parse(readFileSync(source, 'utf8'));
const PROSE = new Set(['description', 'example', 'examples', 'title', 'summary', 'externalDocs', 'deprecated']);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** A schema without prose; names under `properties` are field names, kept as they are. */
function schema(node) {
	if (Array.isArray(node)) return node.map(schema);
	if (node === null || typeof node !== 'object') return node;
	if (typeof node.$ref === 'string') return schema(node.$ref.split('/').slice(1).reduce((at, key) => at[key], description));
	const kept = {};
	for (const [key, value] of Object.entries(node)) {
		if (PROSE.has(key)) continue;
		kept[key] = key === 'properties' ? Object.fromEntries(Object.entries(value).map(([name, field]) => [name, schema(field)])) : schema(value);
	}
	return kept;
}

const parameter = (p) => schema(p.$ref ? p : { in: p.in, name: p.name, required: p.required, schema: p.schema, style: p.style, explode: p.explode });
const paths = {};
for (const [path, item] of Object.entries(description.paths)) {
	for (const method of METHODS.filter((m) => item[m])) {
		const operation = item[method];
		const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(parameter);
		const body = Object.fromEntries(Object.entries(operation.requestBody?.content ?? {}).map(([type, media]) => [type, schema(media.schema ?? {})]));
		paths[path] ??= {};
		paths[path][method] = { ...(parameters.length ? { parameters } : {}), ...(Object.keys(body).length ? { requestBody: body } : {}) };
	}
}
const note = `Structural part of MOCO's OpenAPI description ${description.info?.title ?? ''} ${description.info?.version ?? ''}, made by scripts/openapi-fixture.mjs`;
writeFileSync(new URL('../test/conformance/moco-openapi.json', import.meta.url), `${JSON.stringify({ note, paths }, null, '\t')}\n`);
