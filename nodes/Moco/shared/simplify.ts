import type { IDataObject } from 'n8n-workflow';

/** The few fields most workflows need, under MOCO's write names. */
export function simplifyUser(user: IDataObject): IDataObject {
	const unit = user.unit as IDataObject | undefined | null;
	return {
		id: user.id,
		firstname: user.firstname,
		lastname: user.lastname,
		email: user.email,
		unit_id: unit?.id ?? null,
		active: user.active,
		external: user.extern,
	};
}
