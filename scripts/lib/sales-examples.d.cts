// Types for sales-examples.cjs.
type Workflow = Record<string, any>;
export declare const IDS_SALES: Record<'offer' | 'confirmation' | 'expense' | 'recurring' | 'milestone', string>;
export declare const OFFER_DEAL: string;
export declare const OFFER_ROWS: Array<Record<string, unknown>>;
export declare const FREELANCER: { project: string; date: string; title: string; hours: number; rate: number; cost: number };
export declare function offerWorkflow(): Workflow;
export declare function confirmationWorkflow(): Workflow;
export declare function expenseWorkflow(): Workflow;
export declare function recurringWorkflow(): Workflow;
export declare function milestoneWorkflow(): Workflow;
export declare function salesWorkflows(): Workflow[];
