/**
 * What a new user meets in n8n's editor, read from the page in headless chromium: the nodes
 * panel's MOCO entries, a day typed into or picked from a date field, and whether record picker
 * mode names fit their selector. Each step leaves a screenshot in artifacts/e2e/.
 */
import type { Page } from 'playwright-core';

import { executeStep, openNode, signIn, withPage, type NodeCheck } from './editor';

interface PanelEntry {
	name: string;
	description: string;
}

export interface NodesPanelResult {
	/** The entry `name` when "MOCO" is searched as the first step of a new workflow. */
	asFirstStep: PanelEntry;
	/** Every entry the panel listed for that search. */
	listedAsFirstStep: PanelEntry[];
	/** The same after the workflow's last node. */
	afterANode: PanelEntry;
	listedAfterANode: PanelEntry[];
	/** The text of the panel once the entry is opened: its actions. */
	actions: string;
	/** The fields of the node form once the action "Create a time entry" is picked (their `parameter-input-…` test IDs). */
	formFields: string[];
}

/** Searches the open nodes panel for `text`; the entry named `name` once the results show it, and all entries listed. */
async function searchPanel(page: Page, text: string, name: string): Promise<{ entry: PanelEntry; listed: PanelEntry[] }> {
	// Typed as a user types: the panel searches on key presses.
	await page.locator('[data-test-id="node-creator-search-bar"] input, input[data-test-id="node-creator-search-bar"]').first().click();
	await page.keyboard.type(text);
	// An entry with actions to open is an "action item", one without a "node item".
	const items = page.locator('[data-test-id="node-creator-node-item"], [data-test-id="node-creator-action-item"]');
	await items.first().waitFor({ state: 'visible' });
	for (let attempt = 0; attempt < 50; attempt++) {
		const names = (await items.locator('[data-test-id="node-creator-item-name"]').allInnerTexts()).map((listed) => listed.trim());
		if (names.includes(name)) {
			const descriptions = (await items.locator('[data-test-id="node-creator-item-description"]').allInnerTexts()).map((listed) => listed.trim());
			const listed = names.map((listedName, index) => ({ name: listedName, description: descriptions[index] }));
			return { entry: listed.find((entry) => entry.name === name) as PanelEntry, listed };
		}
		await page.waitForTimeout(200);
	}
	throw new Error(`no entry named ${name} among: ${(await items.allInnerTexts()).join(' | ')}`);
}

/** Searches "MOCO" in the nodes panel of a new workflow, then after the last node of `workflowId`, and opens the entry `name`. */
export async function checkNodesPanel(check: NodeCheck & { name: string }): Promise<NodesPanelResult> {
	return withPage(check, async (page, step) => {
		await step('panel-01-signin', () => signIn(page, check.baseUrl, check.owner));
		const first = await step('panel-02-first-step', async () => {
			await page.goto(`${check.baseUrl}/workflow/new`);
			await page.locator('[data-test-id="node-creator-plus-button"]').click();
			return searchPanel(page, 'MOCO', check.name);
		});
		const after = await step('panel-03-after-a-node', async () => {
			await page.goto(`${check.baseUrl}/workflow/${check.workflowId}`);
			await page.locator('[data-test-id="canvas-node"]').first().waitFor({ state: 'visible', timeout: 90_000 });
			await page.locator('[data-test-id="canvas-handle-plus"]').last().click();
			return searchPanel(page, 'MOCO', check.name);
		});
		const actions = await step('panel-04-actions', async () => {
			await page.locator('[data-test-id="node-creator-item-name"]', { hasText: new RegExp(`^\\s*${check.name}\\s*$`) }).first().click();
			// The entry's view lists its actions under one heading per resource.
			await page.locator('[data-test-id="node-creator-category-item"]').first().waitFor({ state: 'visible' });
			return (await page.locator('[data-test-id="node-creator-item-name"]').allInnerTexts()).join('\n');
		});
		const formFields = await step('panel-05-action-form', async () => {
			await page.locator('[data-test-id="node-creator-item-name"]', { hasText: /^\s*Create a time entry\s*$/ }).first().click();
			await page.locator('[data-test-id="parameter-input-activity_date"]').first().waitFor({ state: 'visible', timeout: 30_000 });
			const ids = await page.locator('[data-test-id^="parameter-input-"]').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-test-id') ?? ''));
			return [...new Set(ids)];
		});
		return { asFirstStep: first.entry, listedAsFirstStep: first.listed, afterANode: after.entry, listedAfterANode: after.listed, actions, formFields };
	});
}

