import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  count,
  daysFromToday,
  draftArchive,
  establishedArchive,
  monthFromNow,
  rowsOf,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';

let world: AssistanceWorld;
beforeAll(async () => {
  world = await startAssistanceWorld();
  await world.server.db.execute(
    sql`update unions set liaison_name = '孙丽', liaison_post = '工会主席', liaison_phone = '13900001111' where code = '410105-001'`,
  );
});
afterAll(() => world?.server.close());

const SET = `mutation($id: ID!, $input: AssistancePlanInput!, $v: Int) {
  setAssistancePlan(archiveId: $id, input: $input, version: $v) {
    __typename
    ... on AssistancePlanPayload {
      plan { id cycle version assistanceUnit personName personPost personPhone liaisonName liaisonPost liaisonPhone
             measures measureOther actionPlans actionPlanOther targetMonth workerSignedOn remarks }
      archive { id plan { id } plans { cycle } }
    }
    ... on ValidationError { message fieldErrors { path code message } }
  }
}`;

const set = (user: string, id: string, input: Record<string, unknown>, v?: number) =>
  world.server.graphql(SET, { id, input, v }, world.tokens[user]);

const codes = (res: Awaited<ReturnType<typeof set>>) =>
  Object.fromEntries(
    res.data!.setAssistancePlan.fieldErrors.map((e: { path: string[]; code: string }) => [
      e.path.join('.'),
      e.code,
    ]),
  );

