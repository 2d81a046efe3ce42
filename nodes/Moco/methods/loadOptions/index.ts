import { purchaseCategoryRecord } from '../../resources/purchaseCategory/record';
import { purchaseVatCodeRecord } from '../../resources/vatCodePurchase/record';
import { recordOptions } from './recordOptions';

export { getRoles } from './getRoles';
export { getTeams } from './getTeams';

// The dropdowns of a purchase's item rows.
export const getPurchaseCategories = recordOptions(purchaseCategoryRecord);
export const getPurchaseVatCodes = recordOptions(purchaseVatCodeRecord);
