import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../shared/locator';
import { companyRecord } from '../company/record';
import { contactRecord } from '../contact/record';
import { dealRecord } from '../deal/record';
import { invoiceRecord } from '../invoice/record';
import { projectRecord } from '../project/record';
import { userRecord } from '../user/fields';

const numbered = (record: IDataObject) => [record.identifier, record.title].filter(Boolean).map(String).join(' – ');

// Offers and purchases have no resource here yet: picked from MOCO's list or by ID.
export const offerRecord: RecordType = { noun: 'offer', label: 'Offer', path: '/offers', title: numbered, searchListMethod: 'searchOffers', exampleId: '123456' };
export const purchaseRecord: RecordType = { noun: 'purchase', label: 'Purchase', path: '/purchases', title: numbered, searchListMethod: 'searchPurchases', exampleId: '123456' };

/** Every record type MOCO tags, by the name its taggings path takes, with that type's picker. */
export const TAGGABLE: Record<string, RecordType> = {
	Company: companyRecord,
	Contact: contactRecord,
	Deal: dealRecord,
	Invoice: invoiceRecord,
	Offer: offerRecord,
	Project: projectRecord,
	Purchase: purchaseRecord,
	User: userRecord,
};
