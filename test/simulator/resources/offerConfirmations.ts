import { type ResourceEntry, PERSON, idIn, isBlank } from '../engine';
import { pdfDocument } from '../pdf';
import { SEED_IDS, SEED_TIME } from '../seed';
import { ref } from './offers';

const text = { kind: 'text' } as const;

/** Order confirmations (`/offer_confirmations`): one per offer; a created or sent offer becomes accepted. */
export const offerConfirmations: ResourceEntry = {
	name: 'offer_confirmations',
	path: '/offer_confirmations',
	target: '',
	fields: {
		offer_id: { kind: 'ref', ref: 'offers', read: 'offer', shape: ['id', 'identifier', 'title'], required: true, immutable: true, errorKey: 'offer' },
		title: text, date: { kind: 'date' }, salutation_raw: text, footer_raw: text,
	},
	links: { user: { ref: 'users', shape: PERSON } },
	blank: ({ sim, userId }) => ({
		date: sim.today(), title: '', salutation_raw: '<p>Vielen Dank für Ihren Auftrag.</p>', footer_raw: '<p>Freundliche Grüße</p>', file_url: null, user: { id: userId }, offer: null,
	}),
	validate: (draft, _body, { sim, creating }, errors) => {
		const offer = sim.find('offers', Number(ref(draft.offer)));
		if (!creating || !offer) return;
		if (sim.records('offer_confirmations').some((confirmation) => ref(confirmation.offer) === offer.id)) errors.offer_id = ['has already been taken'];
		if (isBlank(draft.title)) draft.title = `Auftragsbestätigung – ${String(offer.title)}`;
	},
	derive: (confirmation, { sim, userId }) => {
		confirmation.file_url = `https://${sim.host}/api/v1/offer_confirmations/${confirmation.id}.pdf`;
		const offer = sim.find('offers', Number(ref(confirmation.offer)));
		if (!offer) return;
		offer.offer_confirmation = { id: confirmation.id };
		if (['created', 'sent'].includes(String(offer.status))) {
			offer.status = 'accepted';
			sim.changed('offers', offer, 'update', userId);
		}
	},
	filters: { offer_id: idIn('offer.id') },
	actions: [
		{
			method: 'GET',
			path: '/:id.pdf',
			handler: ({ record }) => ({
				status: 200,
				headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="Auftragsbestaetigung-${record!.id}.pdf"` },
				body: pdfDocument([String(record!.title), String(record!.date)]),
			}),
		},
	],
	seed: () => [
		{
			id: SEED_IDS.offerConfirmations.relaunch, date: '2025-09-20', title: 'Auftragsbestätigung – Website-Relaunch', salutation_raw: '<p>Vielen Dank für Ihren Auftrag.</p>',
			footer_raw: '<p>Freundliche Grüße</p>', file_url: `https://acme.mocoapp.com/api/v1/offer_confirmations/${SEED_IDS.offerConfirmations.relaunch}.pdf`,
			user: { id: SEED_IDS.users.juergen }, offer: { id: SEED_IDS.offers.relaunch }, created_at: SEED_TIME, updated_at: SEED_TIME,
		},
	],
};
