import { type FieldSpec, type Rec, type ResourceEntry, PERSON, json, boolEq, eq, tagsAny, term } from '../engine';
import { SEED_IDS, SEED_TIME } from '../seed';

const text: FieldSpec = { kind: 'text' };
const integer: FieldSpec = { kind: 'integer' };
const SUPPLIER_ONLY = ['iban', 'bank_owner', 'bank_bic', 'credit_number'];

/** Customers, suppliers, organisations (`/companies`). */
export const companies: ResourceEntry = {
	name: 'companies',
	path: '/companies',
	target: 'Company',
	fields: {
		name: { kind: 'text', required: true },
		type: { kind: 'enum', values: ['customer', 'supplier', 'organization'], required: true },
		country_code: text,
		vat_identifier: text,
		alternative_correspondence_language: { kind: 'boolean' },
		website: text,
		fax: text,
		phone: text,
		email: text,
		billing_email_cc: text,
		billing_notes: text,
		address: text,
		info: text,
		custom_properties: { kind: 'custom_properties' },
		tags: { kind: 'tags' },
		user_id: { kind: 'ref', ref: 'users', read: 'user', shape: PERSON },
		footer: text,
		invoice_format: { kind: 'enum', values: ['regular_pdf', 'x_invoice', 'zugferd_x_invoice'], read: false },
		default_payment_means: { kind: 'enum', values: ['not_defined', 'credit_transfer'], read: false },
		currency: text,
		identifier: text,
		customer_vat_code_id: { kind: 'integer', read: false },
		customer_tax: { kind: 'number', read: 'billing_tax' },
		default_invoice_due_days: integer,
		invoice_due_days: { kind: 'integer', read: 'default_invoice_due_days' },
		debit_number: integer,
		bank_owner: text,
		iban: text,
		bank_bic: text,
		supplier_vat_code_id: { kind: 'integer', read: false },
		supplier_tax: { kind: 'number', read: 'billing_tax' },
		credit_number: integer,
	},
	blank: ({ sim, userId }) => blankCompany(userId, sim.find('users', userId)),
	validate: (draft, _body, { sim }, errors) => {
		if (draft.type !== 'customer') return;
		if (!draft.currency) errors.currency = ["can't be blank"];
		if (!draft.identifier) draft.identifier = nextIdentifier(sim.records('companies'));
		else if (sim.records('companies').some((c) => c.id !== draft.id && c.identifier === draft.identifier)) errors.identifier = ['has already been taken'];
	},
	serialize: (out, company, { sim }) => {
		out.projects = sim
			.records('projects')
			.filter((p) => (p.customer as Rec | null)?.id === company.id)
			.map(({ id, identifier, name, active, billable }) => ({ id, identifier, name, active, billable }));
		if (company.type !== 'customer') delete out.customer_vat;
		if (company.type !== 'supplier') for (const key of ['supplier_vat', ...SUPPLIER_ONLY]) delete out[key];
		return out;
	},
	scope: (rows, q) => {
		// companies.md: filtering by custom properties needs `type`; without it nothing matches here.
		if (!q.type && Object.keys(q).some((k) => k.startsWith('custom_properties['))) return [];
		return q.include_archived === 'true' ? rows : rows.filter((c) => c.active);
	},
	filters: { type: eq('type'), tags: tagsAny, identifier: eq('identifier'), term: term('name', 'identifier'), active: boolEq('active') },
	guardDelete: (company, { sim }) =>
		sim.records('projects').some((p) => (p.customer as Rec | null)?.id === company.id) ? 'The company cannot be deleted because it has projects.' : undefined,
	actions: [
		{ method: 'PUT', path: '/:id/archive', handler: (c) => archive(c.record!, false, c) },
		{ method: 'PUT', path: '/:id/unarchive', handler: (c) => archive(c.record!, true, c) },
	],
	seed: () => {
		const c = SEED_IDS.companies;
		const juergen = { id: SEED_IDS.users.juergen, firstname: 'Jürgen', lastname: 'Müller' };
		const anais = { id: SEED_IDS.users.anais, firstname: 'Anaïs', lastname: 'Dubois' };
		const make = (id: number, fields: Record<string, unknown>): Rec => ({ id, ...blankCompany(0, undefined), user: juergen, currency: 'EUR', created_at: SEED_TIME, updated_at: SEED_TIME, ...fields });
		return [
			make(c.hafenlicht, {
				name: 'Hafenlicht Reederei GmbH', identifier: 'K-1001', website: 'https://hafenlicht.example', email: 'info@hafenlicht.example',
				phone: '+49 40 555 10 00', address: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg', tags: ['Stammkunde', 'Hamburg'],
				custom_properties: { Branche: 'Logistik' }, vat_identifier: 'DE123456789', debit_number: 10001,
			}),
			make(c.nordwind, {
				name: 'Nordwind Café AG', identifier: 'K-1002', currency: 'CHF', country_code: 'CH', email: 'hallo@nordwind.example',
				address: 'Nordwind Café AG\nLimmatquai 3\n8001 Zürich', tags: ['Gastronomie'], user: anais, custom_properties: { Branche: 'Gastronomie' },
			}),
			make(c.druckerei, {
				type: 'supplier', name: 'Druckerei Ährenfeld KG', identifier: 'L-2001', email: 'auftrag@aehrenfeld.example', iban: 'DE02120300000000202051',
				bank_owner: 'Druckerei Ährenfeld KG', tags: ['Druck'], customer_vat: null, supplier_vat: { tax: 19, reverse_charge: false, intra_eu: false, active: true },
			}),
			make(c.verband, { type: 'organization', name: 'Verband Digitaler Agenturen e.V.', identifier: '', tags: ['Netzwerk'] }),
		];
	},
};

function blankCompany(userId: number, user: Rec | undefined): Record<string, unknown> {
	return {
		type: 'customer', name: '', website: '', email: '', billing_email_cc: '', phone: '', fax: '', address: '', tags: [],
		user: user ? { id: user.id, firstname: user.firstname, lastname: user.lastname } : userId ? { id: userId } : null,
		info: '', custom_properties: {}, identifier: '', intern: false, billing_tax: 0,
		customer_vat: { tax: 19, reverse_charge: false, intra_eu: false, active: true, print_gross_total: true, notice_tax_exemption: '', notice_tax_exemption_alt: '' },
		supplier_vat: { tax: 19, reverse_charge: false, intra_eu: false, active: true },
		currency: '', custom_rates: false, include_time_report: false, billing_notes: '', default_discount: 0, default_cash_discount: 0,
		default_cash_discount_days: 0, country_code: 'DE', vat_identifier: '', alternative_correspondence_language: false,
		default_invoice_due_days: 30, footer: '', active: true, archived_on: null, debit_number: null,
		iban: '', bank_owner: '', bank_bic: '', credit_number: null,
	};
}

/** Customers get "K-<n>" when no identifier is sent (automatic number ranges). */
function nextIdentifier(all: Rec[]): string {
	const numbers = all.map((c) => /^K-(\d+)$/.exec(String(c.identifier))?.[1]).filter(Boolean).map(Number);
	return `K-${Math.max(1000, ...numbers) + 1}`;
}

function archive(company: Rec, active: boolean, { sim, userId }: { sim: import('../moco').MocoSimulator; userId: number }) {
	company.active = active;
	company.archived_on = active ? null : sim.today();
	sim.changed('companies', company, 'update', userId);
	return json(200, sim.serialize('companies', company));
}
