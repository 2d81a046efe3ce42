import { type ActionContext, type Rec, httpError, invalid, isBlank, json, refused, round2, toId } from '../engine';
import type { MocoSimulator } from '../moco';

const ref = (v: unknown): number | undefined => (v as Rec | null)?.id;
export const customerOf = (sim: MocoSimulator, activity: Rec): Rec | undefined => {
	const project = sim.find('projects', ref(activity.project) ?? 0);
	return project?.customer ? (project.customer as Rec) : undefined;
};

export function refusal(activity: Rec, what: string): string | undefined {
	if (activity.billed) return `The activity cannot be ${what} because it has already been billed.`;
	if (activity.locked) return `The activity cannot be ${what} because it is locked.`;
	return undefined;
}

const respond = (sim: MocoSimulator, activity: Rec) => json(200, sim.serialize('activities', activity));

/** Adds the running timer's whole minutes to the activity. */
function settle(sim: MocoSimulator, activity: Rec): void {
	const started = Date.parse(String(activity.timer_started_at));
	const seconds = Math.max(0, Math.floor((sim.nowMs() - started) / 60_000) * 60);
	activity.seconds = Number(activity.seconds) + seconds;
	activity.worked_seconds = Number(activity.worked_seconds) + seconds;
	activity.hours = round2(Number(activity.seconds) / 3600);
	activity.timer_started_at = null;
}

export function startTimer({ sim, record, userId }: ActionContext) {
	const activity = record!;
	const refused_ = refusal(activity, 'changed');
	if (refused_) throw refused(refused_);
	if (activity.date !== sim.today()) throw refused('The timer can only be started on activities of the current day.');
	// One running timer per user: starting another stops the previous one.
	for (const other of sim.records('activities')) {
		if (other !== activity && other.timer_started_at && ref(other.user) === ref(activity.user)) {
			settle(sim, other);
			sim.changed('activities', other, 'update', userId);
		}
	}
	if (!activity.timer_started_at) activity.timer_started_at = sim.stamp();
	sim.changed('activities', activity, 'update', userId);
	return respond(sim, activity);
}

export function stopTimer({ sim, record, userId }: ActionContext) {
	const activity = record!;
	if (!activity.timer_started_at) throw refused('No timer is running on this activity.');
	settle(sim, activity);
	sim.changed('activities', activity, 'update', userId);
	return respond(sim, activity);
}

/** Project leaders only (403 otherwise); only `seconds`, and worked_seconds stays. */
export function billableSeconds({ sim, record, body, userId }: ActionContext) {
	const activity = record!;
	const project = sim.find('projects', ref(activity.project) ?? 0);
	if (!project || (ref(project.leader) !== userId && ref(project.co_leader) !== userId)) {
		throw httpError(403, { message: 'Forbidden: only the project leader can change billable seconds' });
	}
	const refused_ = refusal(activity, 'changed');
	if (refused_) throw refused(refused_);
	const seconds = body.seconds;
	if (isBlank(seconds)) throw invalid({ seconds: ["can't be blank"] });
	if (!Number.isInteger(Number(seconds)) || Number(seconds) < 0) throw invalid({ seconds: ['is not a number'] });
	activity.seconds = Number(seconds);
	activity.hours = round2(Number(seconds) / 3600);
	sim.changed('activities', activity, 'update', userId);
	return respond(sim, activity);
}

/** Marks activities as already billed: reason, activity_ids and company_id are required. */
export function disregard({ sim, body, userId }: ActionContext) {
	const errors: Record<string, string[]> = {};
	for (const key of ['reason', 'activity_ids', 'company_id']) {
		if (isBlank(body[key]) || (Array.isArray(body[key]) && (body[key] as unknown[]).length === 0)) errors[key] = ["can't be blank"];
	}
	if (!errors.activity_ids && !Array.isArray(body.activity_ids)) errors.activity_ids = ['is invalid'];
	const companyId = toId(body.company_id);
	if (!errors.company_id && (companyId === undefined || !sim.find('companies', companyId))) errors.company = ['must exist'];
	if (Object.keys(errors).length) throw invalid(errors);
	const projectId = isBlank(body.project_id) ? undefined : toId(body.project_id);
	const chosen = (body.activity_ids as unknown[]).map((raw) => {
		const activity = sim.find('activities', toId(raw) ?? 0);
		if (!activity) throw refused(`Activity ${String(raw)} does not exist.`);
		if (customerOf(sim, activity)?.id !== companyId || (projectId !== undefined && ref(activity.project) !== projectId)) {
			throw refused(`Activity ${String(raw)} does not belong to the given customer or project.`);
		}
		return activity;
	});
	for (const activity of chosen) {
		activity.billed = true;
		sim.changed('activities', activity, 'update', userId);
	}
	return json(200, chosen.map((a) => sim.serialize('activities', a)));
}
