// Types for purchase-example.cjs.
export declare const PURCHASE_WORKFLOW_ID: string;
export declare const INVOICE_LINES: string[];
export declare const INVOICE_PDF_BASE64: string;
export declare const EMAIL: { from: string; subject: string; receipt: string; date: string; supplier: string; net: number; attachment: string };
export declare const ATTACHMENT: { fileName: string; mimeType: string };
export declare const BOOKING: { vatCodeId: number; categoryId: number };
export declare function purchaseWorkflow(): Record<string, any>;
