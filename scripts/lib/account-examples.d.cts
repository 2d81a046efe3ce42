// Types for account-examples.cjs.
type Workflow = Record<string, any>;
export declare const IDS_ACCOUNT: Record<'catalog' | 'tag' | 'utilization', string>;
export declare const PRICE_ROW: { service: string; item: string; unitPrice: number };
export declare const URGENT_TICKET: { key: string; summary: string; project: string };
export declare function catalogWorkflow(): Workflow;
export declare function tagWorkflow(): Workflow;
export declare function utilizationWorkflow(): Workflow;
export declare function accountWorkflows(): Workflow[];
