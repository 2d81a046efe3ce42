import { type Rec, type ResourceEntry, PERSON, tagsAny, term } from '../engine';
import { SEED_IDS } from '../seed';
import { C, U, person, stamps, text } from './crmCommon';
import { avatar } from './users';

/** Contact persons (`/contacts/people`). The list leaves out `info`; `user` (responsible) is not in MOCO's read shape. */
export const contacts: ResourceEntry = {
	name: 'contacts',
	path: '/contacts/people',
	target: 'Contact',
	fields: {
		firstname: text,
		lastname: { kind: 'text', required: true },
		gender: { kind: 'enum', values: ['F', 'M', 'U'], required: true },
		avatar,
		company_id: { kind: 'ref', ref: 'companies', read: 'company', shape: ['id', 'type', 'name'] },
		user_id: { kind: 'ref', ref: 'users', read: 'user', shape: PERSON },
		title: text,
		job_position: text,
		mobile_phone: text,
		work_fax: text,
		work_phone: text,
		work_email: text,
		work_address: text,
		home_email: text,
		home_address: text,
		birthday: { kind: 'date' },
		info: text,
		tags: { kind: 'tags' },
		custom_properties: { kind: 'custom_properties' },
	},
	hidden: ['user'],
	blank: ({ sim, userId }) => blankContact(person(sim, userId)),
	serialize: (out, _contact, { list }) => {
		if (list) delete out.info;
		return out;
	},
	filters: {
		tags: tagsAny,
		term: term('lastname', 'firstname', 'work_email', 'company.name'),
		// Reverse lookup: digits only, so "+49 40 555" finds "+49 (40) 555-10".
		phone: (c, v) => {
			const digits = v.replace(/\D/g, '');
			return digits !== '' && [c.work_phone, c.mobile_phone].some((p) => String(p ?? '').replace(/\D/g, '').includes(digits));
		},
	},
	seed: () => {
		const k = SEED_IDS.contacts;
		const make = (id: number, fields: Record<string, unknown>): Rec => ({ id, ...blankContact({ id: U.anais, firstname: 'Anaïs', lastname: 'Dubois' }), ...fields, ...stamps });
		return [
			make(k.fenja, {
				gender: 'F', firstname: 'Fenja', lastname: 'Ohlsen', job_position: 'Leiterin Marketing', work_email: 'fenja.ohlsen@hafenlicht.example',
				work_phone: '+49 40 555 10 21', company: { id: C.hafenlicht, type: 'customer', name: 'Hafenlicht Reederei GmbH' }, tags: ['Entscheiderin'], info: 'Bevorzugt Termine vormittags',
			}),
			make(k.luca, {
				gender: 'M', firstname: 'Luca', lastname: 'Bernasconi', title: 'Dr.', work_email: 'luca@nordwind.example', mobile_phone: '+41 79 826 11 22',
				company: { id: C.nordwind, type: 'customer', name: 'Nordwind Café AG' }, tags: ['Weihnachtskarte'],
			}),
			make(k.hanne, {
				gender: 'U', firstname: 'Hanne', lastname: 'Köhler', work_email: 'hanne@aehrenfeld.example', company: { id: C.druckerei, type: 'supplier', name: 'Druckerei Ährenfeld KG' },
			}),
		];
	},
};

function blankContact(user: Record<string, unknown>): Record<string, unknown> {
	return {
		gender: 'U', firstname: '', lastname: '', title: '', job_position: '', mobile_phone: '', work_fax: '', work_phone: '', work_email: '',
		work_address: '', home_email: '', home_address: '', birthday: null, info: '', avatar_url: null, tags: [], custom_properties: {}, company: null, user,
	};
}
