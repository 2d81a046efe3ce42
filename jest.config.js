/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	setupFiles: ['<rootDir>/test/harness/env.ts'],
	setupFilesAfterEnv: ['<rootDir>/test/harness/nockPerFile.ts'],
	// Counted, not timed: a run of 50 items through n8n-core takes seconds on a loaded machine.
	testTimeout: 30000,
};
