/**
 * Drives n8n's editor in Debian's chromium (playwright-core, no bundled browser): sign in through
 * the login form, open a workflow, open the MOCO node, open "Team Name or ID" and read the options;
 * install a package from Settings > Community Nodes.
 */
import path from 'node:path';

import { chromium, type Page } from 'playwright-core';

export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export interface EditorCheck {
	baseUrl: string;
	workflowId: string;
	owner: { email: string; password: string };
	chromium: string;
	screenshots: string;
	nodeName?: string;
	/** A team to pick from the dropdown before running the node with "Execute step". */
	pickTeam: string;
}

export interface EditorResult {
	/** Option labels of the open "Team Name or ID" dropdown. */
	teams: string[];
	/** Text of the node's output panel after "Execute step". */
	output: string;
}

async function shot(page: Page, dir: string, name: string): Promise<void> {
	await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false }).catch(() => undefined);
}

type Step = <T>(name: string, action: () => Promise<T>) => Promise<T>;

/** A headless chromium page; `step` screenshots each step (and a failing one, then rethrows). */
async function withPage<T>(check: { chromium: string; screenshots: string }, run: (page: Page, step: Step) => Promise<T>): Promise<T> {
	const browser = await chromium.launch({ executablePath: check.chromium, args: CHROMIUM_FLAGS, headless: true });
	const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	page.setDefaultTimeout(45_000);
	const step: Step = async (name, action) => {
		try {
			const result = await action();
			await shot(page, check.screenshots, name);
			return result;
		} catch (error) {
			await shot(page, check.screenshots, `${name}-FAILED`);
			throw new Error(`editor step "${name}" failed: ${String(error)}`);
		}
	};
	try {
		return await run(page, step);
	} finally {
		await browser.close();
	}
}

async function signIn(page: Page, baseUrl: string, owner: { email: string; password: string }): Promise<void> {
	await page.goto(`${baseUrl}/signin`);
	await page.locator('input[type="email"], input[name="emailOrLdapLoginId"], input[name="email"]').first().fill(owner.email);
	await page.locator('input[type="password"]').first().fill(owner.password);
	await page.locator('[data-test-id="form-submit-button"], button[type="submit"]').first().click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

/** Opens "Team Name or ID", reads its options, picks `pickTeam` and runs the node. */
export async function checkTeamDropdown(check: EditorCheck): Promise<EditorResult> {
	return withPage(check, async (page, step) => {
		await step('01-signin', () => signIn(page, check.baseUrl, check.owner));
		const nodeName = check.nodeName ?? 'MOCO';
		const node = page.locator('[data-test-id="canvas-node"]').filter({ hasText: nodeName }).first();
		await step('02-workflow', async () => {
			await page.goto(`${check.baseUrl}/workflow/${check.workflowId}`);
			await node.waitFor({ state: 'visible', timeout: 90_000 });
		});
		const input = page.locator('[data-test-id="parameter-input-unitId"]');
		await step('03-node-open', async () => {
			await node.dblclick();
			await input.waitFor({ state: 'visible' });
		});
		const options = page.locator('.el-select-dropdown:visible .el-select-dropdown__item');
		const teams = await step('04-team-dropdown', async () => {
			// The select stays disabled until its first load-options request has answered.
			const select = input.locator('input:not([disabled])').first();
			await select.waitFor({ state: 'visible' });
			await select.click();
			await options.first().waitFor({ state: 'visible' });
			// Options arrive from the load-options request; wait until the list stops growing.
			let count = -1;
			for (let i = 0; i < 20 && count !== (await options.count()); i++) {
				count = await options.count();
				await page.waitForTimeout(250);
			}
			return (await options.allInnerTexts()).map((text) => text.split('\n')[0].trim()).filter(Boolean);
		});
		const output = await step('05-executed', async () => {
			await options.getByText(check.pickTeam, { exact: true }).click();
			await page.locator('[data-test-id="node-execute-button"]').first().click();
			const panel = page.locator('[data-test-id="output-panel"]');
			await panel.getByText('1 item').first().waitFor({ state: 'visible' });
			await panel.locator('table td').first().waitFor({ state: 'visible' });
			return await panel.innerText();
		});
		return { teams, output };
	});
}

/**
 * Settings > Community Nodes > Install, as a user does it: enter the package name, tick the
 * risk agreement, install; returns the text of the package's card.
 */
export async function installFromSettings(check: {
	baseUrl: string;
	owner: { email: string; password: string };
	chromium: string;
	screenshots: string;
	packageName: string;
}): Promise<string> {
	return withPage(check, async (page, step) => {
		await step('settings-01-signin', () => signIn(page, check.baseUrl, check.owner));
		await step('settings-02-community-nodes', async () => {
			await page.goto(`${check.baseUrl}/settings/community-nodes`);
			await page.getByRole('button', { name: /install/i }).first().click();
		});
		await step('settings-03-install-dialog', async () => {
			// The test id sits on the input itself in n8n 2.41 (on its wrapper in older editors).
			await page.locator('input[data-test-id="package-name-input"], [data-test-id="package-name-input"] input').first().fill(check.packageName);
			await page.getByText('I understand the risks', { exact: false }).click();
		});
		return step('settings-04-installed', async () => {
			await page.locator('[data-test-id="install-community-package-button"]').click();
			const card = page.locator('[data-test-id="community-package-card"]').filter({ hasText: check.packageName });
			await card.waitFor({ state: 'visible', timeout: 90_000 });
			return await card.innerText();
		});
	});
}