describe('setting the assistance plan', () => {
  let id: string;
  beforeAll(async () => {
    id = await establishedArchive(world, 'wenhualu', 1);
  });

  it('the grassroots admin makes it; unit, person, measures, plans and liaison default from the archive and union', async () => {
    const target = monthFromNow(12);
    const res = await set('wenhualu', id, {
      personPost: '社区主任',
      personPhone: '0371-6555 1234',
      targetMonth: target,
    });
    expect(res.errors).toBeUndefined();
    const { plan, archive } = res.data!.setAssistancePlan;
    expect(plan).toEqual({
      id: expect.any(String),
      cycle: 1,
      version: 1,
      assistanceUnit: '金水区总工会',
      personName: '赵敏',
      personPost: '社区主任',
      personPhone: '0371-6555 1234',
      liaisonName: '孙丽',
      liaisonPost: '工会主席',
      liaisonPhone: '13900001111',
      measures: ['SERIOUS_ILLNESS_AND_MUTUAL_AID', 'OTHER'],
      measureOther: '申请临时救助',
      actionPlans: ['MEDICAL_MUTUAL_AID', 'GOLDEN_AUTUMN_EDUCATION'],
      actionPlanOther: null,
      targetMonth: target,
      workerSignedOn: null,
      remarks: null,
    });
    expect(archive.plan.id).toBe(plan.id);
    expect(archive.plans).toEqual([{ cycle: 1 }]);
  });

  it('goes to the archive history, with phone numbers masked', async () => {
    const rows = rowsOf<{ action: string; changes: Record<string, { to: unknown }> }>(
      await world.server.db.execute(
        sql`select action, changes from archive_history where archive_id = ${id} order by id`,
      ),
    );
    const entry = rows.find((r) => r.action === 'CREATE_PLAN')!;
    expect(entry.changes['plan.personName']!.to).toBe('赵敏');
    expect(entry.changes['plan.liaisonPhone']!.to).toBe('139****1111');
    expect(JSON.stringify(entry.changes)).not.toContain('13900001111');
  });

  it('a given liaison replaces the union’s as a whole; changes need the version read', async () => {
    const input = {
      targetMonth: monthFromNow(6),
      liaisonName: '周强',
      actionPlans: ['ONE_TO_ONE_PAIRING', 'OTHER'],
      actionPlanOther: '结对帮扶',
    };
    const changed = await set('wenhualu', id, input, 1);
    expect(changed.data!.setAssistancePlan.plan).toMatchObject({
      version: 2,
      liaisonName: '周强',
      liaisonPost: null,
      liaisonPhone: null,
      actionPlans: ['ONE_TO_ONE_PAIRING', 'OTHER'],
      actionPlanOther: '结对帮扶',
    });
    const historyBefore = await count(world, 'archive_history', id);
    for (const v of [1, undefined]) {
      const stale = await set('wenhualu', id, { ...input, remarks: '覆盖' }, v);
      expect(codes(stale)).toEqual({ version: 'VERSION_CONFLICT' });
    }
    expect(await count(world, 'archive_history', id)).toBe(historyBefore);
    const read = await world.server.graphql(
      'query($id: ID!) { archive(id: $id) { plan { version remarks } } }',
      { id },
      world.tokens.wenhualu,
    );
    expect(read.data!.archive.plan).toEqual({ version: 2, remarks: null });
  });

  it('the province may set it too; other unions and roles are FORBIDDEN', async () => {
    const ok = await set('province', id, { targetMonth: monthFromNow(6) }, 2);
    expect(ok.data!.setAssistancePlan.plan.version).toBe(3);
    for (const user of ['huanghelu', 'jinshui', 'zhengzhou', 'analyst', 'gulou-jc', 'kaifeng']) {
      const res = await set(user, id, { targetMonth: monthFromNow(6) }, 3);
      expect(res.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
    }
  });

  it('is refused on an archive that is not established', async () => {
    const draft = await draftArchive(world, 'wenhualu', 2);
    const res = await set('wenhualu', draft, { targetMonth: monthFromNow(6) });
    expect(codes(res)).toEqual({ archiveId: 'ARCHIVE_NOT_ESTABLISHED' });
    expect(await count(world, 'assistance_plans', draft)).toBe(0);
  });
});

describe('bad plan input', () => {
  let id: string;
  beforeAll(async () => {
    id = await establishedArchive(world, 'wenhualu', 3, {
      approvedDaysAgo: 90,
      overrides: { assistanceUnit: null, assistancePerson: null },
    });
  });

  it('names every field with a stable code and a Chinese message, and writes nothing', async () => {
    const res = await set('wenhualu', id, {
      personPhone: '12345',
      liaisonPhone: '1381234',
      measures: [],
      actionPlans: ['SKILLS_TRAINING', 'SKILLS_TRAINING', 'OTHER'],
      targetMonth: '2026-13',
      workerSignedOn: daysFromToday(3),
      remarks: '很长'.repeat(251),
    });
    expect(res.data!.setAssistancePlan.__typename).toBe('ValidationError');
    expect(codes(res)).toEqual({
      assistanceUnit: 'REQUIRED',
      personName: 'REQUIRED',
      personPhone: 'PHONE_FORMAT',
      liaisonPhone: 'PHONE_FORMAT',
      measures: 'PLAN_MEASURES_REQUIRED',
      'actionPlans.1': 'OPTION_DUPLICATE',
      actionPlanOther: 'ACTION_PLAN_OTHER_NOTE_REQUIRED',
      targetMonth: 'YEAR_MONTH_FORMAT',
      workerSignedOn: 'DATE_IN_FUTURE',
      remarks: 'TEXT_TOO_LONG',
    });
    for (const e of res.data!.setAssistancePlan.fieldErrors)
      expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(
      res.data!.setAssistancePlan.fieldErrors.find(
        (e: { path: string[] }) => e.path[0] === 'personName',
      ).message,
    ).toContain('帮扶责任人');
    expect(await count(world, 'assistance_plans', id)).toBe(0);
  });

  it('needs a target month, and not one before the approval', async () => {
    const base = { assistanceUnit: '文化路街道办', personName: '钱进' };
    expect(codes(await set('wenhualu', id, base))).toEqual({ targetMonth: 'REQUIRED' });
    expect(codes(await set('wenhualu', id, { ...base, targetMonth: monthFromNow(-6) }))).toEqual({
      targetMonth: 'TARGET_MONTH_BEFORE_APPROVAL',
    });
    const ok = await set('wenhualu', id, { ...base, targetMonth: monthFromNow(0) });
    expect(ok.data!.setAssistancePlan.plan.targetMonth).toBe(monthFromNow(0));
  });
});

describe('plans per cycle', () => {
  it('a re-entered archive starts without a plan; the old cycle’s plan is kept', async () => {
    const id = await establishedArchive(world, 'wenhualu', 4);
    await set('wenhualu', id, { targetMonth: monthFromNow(3) });
    await world.server.db.execute(sql`update archives set cycle = 2 where id = ${id}`);
    const read = await world.server.graphql(
      'query($id: ID!) { archive(id: $id) { plan { id } plans { cycle } } }',
      { id },
      world.tokens.wenhualu,
    );
    expect(read.data!.archive).toEqual({ plan: null, plans: [{ cycle: 1 }] });
    const second = await set('wenhualu', id, { targetMonth: monthFromNow(9) });
    expect(second.data!.setAssistancePlan.plan).toMatchObject({ cycle: 2, version: 1 });
    expect(second.data!.setAssistancePlan.archive.plans).toEqual([{ cycle: 1 }, { cycle: 2 }]);
  });
});
