/**
 * Deterministic seed data and the small factories tests use to build more.
 * Fixed ids (large, like MOCO's) and fixed timestamps, so every test run sees the same account.
 */
import { addDays } from './engine';
import type { SimRef, SimRole, SimUnit, SimUser } from './moco';

/** Creation/update time of every seeded record. */
export const SEED_TIME = '2024-01-15T08:00:00Z';

export const SEED_IDS = {
	units: { entwicklung: 909147861, design: 909147862, geschaeftsfuehrung: 909147863, sales: 909147864, marketing: 909147865 },
	roles: { admin: 4001, mitarbeiter: 4002, projektleitung: 4003 },
	users: { juergen: 933590158, zoe: 933590159, lukasz: 933590160, anais: 933590161, soeren: 933590162, renee: 933590163 },
	companies: { hafenlicht: 760250001, nordwind: 760250002, druckerei: 760250003, verband: 760250004 },
	projects: { relaunch: 944500001, retainer: 944500002, festpreis: 944500003, messe: 944500004 },
	tasks: {
		relaunchKonzept: 658600001, relaunchDesign: 658600002, relaunchEntwicklung: 658600003, relaunchPl: 658600004,
		retainerSeo: 658600005, retainerReporting: 658600006, festpreisKonzept: 658600007, festpreisUmsetzung: 658600008,
		messeAufbau: 658600009,
	},
	/** The seeded week of activities runs 982200001..; these three are the special ones. */
	activities: { billed: 982200001, locked: 982200002, today: 982200003 },
	contacts: { fenja: 1230001, luca: 1230002, hanne: 1230003 },
	dealCategories: { kontakt: 12001, angebot: 12002, verhandlung: 12003, ruhend: 12004 },
	deals: { relaunch: 5635001, app: 5635002, messe: 5635003, podcast: 5635004 },
	comments: { projekt: 7001, kunde: 7002, automatisch: 7003 },
	contracts: { relaunchZoe: 458600001, relaunchJuergen: 458600002, relaunchLukasz: 458600003, relaunchRenee: 458600004, retainerJuergen: 458600005, festpreisZoe: 458600006, festpreisRenee: 458600007 },
	/** Absences: Zoë's holiday Wed..Fri of the anchor week, Łukasz sick on 2026-01-02, Renée's morning off on 2026-01-06. */
	schedules: { zoeUrlaub: 13300001, lukaszKrank: 13300004, reneeVormittag: 13300005 },
	/** Zoë clocked in at 08:30 on the anchor day and has not clocked out. */
	presences: { zoeHeute: 14400001 },
	planningEntries: { relaunchZoe: 4839001, relaunchLukasz: 4839002, festpreisRenee: 4839003, dealAnais: 4839004 },
	holidays: { juergen: 12345001, zoe: 12345002, lukasz: 12345003, renee: 12345004 },
	employments: { juergen: 982237001, zoe: 982237002, lukasz: 982237003, renee: 982237004 },
	workTimeAdjustments: { lukasz: 1972001, renee: 1972002 },
	/** Approvals of the draft invoice: one waiting for Jürgen (the API key's user), one for Zoë, one Jürgen approved. */
	approvals: { forJuergen: 480811001, forZoe: 480811002, approved: 480811003 },
	/** To-dos: Zoë's on a deal, Jürgen's on the draft invoice, one Zoë completed. */
	todos: { angebot: 456001, rechnung: 456002, erledigt: 456003 },
	/** Absence requests: Renée's pending holiday (Jürgen approves), Łukasz's approved half day. */
	absenceRequests: { renee: 3310001, lukasz: 3310002 },
	/**
	 * Invoices: the relaunch's December invoice (sent, billing the billed activity, one attachment),
	 * the retainer's (paid, locked), a draft, Nordwind's (created, its PDF not ready yet: 423) and a
	 * disregarded one.
	 */
	invoices: { relaunch: 5500001, retainer: 5500002, entwurf: 5500003, nordwind: 5500004, verworfen: 5500005 },
	invoiceAttachments: { agb: 5510001 },
	/** Sales VAT codes: 19 %, 7 %, 0 % reverse charge (EU), and an inactive 16 %. */
	vatCodeSales: { standard: 201001, reduced: 201002, reverseCharge: 201003, old16: 201004 },
	/** Payments: the retainer invoice's (as the invoice lists it) and a part payment on the relaunch's. */
	invoicePayments: { retainer: 9100001, relaunchPart: 9100002 },
	/** A reminder on the relaunch's invoice, not sent yet. */
	invoiceReminders: { relaunch: 4412001 },
	/** December's export, holding the retainer's invoice (booked). */
	invoiceBookkeepingExports: { dezember: 31337001 },
	/** Expenses: the relaunch's hosting (open) and stock photos (billed on its December invoice), the retainer's tool licence. */
	projectExpenses: { hosting: 47700001, fotos: 47700002, lizenz: 47700003 },
	/** Payment schedules: the relaunch's design milestone (billed), the fixed-price app's deposit (checked off) and final payment. */
	/**
	 * Offers: the relaunch's (accepted, confirmed), the app concept's on its deal (created, deletable)
	 * and Nordwind's trade-fair offer (sent, one attachment, customer approval active).
	 */
	offers: { relaunch: 991001, app: 991002, messe: 991003 },
	offerAttachments: { agb: 991101 },
	offerConfirmations: { relaunch: 992001 },
	/** The retainer's monthly server hosting, next due 2026-02-01; the relaunch's yearly CMS licence. */
	recurringExpenses: { hosting: 5880001, cmsLizenz: 5880002 },
	paymentSchedules: { relaunchDesign: 4660001, festpreisAnzahlung: 4660002, festpreisSchluss: 4660003 },
	/** Purchase VAT codes: 19 % input tax, 7 %, 0 % reverse charge (EU), an inactive 16 %. */
	vatCodePurchases: { standard: 202001, reduced: 202002, reverseCharge: 202003, old16: 202004 },
	/** Purchase categories: third-party services, software, travel, and an inactive one. */
	purchaseCategories: { fremdleistungen: 303001, software: 303002, reisekosten: 303003, alt: 303004 },
	/** Revenue categories: development (tasks), licences (expenses), consulting (both). */
	revenueCategories: { entwicklung: 404001, lizenzen: 404002, beratung: 404003 },
	/** Purchases: the printer's invoice (pending, unpaid), a software subscription (approved, paid, booked), a train ticket (approved, unpaid). */
	purchases: { druck: 6600001, software: 6600002, bahn: 6600003 },
	/** The purchase inbox: a supplier's emailed invoice with its PDF, and a draft without a document. */
	purchaseDrafts: { email: 6610001, empty: 6610002 },
	/** Purchase budgets: Marketing (targets 2025 and 2026), Software (2026), an inactive one. */
	purchaseBudgets: { marketing: 6620001, software: 6620002, alt: 6620003 },
	/** Planned purchases: Figma monthly (Software budget), the trade-fair stand once (Marketing). */
	plannedPurchases: { figma: 6630001, messe: 6630002 },
	/** Receipts: Zoë's taxi to the relaunch's customer (pending), Jürgen's hotel in a paid refund request (two VAT splits). */
	receipts: { taxi: 6640001, hotel: 6640002 },
	/** The software subscription's payment (paid in full). */
	purchasePayments: { software: 9200001 },
	/** December's export, holding the software purchase (booked). */
	purchaseBookkeepingExports: { dezember: 31338001 },
	/** Tag definitions for the seeded records' tags (companies, projects, users). */
	/** Letter papers: the current one and an inactive old one. */
	letterPapers: { standard: 1101, old: 1102 },
	taskTemplates: { konzeption: 6601, projektleitung: 6602 },
	expenseTemplates: { hosting: 7701, lizenz: 7702 },
	customProperties: { branche: 4201, poNummer: 4202, kostenstelle: 4203 },
	/** Catalog services: Website-Wartung with a title row and an item, an empty Workshop; the items' IDs. */
	fixedCosts: { miete: 3401, lizenzen: 3402 },
	catalogServices: { wartung: 3301, workshop: 3302, wartungTitel: 3301001, wartungUpdates: 3301002 },
	tags: { stammkunde: 8812001, hamburgCompany: 8812002, web: 8812003, seo: 8812004, hamburgUser: 8812005, remote: 8812006 },
} as const;

