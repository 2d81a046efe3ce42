'use strict';
// Removes the tarball the global setup packed (each test removes its own n8n user folder).
const fs = require('node:fs');
const path = require('node:path');

module.exports = async function globalTeardown() {
	const tarball = process.env.MOCO_E2E_TARBALL;
	if (tarball) fs.rmSync(path.dirname(tarball), { recursive: true, force: true });
};
