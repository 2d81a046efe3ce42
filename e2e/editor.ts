/**
 * Drives n8n's editor in Debian's chromium (playwright-core, no bundled browser): sign in through
 * the login form, open a workflow, open the MOCO node, open "Team Name or ID" and read the options,
 * or read the warnings on a Team field; install a package from Settings > Community Nodes.
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

export interface NodeCheck {
	baseUrl: string;
	workflowId: string;
	owner: { email: string; password: string };
	chromium: string;
	screenshots: string;
	nodeName?: string;
}

export interface EditorCheck extends NodeCheck {
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

export type Step = <T>(name: string, action: () => Promise<T>) => Promise<T>;

/** A headless chromium page; `step` screenshots each step (and a failing one, then rethrows). */
export async function withPage<T>(check: { chromium: string; screenshots: string }, run: (page: Page, step: Step) => Promise<T>): Promise<T> {
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

export async function signIn(page: Page, baseUrl: string, owner: { email: string; password: string }): Promise<void> {
	await page.goto(`${baseUrl}/signin`);
	await page.locator('input[type="email"], input[name="emailOrLdapLoginId"], input[name="email"]').first().fill(owner.email);
	await page.locator('input[type="password"]').first().fill(owner.password);
	await page.locator('[data-test-id="form-submit-button"], button[type="submit"]').first().click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

/** Signs in, opens the workflow and double-clicks the node until `field` shows; `prefix` names the screenshots. */
export async function openNode(page: Page, step: Step, check: NodeCheck, field: string, prefix = '') {
	await step(`${prefix}01-signin`, () => signIn(page, check.baseUrl, check.owner));
	const node = page.locator('[data-test-id="canvas-node"]').filter({ hasText: check.nodeName ?? 'MOCO' }).first();
	await step(`${prefix}02-workflow`, async () => {
		await page.goto(`${check.baseUrl}/workflow/${check.workflowId}`);
		await node.waitFor({ state: 'visible', timeout: 90_000 });
	});
	const input = page.locator(`[data-test-id="parameter-input-${field}"]`).first();
	await step(`${prefix}03-node-open`, async () => {
		await node.dblclick();
		await input.waitFor({ state: 'visible' });
	});
	return input;
}

/** "Execute step" in the open node; the output panel's text once it shows one item. */
export async function executeStep(page: Page): Promise<string> {
	await page.locator('[data-test-id="node-execute-button"]').first().click();
	const panel = page.locator('[data-test-id="output-panel"]');
	await panel.getByText('1 item').first().waitFor({ state: 'visible' });
	await panel.locator('table td').first().waitFor({ state: 'visible' });
	return await panel.innerText();
}

/** Opens "Team Name or ID", reads its options, picks `pickTeam` and runs the node. */
export async function checkTeamDropdown(check: EditorCheck): Promise<EditorResult> {
	return withPage(check, async (page, step) => {
		const input = await openNode(page, step, check, 'unitId');
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
			return executeStep(page);
		});
		return { teams, output };
	});
}

export interface TeamFieldResult {
	/** The issues n8n's editor lists on the Team field (its warning's tooltip), none when it shows no warning. */
	issues: string[];
	/** Warnings anywhere in the node's parameters, the Team field's included. */
	warningsInNode: number;
	/** The output panel after "Execute step", when asked to run. */
	output?: string;
}

/**
 * Opens the node of a workflow whose Team holds an expression and reads the warnings on that
 * field. With `execute`, runs the node first, so the field is read once the panel has settled
 * (n8n has computed its issues by then) and the screenshot shows field and output together.
 */
export async function checkTeamField(check: NodeCheck & { prefix: string; execute: boolean; expectIssues: boolean }): Promise<TeamFieldResult> {
	return withPage(check, async (page, step) => {
		const input = await openNode(page, step, check, 'unitId', `${check.prefix}-`);
		// The innermost parameter item holding the field (Update Fields is an item around it).
		const item = page.locator('[data-test-id="parameter-item"]').filter({ has: input }).last();
		const warning = item.locator('[data-test-id="parameter-issues"]');
		const output = check.execute ? await step(`${check.prefix}-04-executed`, () => executeStep(page)) : undefined;
		return step(`${check.prefix}-05-team-field`, async () => {
			await input.scrollIntoViewIfNeeded();
			if (check.expectIssues) await warning.first().waitFor({ state: 'visible' });
			const warningsInNode = await page.locator('[data-test-id="parameter-issues"]').count();
			if ((await warning.count()) === 0) return { issues: [], warningsInNode, output };
			await warning.first().hover();
			// The tooltip: a title "Issues:" above one line per issue.
			const title = page.getByText('Issues:', { exact: true }).last();
			await title.waitFor({ state: 'visible' });
			const lines = (await title.locator('xpath=..').innerText()).split('\n');
			const issues = lines.map((line) => line.replace(/^\s*-\s*/, '').trim()).filter((line) => line && line !== 'Issues:');
			return { issues, warningsInNode, output };
		});
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
