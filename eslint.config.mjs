// n8n's two gates side by side: the classic nodes-base rules and the verification scanner's rules.
import tsParser from '@typescript-eslint/parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import communityNodes from '@n8n/eslint-plugin-community-nodes';

const base = (set) => n8nNodesBase.configs[set].rules;

export default [
	{ ignores: ['dist/**', 'node_modules/**', '.cache/**', '.n8n/**', '.n8n-test/**', 'artifacts/**', 'coverage/**', 'gulpfile.js'] },
	{
		files: ['**/*.ts', 'package.json'],
		languageOptions: { parser: tsParser, parserOptions: { sourceType: 'module' } },
	},
	{
		files: ['package.json'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: base('community'),
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...base('credentials'),
			// Meant for n8n's own repository, where documentationUrl is a docs slug, not a URL.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...base('nodes'),
			// The scanner below wants NodeConnectionTypes.Main where these want the literal 'main'.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts', 'package.json'],
		...communityNodes.configs.recommended,
	},
];