/**
 * "Today" of the seeded account: the harness's virtual clock starts 2026-01-05 09:00 UTC (a
 * Monday); seeded activities, absences and presences lie around it.
 */
export const SEED_ANCHOR = '2026-01-05';

/** YYYY-MM-DD `days` after SEED_ANCHOR. */
export const addDaysFromAnchor = (days: number): string => addDays(SEED_ANCHOR, days);

/** MOCO formats times as ISO 8601 UTC without milliseconds. */
export function mocoTime(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function buildUnit(id: number, name: string, at: string): SimUnit {
	return { id, name, created_at: at, updated_at: at };
}

export function buildRole(id: number, partial: Partial<SimRole> = {}): SimRole {
	return { id, name: `Role ${id}`, is_default: false, is_admin: false, permission: {}, ...partial };
}

export function buildUser(id: number, partial: Partial<SimUser>, unit: SimRef, at: string): SimUser {
	const firstname = partial.firstname ?? 'User';
	const lastname = partial.lastname ?? String(id);
	return {
		id,
		firstname,
		lastname,
		active: true,
		extern: false,
		email: `${asciiSlug(firstname)}.${asciiSlug(lastname)}@acme.example`,
		mobile_phone: '',
		work_phone: '',
		home_address: '',
		info: '',
		birthday: null,
		iban: '',
		avatar_url: null,
		tags: [],
		custom_properties: {},
		unit,
		role: null,
		created_at: at,
		updated_at: at,
		language: 'de',
		billedHours: false,
		...partial,
	};
}

/** "Jürgen Ångström" -> "juergen.angstroem"-like, so generated emails stay valid ASCII. */
export function asciiSlug(s: string): string {
	return s
		.toLowerCase()
		.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/ł/g, 'l')
		.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** A fresh copy of the seeded account (callers mutate it freely). */
export function seedData(): { units: SimUnit[]; roles: SimRole[]; users: SimUser[] } {
	const u = SEED_IDS.units;
	const r = SEED_IDS.roles;
	const ids = SEED_IDS.users;
	const units = [
		buildUnit(u.entwicklung, 'Entwicklung', SEED_TIME),
		buildUnit(u.design, 'Design & UX', SEED_TIME),
		buildUnit(u.geschaeftsfuehrung, 'Geschäftsführung', SEED_TIME),
		buildUnit(u.sales, 'Sales', SEED_TIME),
		buildUnit(u.marketing, 'Marketing', SEED_TIME), // deliberately empty: deletable
	];
	const roles = [
		buildRole(r.admin, { name: 'Administrator', is_admin: true, permission: { projects: 'all', users: 'manage', invoices: 'all', settings: true } }),
		buildRole(r.mitarbeiter, { name: 'Mitarbeiter', is_default: true, permission: { projects: 'own', users: 'none', invoices: 'none', settings: false } }),
		buildRole(r.projektleitung, { name: 'Projektleitung', permission: { projects: 'all', users: 'read', invoices: 'own', settings: false } }),
	];
	const ref = (id: number): SimRef => ({ id, name: units.find((x) => x.id === id)?.name ?? '' });
	const role = (id: number): SimRef => ({ id, name: roles.find((x) => x.id === id)?.name ?? '' });
	const users = [
		buildUser(ids.juergen, {
			firstname: 'Jürgen', lastname: 'Müller', email: 'juergen.mueller@acme.example', role: role(r.admin),
			tags: ['Geschäftsleitung', 'Hamburg'], birthday: '1971-03-09', work_phone: '+49 40 123 45 60',
			custom_properties: { Eintrittsdatum: '2012-04-01' }, billedHours: true,
		}, ref(u.geschaeftsfuehrung), SEED_TIME),
		buildUser(ids.zoe, {
			firstname: 'Zoë', lastname: 'Ångström', email: 'zoe.angstrom@acme.example', role: role(r.projektleitung),
			tags: ['Hamburg'], language: 'en', mobile_phone: '+46 70 123 45 67',
		}, ref(u.design), SEED_TIME),
		buildUser(ids.lukasz, {
			firstname: 'Łukasz', lastname: 'Nowak', email: 'lukasz.nowak@acme.example', role: role(r.mitarbeiter),
			tags: ['Remote'], iban: 'DE89370400440532013000', billedHours: true,
		}, ref(u.entwicklung), SEED_TIME),
		buildUser(ids.anais, {
			firstname: 'Anaïs', lastname: 'Dubois', email: 'anais.dubois@acme.example', role: role(r.mitarbeiter),
			extern: true, tags: ['Freelance', 'Remote'], language: 'fr', info: 'Freie Mitarbeiterin, Vertrieb Frankreich',
		}, ref(u.sales), SEED_TIME),
		buildUser(ids.soeren, {
			firstname: 'Sören', lastname: 'Kjær', email: 'soeren.kjaer@acme.example', role: role(r.mitarbeiter),
			active: false, tags: ['Hamburg'],
		}, ref(u.entwicklung), SEED_TIME),
		buildUser(ids.renee, {
			firstname: 'Renée', lastname: "O'Brien-Šimić", email: 'renee.obrien@acme.example', role: role(r.mitarbeiter),
			home_address: "Renée O'Brien-Šimić\nBeispielstraße 12\n20095 Hamburg",
		}, ref(u.entwicklung), SEED_TIME),
	];
	return { units, roles, users };
}
