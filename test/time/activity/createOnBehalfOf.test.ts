import { useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { CREATE_SIMULATOR, calls, createActivity as create, onlyRequest, pick } from './fixtures';

const sim = useSimulator(CREATE_SIMULATOR);
const P = SEED_IDS.projects;
const T = SEED_IDS.tasks;
const U = SEED_IDS.users;

describe('Activity > Create: On Behalf Of', () => {
	test('by email: the entry is Zoë’s; only the POST carries X-IMPERSONATE-USER-ID, the look-up does not', async () => {
		const result = await create({ duration: '1', additionalFields: { onBehalfOf: pick.email('zoe.angstrom@acme.example') } });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true', 'POST /api/v1/activities']);
		const [lookup, post] = sim().requests;
		expect(lookup.headers['x-impersonate-user-id']).toBeUndefined();
		expect(post.headers['x-impersonate-user-id']).toBe(String(U.zoe));
		expect(post.json).toEqual({ date: '2026-01-06', project_id: P.relaunch, task_id: T.relaunchDesign, seconds: 3600 });
		expect(result.items[0].json).toMatchObject({ user_id: U.zoe, user_name: 'Zoë Ångström' });
	});

	test('per item: the header never leaks from one item to the next', async () => {
		const result = await create(
			{ onBehalfOf: undefined, additionalFields: { onBehalfOf: '={{ $json.who ? { "__rl": true, "mode": "id", "value": $json.who } : "" }}' } },
			{ items: [{ who: U.zoe }, {}, { who: U.renee }] },
		);

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((request) => request.headers['x-impersonate-user-id'])).toEqual([String(U.zoe), undefined, String(U.renee)]);
		expect(result.items.map((item) => item.json.user_id)).toEqual([U.zoe, U.juergen, U.renee]);
	});

	test("a key without the Staff permission: MOCO's 403 in its words", async () => {
		const result = await create(
			{ additionalFields: { onBehalfOf: pick.id(U.zoe) } },
			{ credentials: { subdomain: 'acme', apiKey: 'lukasz-key' } },
		);

		expect(result.error).toMatchObject({ message: 'MOCO refused access (403): Forbidden: impersonation requires the Staff permission', httpCode: '403' });
		expect(onlyRequest(sim()).impersonate).toBe(String(U.zoe));
	});
});
