// The README's and docs pages' examples run as written in the sandbox (`npm start -- --sandbox`): every email,
// ID and name they use is the sandbox account's (the simulator's seed), or a new record that an
// example creates and the seed must not already hold.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

// Not the simulator's index: it loads nock, which would stay active after this file.
import { MocoSimulator } from './simulator/moco';
import { RESOURCES } from './simulator/resources';
import { SEED_IDS, seedData } from './simulator/seed';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const docs = join(__dirname, '..', 'docs');
/** The README's operations and AI Agent sections, and every area page under docs/ (where the worked examples live). */
const examples = [
	readme.slice(readme.indexOf('## Operations'), readme.indexOf('## Reliability')),
	...readdirSync(docs)
		.filter((file) => file.endsWith('.md'))
		.sort()
		.map((file) => readFileSync(join(docs, file), 'utf8')),
].join('\n');
const { units, users } = seedData();

/** What the examples create (User > Create, Team > Create, the rename), and a misspelling shown in an error. */
const CREATED = { emails: ['mia@acme.example'], teams: ['Kundenservice', 'Vertrieb'], misspelt: ['Sals'] };
/** MOCO, like the simulator, gives a new team the next ID. */
const nextUnitId = Math.max(...units.map((unit) => unit.id)) + 1;

const all = (pattern: RegExp) => [...examples.matchAll(pattern)].map((match) => match[1]);

test('the examples section is where the test looks', () => {
	expect(examples.length).toBeGreaterThan(2000);
	expect(examples).toContain('**Example:');
});

test('every email is a sandbox user, or the new hire the Create example adds', () => {
	const emails = all(/([\w.+-]+(?:@|%40)acme\.example)/g).map((email) => email.replace('%40', '@'));
	expect(emails.length).toBeGreaterThan(3);
	const known = users.map((user) => user.email);
	for (const email of emails) expect([...known, ...CREATED.emails]).toContain(email);
	for (const email of CREATED.emails) expect(known).not.toContain(email);
});

/** Every record of the sandbox account, and per resource the next IDs a Create example gets. */
function sandboxIds(): number[] {
	const account = new MocoSimulator();
	return RESOURCES.flatMap((entry) => {
		const ids = account.records(entry.name).map((record) => Number((record as { id: unknown }).id));
		const next = Math.max(0, ...ids) + 1;
		return [...ids, next, next + 1, next + 2];
	});
}

test('every MOCO ID is a seeded record, or one the Create examples get', () => {
	const seeded = sandboxIds();
	// IDs as the examples write them: in records and bodies, in paths, and picked By ID.
	const ids = all(/(?:"(?:\w+_)?id": |\/|By ID\*? `|ID )(\d{4,})\b/g)
		.map(Number)
		.filter((n) => n < 2000 || n > 2100); // years
	expect(ids.length).toBeGreaterThan(10);
	for (const id of ids) expect([...seeded, nextUnitId]).toContain(id);
	expect(examples).toContain(`{"id": ${nextUnitId}, "name": "${CREATED.teams[0]}"`);
});

test('every user record shown matches the sandbox user with that ID', () => {
	// A user as Simplify shows it (contacts have first names too, but no team).
	const records = all(/`(\{"id": \d+, "firstname"[^`]*"unit_id"[^`]*\})`/g).map((text) => JSON.parse(text) as Record<string, unknown>);
	expect(records.length).toBeGreaterThanOrEqual(2);
	for (const record of records) {
		const user = users.find((u) => u.id === record.id);
		expect(user).toBeDefined();
		expect(record).toMatchObject({ firstname: user!.firstname, lastname: user!.lastname, email: user!.email, active: user!.active, external: user!.extern });
		expect(units.map((unit) => unit.id)).toContain(record.unit_id);
	}
	// The team move example outputs the team it moved the user to.
	expect(examples).toMatch(new RegExp(`Team \\*Name\\*\\s+\`\\{\\{ "Sales" \\}\\}\`[\\s\\S]*?"unit_id": ${SEED_IDS.units.sales}`));
});

test('every name is the sandbox account\'s, unless an example creates it or shows a misspelling', () => {
	const names = [
		...all(/\{\{ "([^"]+)" \}\}/g),
		...all(/\*Name\* `([^`{]+)`/g),
		...all(/team "([^"]+)"/g),
		...all(/is named "([^"]+)"/g),
		...all(/Did you mean "([^"]+)"/g),
		...all(/\(e\.g\. "([^"]+)"\)/g),
		...all(/(?<!First |Last )Name `([^`{]+)`/g),
	];
	expect(names.length).toBeGreaterThan(5);
	const account = new MocoSimulator();
	const known = RESOURCES.flatMap((entry) => account.records(entry.name).map((record) => String((record as { name?: unknown }).name)));
	// A body that starts with a name is a Create example's: that record is new.
	const createdNames = all(/`\{"name": "([^"]+)"/g);
	for (const name of names) expect([...known, ...CREATED.teams, ...CREATED.misspelt, ...createdNames]).toContain(name);
	for (const name of [...CREATED.teams, ...CREATED.misspelt]) expect(known).not.toContain(name);
});

test('the users the Team > Delete example names are the ones in that team', () => {
	const [, team, count, list] = /team "([^"]+)" \(ID \d+\) while users belong to it\. It still has (\d+) users: ([^.]+)\./.exec(examples) ?? [];
	const unit = units.find((u) => u.name === team);
	expect(unit).toBeDefined();
	const members = users.filter((user) => user.unit?.id === unit!.id).map((user) => `${user.firstname} ${user.lastname}`);
	expect(list.split(', ')).toEqual(members);
	expect(Number(count)).toBe(members.length);
});
