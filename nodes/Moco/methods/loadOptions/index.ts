import { purchaseCategoryRecord } from '../../resources/purchasing/purchaseCategory/record';
import { purchaseVatCodeRecord } from '../../resources/purchasing/vatCodePurchase/record';
import { customFieldMethods } from './customFields';
import { getRoles } from './getRoles';
import { getTeams } from './getTeams';
import { recordOptions } from './recordOptions';

export { getRoles, getTeams };

// The dropdowns of a purchase's item rows.
export const getPurchaseCategories = recordOptions(purchaseCategoryRecord);
export const getPurchaseVatCodes = recordOptions(purchaseVatCodeRecord);

/** Every load-options method the node's fields name (a test checks none is missing). */
export const loadOptions = { getTeams, getRoles, getPurchaseCategories, getPurchaseVatCodes, ...customFieldMethods };
