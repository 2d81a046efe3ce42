// What n8n's verification checks on the published package, checked on the real `npm pack`.
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..');
const pkg = require('../package.json') as Record<string, unknown> & { n8n: { nodes: string[]; credentials: string[] } };

test('the tarball holds only dist, README, LICENSE and package.json', () => {
	const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as Array<{
		files: Array<{ path: string }>;
	}>;
	const files = pack.files.map((file) => file.path);

	expect(files.filter((file) => !file.startsWith('dist/')).sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
	const codexes = pkg.n8n.nodes.map((node) => node.replace(/\.js$/, '.json'));
	for (const entry of [...pkg.n8n.nodes, ...codexes, ...pkg.n8n.credentials, 'dist/nodes/Moco/moco.svg', 'dist/nodes/Moco/moco.dark.svg']) {
		expect(files).toContain(entry);
	}
});

test('no runtime dependencies; n8n-workflow only as a peer', () => {
	expect(pkg.dependencies).toBeUndefined();
	expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
	for (const lifecycle of ['preinstall', 'install', 'postinstall', 'prepare']) {
		expect(pkg.scripts).not.toHaveProperty(lifecycle);
	}
});

test('every node has a codex naming it; documentation links have no #fragment: n8n appends its ?utm query after the URL, which breaks an anchor', () => {
	for (const node of pkg.n8n.nodes) {
		const name = node.split('/').pop()!.replace('.node.js', '');
		const codex = JSON.parse(readFileSync(join(root, node.replace(/^dist\//, '').replace(/\.js$/, '.json')), 'utf8')) as { node: string; resources: Record<string, Array<{ url: string }>> };
		expect(codex.node).toBe(`${pkg.name as string}.${name[0].toLowerCase()}${name.slice(1)}`);
		const urls = Object.values(codex.resources).flat().map((link) => link.url);
		expect(urls.some((url) => url.startsWith(pkg.homepage as string))).toBe(true);
		for (const url of urls) {
			expect(new URL(url).hash).toBe('');
			expect(new URL(url).protocol).toBe('https:');
		}
	}
	expect(require('../nodes/Moco/Moco.node.json').resources.primaryDocumentation[0].url).toBe(pkg.homepage);
});

test('CI runs .ci/run; a version tag publishes with provenance, after the tests', () => {
	const read = (name: string) => readFileSync(join(root, '.github', 'workflows', name), 'utf8');
	expect(read('ci.yml')).toMatch(/^\s+- run: \.ci\/run$/m);
	const publish = read('publish.yml');
	expect(publish).toMatch(/tags: \['v\*\.\*\.\*'\]/);
	expect(publish).toMatch(/^\s+id-token: write/m);
	expect(publish).toMatch(/^\s+needs: test$/m);
	expect(publish).toMatch(/^\s+- run: \.ci\/run$/m);
	expect(publish).toMatch(/^\s+- run: npm publish --provenance/m);
});
