import { MocoAccount } from './MocoAccount.node';
import { MocoCustomers } from './MocoCustomers.node';
import { MocoInvoicing } from './MocoInvoicing.node';
import { MocoProjects } from './MocoProjects.node';
import { MocoPurchasing } from './MocoPurchasing.node';
import { MocoStaff } from './MocoStaff.node';
import { MocoTime } from './MocoTime.node';

/** The nodes of MOCO's areas, in the order of MOCO's menu (package.json lists their files). */
export const areaNodeTypes = [MocoTime, MocoProjects, MocoCustomers, MocoInvoicing, MocoPurchasing, MocoStaff, MocoAccount];
