import { VersionedNodeType } from 'n8n-workflow';

import { MocoNodeVersion, type NodeHeader } from './nodeVersion';
import { resources } from './resources';
import { SCOPED_SINCE } from './shared/scope';

/**
 * The first MOCO node, all of MOCO's resources in one. Hidden from n8n's nodes panel since the
 * node per area (MOCO Time, MOCO Projects, ...) took its place, as n8n hides a node it split;
 * workflows that hold it keep working in every version.
 */
const header: NodeHeader = {
	displayName: 'MOCO',
	name: 'moco',
	description: 'Work with time entries, projects, customers, invoices, purchases and staff in MOCO',
	defaultResource: 'user',
	hidden: true,
};

export class Moco extends VersionedNodeType {
	constructor() {
		// 1.1: teams and roles are record pickers, Update Fields hold every field. 2: each resource's
		// parameters have their own names, so a resource more costs no item more evaluations.
		// One object per version: n8n's loader adds its Request Options to each.
		const latest = new MocoNodeVersion(header, [2], resources);
		const { displayName, name, description, group, icon, hidden } = latest.description;
		super(
			{ 1: new MocoNodeVersion(header, [1, 1.1], resources), 1.1: new MocoNodeVersion(header, [1, 1.1], resources), 2: latest },
			{ displayName, name, description, group, icon, hidden, defaultVersion: SCOPED_SINCE },
		);
	}
}
