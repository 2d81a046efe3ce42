#!/usr/bin/env node
// n8n's verification scanner (@n8n/scan-community-package) without its network legs: the same
// ESLint rule sets, built by the scanner's own buildScanConfig, over the packed tarball (compiled
// .js and package.json, as it lints the published artifact) and over the source (as it lints the
// commit the provenance statement attests). The provenance and download legs need a real publish:
// README "Release".
//
//   node scripts/scan-rules.mjs                    pack this repository, scan tarball and source
//   node scripts/scan-rules.mjs --source DIR       scan only DIR as source (tests use a fixture)
//   node scripts/scan-rules.mjs --tarball FILE     scan only an existing tarball
//
// Prints one JSON line {legs: [{leg, passed, files, findings: [{file, line, rule, message}]}]};
// exits 1 when a leg has a finding.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import glob from 'fast-glob';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// eslint-plugin-n8n-nodes-base treats every file as "Test.node.ts" when NODE_ENV is "test" (as
// under jest), which turns its filename rules into false findings.
delete process.env.NODE_ENV;
// The scanner makes a temporary folder when it is imported; ours holds the unpacked tarball.
const { buildScanConfig, SOURCE_FILE_PATTERNS } = await import('@n8n/scan-community-package/scanner/scanner.mjs');
/** The scanner's tarball leg: compiled JavaScript and the published package.json. */
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

/** Like the scanner's analyzePackage, but keeps each finding's rule id and words. */
async function lint(leg, dir, patterns) {
	const eslint = new ESLint({ cwd: dir, allowInlineConfig: false, overrideConfigFile: true, overrideConfig: await buildScanConfig() });
	const files = glob.sync(patterns, { cwd: dir, absolute: true, ignore: ['node_modules/**', '**/package-lock.json'] });
	const results = files.length ? await eslint.lintFiles(files) : [];
	const findings = results.flatMap((result) =>
		result.messages
			.filter((m) => m.severity === 2)
			.map((m) => ({ file: path.relative(dir, result.filePath), line: m.line, rule: m.ruleId, message: m.message })),
	);
	return { leg, passed: findings.length === 0, files: files.map((f) => path.relative(dir, f)).sort(), findings };
}

function unpack(tarball) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-scan-'));
	execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
	return dir;
}

function pack() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-scan-pack-'));
	const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
	const [info] = JSON.parse(out.slice(out.indexOf('[')));
	return { tarball: path.join(dir, info.filename), dir };
}

async function main(argv) {
	const legs = [];
	const cleanup = [];
	try {
		const source = argv.includes('--source') ? path.resolve(argv[argv.indexOf('--source') + 1]) : undefined;
		let tarball = argv.includes('--tarball') ? path.resolve(argv[argv.indexOf('--tarball') + 1]) : undefined;
		if (!source && !tarball) {
			const packed = pack();
			cleanup.push(packed.dir);
			tarball = packed.tarball;
		}
		if (tarball) {
			const dir = unpack(tarball);
			cleanup.push(dir);
			legs.push(await lint('tarball', dir, TARBALL_FILE_PATTERNS));
		}
		if (source || !argv.includes('--tarball')) legs.push(await lint('source', source ?? ROOT, SOURCE_FILE_PATTERNS));
	} finally {
		for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true });
	}
	process.stdout.write(`${JSON.stringify({ legs })}\n`);
	for (const leg of legs) {
		for (const f of leg.findings) process.stderr.write(`[scan ${leg.leg}] ${f.file}:${f.line} ${f.rule}: ${f.message}\n`);
	}
	process.exit(legs.every((leg) => leg.passed) ? 0 : 1);
}

await main(process.argv.slice(2));
