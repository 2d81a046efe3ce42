// n8n's verification scanner's rule sets (scripts/scan-rules.mjs runs them as the scanner builds
// them) over the packed tarball and the source: a finding fails with the rule's own words.
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

interface Leg {
	leg: 'tarball' | 'source';
	passed: boolean;
	files: string[];
	findings: Array<{ file: string; line: number; rule: string; message: string }>;
}

const root = join(__dirname, '..');

function scan(...args: string[]): { legs: Leg[]; status: number | null } {
	const run = spawnSync(process.execPath, ['scripts/scan-rules.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
	if (!run.stdout.trim()) throw new Error(`scan-rules printed nothing:\n${run.stderr}`);
	return { legs: (JSON.parse(run.stdout) as { legs: Leg[] }).legs, status: run.status };
}

const words = (leg: Leg) => leg.findings.map((f) => `${leg.leg} ${f.file}:${f.line} ${f.rule}: ${f.message}`);

test('the packed tarball and the source pass every rule of the scanner', () => {
	const { legs, status } = scan();
	expect(legs.map((leg) => leg.leg)).toEqual(['tarball', 'source']);
	const [tarball, source] = legs;
	expect(tarball.files).toEqual(expect.arrayContaining(['package.json', 'dist/nodes/Moco/Moco.node.js', 'dist/credentials/MocoApi.credentials.js']));
	expect(source.files).toEqual(expect.arrayContaining(['package.json', 'nodes/Moco/Moco.node.ts', 'credentials/MocoApi.credentials.ts']));
	expect(legs.flatMap(words)).toEqual([]);
	expect(status).toBe(0);
}, 120_000);

test('a finding fails the scan with the rule and its words', () => {
	const dir = mkdtempSync(join(tmpdir(), 'moco-scan-fixture-'));
	try {
		mkdirSync(join(dir, 'nodes', 'Leaky'), { recursive: true });
		writeFileSync(
			join(dir, 'package.json'),
			JSON.stringify({ name: 'n8n-nodes-leaky', version: '0.0.1', license: 'MIT', overrides: { x: '1.0.0' }, peerDependencies: { 'n8n-workflow': '*' } }),
		);
		writeFileSync(join(dir, 'nodes', 'Leaky', 'helper.ts'), "import { execSync } from 'child_process';\nconsole.log(execSync('id'));\n");
		const { legs, status } = scan('--source', dir);
		expect(status).toBe(1);
		const found = legs.flatMap(words).join('\n');
		expect(found).toContain('no-console');
		expect(found).toContain('@n8n/community-nodes/no-overrides-field: The "overrides" field is not allowed in community node packages');
		expect(found).toMatch(/nodes\/Leaky\/helper\.ts:1 @n8n\/community-nodes\/[\w-]+: .*child_process/);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}, 120_000);