export interface DayFieldResult {
	/** What the Date field shows once the workflow is open. */
	saved: string;
	/** After typing `type` and Enter, and leaving the field. */
	typed?: string;
	/** After picking day `pick` of the shown month in the pop-up. */
	picked?: string;
	/** The field is marked as having issues (red, warning icon). */
	issues: boolean;
	output: string;
}

/** Opens the node and its Date field: types a day, picks one from the pop-up (either optional), runs Execute step. */
export async function checkDayField(check: NodeCheck & { prefix: string; type?: string; pick?: string }): Promise<DayFieldResult> {
	return withPage(check, async (page, step) => {
		const field = await openNode(page, step, check, 'date', `${check.prefix}-`);
		const input = field.locator('input').first();
		const saved = await input.inputValue();
		const typed = check.type
			? await step(`${check.prefix}-04-typed`, async () => {
					await input.click();
					await input.fill(check.type as string);
					await input.press('Enter');
					// Leave the field as a user does, by clicking the next one.
					await page.locator('[data-test-id="parameter-input-duration"]').first().click();
					return input.inputValue();
				})
			: undefined;
		const picked = check.pick
			? await step(`${check.prefix}-05-picked`, async () => {
					await input.click();
					const panel = page.locator('.el-picker-panel:visible').first();
					await panel.locator('td.available').filter({ hasText: new RegExp(`^\\s*${check.pick}\\s*$`) }).first().click();
					await panel.waitFor({ state: 'hidden' });
					return input.inputValue();
				})
			: undefined;
		const issues = ((await field.getAttribute('class')) ?? '').includes('has-issues');
		const output = await step(`${check.prefix}-06-executed`, () => executeStep(page));
		return { saved, typed, picked, issues, output };
	});
}

/** What the measuring needs of an input in the page (this project's TypeScript has no DOM types). */
interface InputBox {
	value: string;
	clientWidth: number;
	scrollWidth: number;
}

export interface ModeNamesResult {
	/** The labels that overflow the mode selector when it shows them (its text is cut off). */
	overflowing: string[];
	/** The Project picker switched to `mode`: the label shown, and whether it overflows its input. */
	shown: { label: string; overflows: boolean };
}

/** Measures `labels` in the Project picker's mode selector of the open node, and switches it to `mode`. */
export async function checkModeNames(check: NodeCheck & { labels: string[]; mode: string }): Promise<ModeNamesResult> {
	return withPage(check, async (page, step) => {
		const field = await openNode(page, step, check, 'projectId', 'modes-');
		const selector = field.locator('[data-test-id="rlc-mode-selector"]');
		// Each label laid out in the selector's own input, as the browser clips it; then put back.
		const overflowing = await selector.locator('input').evaluate((element, labels) => {
			const input = element as unknown as InputBox;
			const shown = input.value;
			const cut = labels.filter((label) => {
				input.value = label;
				return input.scrollWidth > input.clientWidth;
			});
			input.value = shown;
			return cut;
		}, check.labels);
		const shown = await step('modes-04-switched', async () => {
			await selector.click();
			await page.locator('.el-select-dropdown:visible .el-select-dropdown__item').getByText(check.mode, { exact: true }).click();
			const input = selector.locator('input');
			for (let i = 0; i < 50 && (await input.inputValue()) !== check.mode; i++) await page.waitForTimeout(100);
			return input.evaluate((element) => {
				const box = element as unknown as InputBox;
				return { label: box.value, overflows: box.scrollWidth > box.clientWidth };
			});
		});
		return { overflowing, shown };
	});
}
