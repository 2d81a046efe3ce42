'use strict';
// What `npm start` does through n8n's REST API once n8n answers: sign in its owner, install the package.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { PACKAGE_NAME } = require('./installPackage.cjs');

/** The owner account: created on the first start (kept in the user folder), else read from there. */
async function signInOwner(rest, userFolder) {
	const file = path.join(userFolder, 'moco-dev-owner.json');
	const settings = await rest.ok('GET', '/rest/settings');
	const ownerExists = settings.userManagement?.showSetupOnFirstLoad === false;
	if (!ownerExists) {
		const owner = { email: 'owner@n8n-nodes-moco.local', firstName: 'Dev', lastName: 'Owner', password: `Moco-${crypto.randomBytes(9).toString('base64url')}1` };
		await rest.setupOwner(owner);
		fs.writeFileSync(file, JSON.stringify(owner, null, 2), { mode: 0o600 });
		await rest.login(owner);
		return { owner, created: true, file };
	}
	if (!fs.existsSync(file)) return { owner: undefined, created: false, file };
	const owner = JSON.parse(fs.readFileSync(file, 'utf8'));
	try {
		await rest.login(owner);
		return { owner, created: false, file };
	} catch {
		return { owner: undefined, created: false, file }; // the owner changed the password
	}
}

/** Settings > Community Nodes' route: the build just published replaces any earlier install. */
async function installThroughCommunityNodes(rest) {
	const installed = await rest.ok('GET', '/rest/community-packages');
	if (installed.some((p) => p.packageName === PACKAGE_NAME)) {
		await rest.ok('DELETE', `/rest/community-packages?name=${encodeURIComponent(PACKAGE_NAME)}`);
	}
	return rest.ok('POST', '/rest/community-packages', { name: PACKAGE_NAME });
}

module.exports = { signInOwner, installThroughCommunityNodes };
