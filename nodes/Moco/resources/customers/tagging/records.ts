import type { RecordType } from '../../../shared/locator';
import { companyRecord } from '../company/record';
import { contactRecord } from '../contact/record';
import { dealRecord } from '../deal/record';
import { invoiceRecord } from '../../invoicing/invoice/record';
import { offerRecord } from '../offer/record';
import { projectRecord } from '../../projects/project/record';
import { purchaseRecord } from '../../purchasing/purchase/record';
import { userRecord } from '../../staff/user/fields';


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
