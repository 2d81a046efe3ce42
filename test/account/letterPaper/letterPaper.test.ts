import { listSearch, mocoGet, requestLines, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { describeRefusals, runOn } from '../../customers/company/fixtures';

const sim = useSimulator();
const L = SEED_IDS.letterPapers;
const runs = runOn('letterPaper');
const run = (operation: string, parameters = {}) => runs(operation, parameters, { typeVersion: VERSION });

describe('Letter Paper > Get Many', () => {
	test('every letter paper in MOCO’s shape, inactive ones too', async () => {
		const result = await run('getAll', { returnAll: true });

		expect(requestLines(sim())).toEqual(['GET /api/v1/letter_papers']);
		expect(result.items.map((item) => item.json)).toEqual(mocoGet(sim(), '/letter_papers'));
		expect(result.items.map((item) => [item.json.id, item.json.active])).toEqual([[L.standard, true], [L.old, false]]);
	});

	test('Limit 1: one item', async () => {
		const result = await run('getAll', { returnAll: false, limit: 1 });

		expect(result.items.map((item) => item.json.name)).toEqual(['Briefpapier 2026']);
	});

	test('the letter paper picker’s From list: sorted, the inactive one marked', async () => {
		const found = await listSearch('searchLetterPapers', '', undefined, undefined, { resource: 'invoice', operation: 'sendEmail' });

		expect(found.results).toEqual([
			{ name: 'Briefpapier 2020, inactive', value: String(L.old) },
			{ name: 'Briefpapier 2026', value: String(L.standard) },
		]);
	});
});

describeRefusals('letterPaper', sim, [{ operation: 'getAll', method: 'GET', parameters: { returnAll: false, limit: 1 } }], VERSION);

describe('the letter paper picker on an invoice’s PDF', () => {
	test('by name: looked up in the letter papers, its ID sent', async () => {
		const result = await runOn('invoice')('downloadPdf', { invoiceId: { __rl: true, mode: 'id', value: String(SEED_IDS.invoices.relaunch) }, additionalFields: { letterPaperId: { __rl: true, mode: 'name', value: 'briefpapier 2026' } } });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/letter_papers', `GET /api/v1/invoices/${SEED_IDS.invoices.relaunch}.pdf?letter_paper_id=${L.standard}`]);
	});

	test('a name MOCO does not know: said in words, no PDF asked for', async () => {
		const result = await runOn('invoice')('downloadPdf', { invoiceId: { __rl: true, mode: 'id', value: String(SEED_IDS.invoices.relaunch) }, additionalFields: { letterPaperId: { __rl: true, mode: 'name', value: 'Briefpapier 2019' } } });

		expect(result.error?.message).toBe('Letter Paper Name: no letter paper is named "Briefpapier 2019". Did you mean "Briefpapier 2020", "Briefpapier 2026"? (item 0)');
		expect(requestLines(sim())).toEqual(['GET /api/v1/letter_papers']);
	});
});
