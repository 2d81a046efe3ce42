import { resources } from '../../nodes/Moco/resources';

// MOCO's areas as its menu shows them, and which area each of the node's resources belongs to.
// The documentation (npm run docs) is laid out by these: one page per area, docs/<area>.md.

export interface Area {
	/** The page: docs/<value>.md. */
	value: string;
	title: string;
	/** MOCO's operations in this area, by the groups of its OpenAPI description (PUT and PATCH on one path count once). */
	moco: Record<string, number>;
}

export const AREAS: Area[] = [
	{
		value: 'time',
		title: 'Time',
		moco: { Activities: 10, UserPresences: 6, Approvals: 6, PlanningEntries: 5 },
	},
	{
		value: 'projects',
		title: 'Projects',
		moco: { Projects: 13, Tasks: 6, Contracts: 5, Expenses: 8, RecurringExpenses: 7, ProjectGroups: 2, ProjectPaymentSchedules: 6, Todos: 2 },
	},
	{
		value: 'customers',
		title: 'Customers and sales',
		moco: {
			Companies: 7, Contacts: 5, Deals: 5, DealCategories: 5, Comments: 6, Tags: 5, Taggings: 3,
			Offers: 9, OfferAttachments: 3, OfferConfirmations: 6, OfferCustomerApproval: 3,
		},
	},
	{
		value: 'invoicing',
		title: 'Invoicing',
		moco: { Invoices: 11, InvoiceAttachments: 3, InvoicePayments: 6, InvoiceReminders: 5, InvoiceBookkeepingExports: 3, VatCodeSales: 2, RevenueCategories: 5 },
	},
	{
		value: 'purchasing',
		title: 'Purchasing',
		moco: {
			Purchases: 8, PurchaseDrafts: 5, PurchasePayments: 6, PurchaseBookkeepingExports: 3, PurchaseBudgets: 5,
			PurchaseCategories: 2, PlannedPurchases: 5, Receipts: 5, VatCodePurchases: 2,
		},
	},
	{
		value: 'staff',
		title: 'Staff',
		moco: { Users: 6, Units: 5, UserRoles: 1, Schedules: 5, UserAbsenceRequests: 4, UserEmployments: 5, UserHolidays: 5, UserWorkTimeAdjustments: 5 },
	},
	{
		value: 'account',
		title: 'Account',
		moco: {
			AccountCatalogServices: 9, AccountCustomProperties: 5, AccountExpenseTemplates: 5, AccountRates: 4, AccountTaskTemplates: 5,
			AccountWebHooks: 7, LetterPapers: 1, Profile: 2, Session: 2, Reports: 5,
		},
	},
];

/** MOCO's operations in all: the sum over the areas is checked against it (test/docs.test.ts). */
export const MOCO_OPERATIONS = 290;

/** The area of every resource, by the resource's value (the node of that area holds it). */
export const AREA_OF: Record<string, string> = Object.fromEntries(resources.map((resource) => [resource.option.value, resource.area]));
