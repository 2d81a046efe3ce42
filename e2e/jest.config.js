/**
 * End-to-end tests against a real n8n (`npm run test:e2e`). Separate from the unit tests: they
 * need Node 24 + n8n (provisioned into .cache/ by the global setup) and a browser, and take minutes.
 * @type {import('jest').Config}
 */
module.exports = {
	rootDir: '..',
	roots: ['<rootDir>/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	preset: 'ts-jest',
	testEnvironment: 'node',
	globalSetup: '<rootDir>/e2e/global-setup.cjs',
	globalTeardown: '<rootDir>/e2e/global-teardown.cjs',
	// One n8n at a time on a 2-core machine.
	maxWorkers: 1,
	testTimeout: 180_000,
	verbose: true,
};
