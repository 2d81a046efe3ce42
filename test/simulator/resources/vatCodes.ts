import { type Rec, type ResourceEntry, boolEq } from '../engine';
import { SEED_IDS } from '../seed';

type VatCodeRow = [id: number, tax: number, description: string, code: string, fields?: Record<string, unknown>];

/** A read-only VAT code list (sales or purchases): its rows on top of what every code of it has. */
export function vatCodeEntry(name: string, defaults: Record<string, unknown>, rows: () => VatCodeRow[]): ResourceEntry {
	return {
		name,
		path: `/${name}`,
		target: '',
		ops: ['list', 'get'],
		fields: {},
		blank: () => ({}),
		filters: { active: boolEq('active'), intra_eu: boolEq('intra_eu'), reverse_charge: boolEq('reverse_charge') },
		seed: () =>
			rows().map(([id, tax, description, code, fields]): Rec => ({ id, tax, description, reverse_charge: false, intra_eu: false, ...defaults, active: true, code, ...fields })),
	};
}

/** The account's VAT codes for sales (`/vat_code_sales`), read-only. */
export const vatCodeSales = vatCodeEntry(
	'vat_code_sales',
	{ print_gross_total: true, notice_tax_exemption: null, notice_tax_exemption_en: null, notice_tax_exemption_alt: null, credit_account: '8400' },
	() => {
		const v = SEED_IDS.vatCodeSales;
		return [
			[v.standard, 19, 'Umsatzsteuer 19 %', 'USt19'],
			[v.reduced, 7, 'Umsatzsteuer 7 %', 'USt7', { credit_account: '8300' }],
			[v.reverseCharge, 0, 'Steuerfreie innergemeinschaftliche Leistung', 'EU0', {
				reverse_charge: true, intra_eu: true, print_gross_total: false, credit_account: '8336',
				notice_tax_exemption: 'Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)', notice_tax_exemption_alt: 'Reverse charge: VAT liability of the recipient',
			}],
			[v.old16, 16, 'Umsatzsteuer 16 % (2020)', 'USt16', { active: false, credit_account: '8410' }],
		];
	},
);
