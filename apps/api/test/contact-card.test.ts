import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  count,
  daysFromToday,
  establishedArchive,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';

let world: AssistanceWorld;
let id: string;
beforeAll(async () => {
  world = await startAssistanceWorld();
  id = await establishedArchive(world, 'wenhualu', 1, {
    approvedDaysAgo: 60,
    overrides: { otherContact: '微信 zgq1975' },
  });
});
afterAll(() => world?.server.close());

const CARD = `query($id: ID!) { archive(id: $id) { number contactCard {
  issuedOn
  personInChargeCopy { number name sex birthMonth address employer householdSummary causes hardshipCategory deadline contact assistanceUnit assistancePerson }
  workerCopy { name sex birthMonth assistanceUnit assistancePerson post phone liaisonName liaisonPost liaisonPhone
    measures { no code label chosen } measureOther actionPlans { no label chosen } actionPlanOther remarks }
} } }`;

const ISSUE = `mutation($id: ID!, $on: Date!) { issueContactCard(archiveId: $id, on: $on) {
  __typename
  ... on ContactCardPayload { archive { contactCard { issuedOn } } }
  ... on ValidationError { fieldErrors { path code message } }
} }`;

const card = async (user: string) =>
  (await world.server.graphql(CARD, { id }, world.tokens[user])).data!.archive;

describe('the contact card (联系卡)', () => {
  it('is null until the current cycle has a plan', async () => {
    expect((await card('wenhualu')).contactCard).toBeNull();
    const res = await world.server.graphql(
      ISSUE,
      { id, on: daysFromToday(0) },
      world.tokens.wenhualu,
    );
    expect(res.data!.issueContactCard.fieldErrors).toEqual([
      expect.objectContaining({ path: ['archiveId'], code: 'NO_ASSISTANCE_PLAN' }),
    ]);
  });

  it('carries the seed’s fields for both copies, with Chinese labels', async () => {
    const plan = await world.server.graphql(
      `mutation($id: ID!, $input: AssistancePlanInput!) { setAssistancePlan(archiveId: $id, input: $input) { __typename } }`,
      {
        id,
        input: {
          personPost: '副主任',
          personPhone: '13700002222',
          liaisonName: '孙丽',
          liaisonPost: '工会主席',
          liaisonPhone: '0371-65550000',
          targetMonth: '2027-06',
          remarks: '每季度走访一次',
        },
      },
      world.tokens.wenhualu,
    );
    expect(plan.data!.setAssistancePlan.__typename).toBe('AssistancePlanPayload');
    const a = await card('wenhualu');
    expect(a.contactCard.issuedOn).toBeNull();
    expect(a.contactCard.personInChargeCopy).toEqual({
      number: a.number,
      name: '张国强',
      sex: '男',
      birthMonth: '1975 年 08 月',
      address: '河南省郑州市金水区文化路街道纬五路12号院3号楼2单元401',
      employer: '郑州纺织机械有限公司',
      householdSummary: '共 3 人：配偶 李秀英（失业/无业），儿子 张磊（大学）',
      causes: '主要：患重特大疾病；次要：下岗失业、子女上学',
      hardshipCategory: '深度困难',
      deadline: '2027 年 06 月底前实现解困脱困',
      contact: '138****5678；微信 zgq1975',
      assistanceUnit: '金水区总工会',
      assistancePerson: '赵敏',
    });
    const worker = a.contactCard.workerCopy;
    expect(worker).toMatchObject({
      name: '张国强',
      sex: '男',
      birthMonth: '1975 年 08 月',
      assistanceUnit: '金水区总工会',
      assistancePerson: '赵敏',
      post: '副主任',
      phone: '13700002222',
      liaisonName: '孙丽',
      liaisonPost: '工会主席',
      liaisonPhone: '0371-65550000',
      measureOther: '申请临时救助',
      actionPlanOther: null,
      remarks: '每季度走访一次',
    });
    // Every option is printed in the seed's order; the chosen ones are ticked.
    expect(
      worker.measures.map(
        (m: { no: number; label: string; chosen: boolean }) =>
          `${m.no}.${m.label}${m.chosen ? '✓' : ''}`,
      ),
    ).toEqual([
      '1.就业创业发展',
      '2.纳入社保制度覆盖',
      '3.纳入大病保险和医疗互助保险保障✓',
      '4.社会救助兜底',
      '5.其他（注明）✓',
    ]);
    expect(worker.actionPlans).toHaveLength(8);
    expect(
      worker.actionPlans
        .filter((p: { chosen: boolean }) => p.chosen)
        .map((p: { label: string }) => p.label),
    ).toEqual(['职工医疗互助计划', '金秋助学计划']);
  });

  it('analysts get a de-identified card: no names, birth month, address, contact or household', async () => {
    const a = await card('analyst');
    expect(a.contactCard.personInChargeCopy).toMatchObject({
      name: '（已隐藏）',
      birthMonth: null,
      address: null,
      contact: null,
      householdSummary: '（已隐藏）',
    });
    expect(a.contactCard.workerCopy).toMatchObject({ name: '（已隐藏）', birthMonth: null });
    expect(JSON.stringify(a)).not.toMatch(/张|李\*/);
  });

  it('is issued only from a plan the worker has signed (step 五), not before the signature', async () => {
    const unsigned = await world.server.graphql(
      ISSUE,
      { id, on: daysFromToday(0) },
      world.tokens.wenhualu,
    );
    expect(unsigned.data!.issueContactCard.fieldErrors).toEqual([
      expect.objectContaining({ code: 'PLAN_NOT_SIGNED' }),
    ]);
    const signed = await world.server.graphql(
      `mutation($id: ID!, $input: AssistancePlanInput!) { setAssistancePlan(archiveId: $id, input: $input, version: 1) {
        __typename ... on AssistancePlanPayload { plan { workerSignedOn signatureWitness } } } }`,
      {
        id,
        input: {
          targetMonth: '2027-06',
          workerSignedOn: daysFromToday(-2),
          signatureWitness: '孙丽',
        },
      },
      world.tokens.wenhualu,
    );
    expect(signed.data!.setAssistancePlan.plan).toEqual({
      workerSignedOn: daysFromToday(-2),
      signatureWitness: '孙丽',
    });
    const early = await world.server.graphql(
      ISSUE,
      { id, on: daysFromToday(-3) },
      world.tokens.wenhualu,
    );
    expect(early.data!.issueContactCard.fieldErrors).toEqual([
      expect.objectContaining({ path: ['on'], code: 'CARD_BEFORE_SIGNATURE' }),
    ]);
  });

  it('issueContactCard records the day it was handed over, in the history too', async () => {
    const on = daysFromToday(-1);
    const res = await world.server.graphql(ISSUE, { id, on }, world.tokens.wenhualu);
    expect(res.data!.issueContactCard.archive.contactCard.issuedOn).toBe(on);
    const rows = await world.server.db.execute(
      sql`select count(*)::int as n from archive_history where archive_id = ${id} and action = 'ISSUE_CONTACT_CARD'`,
    );
    expect(JSON.stringify(rows)).toContain('"n":1');
  });

  it('refuses a day in the future or before the approval, and other unions', async () => {
    const history = await count(world, 'archive_history', id);
    for (const [on, code] of [
      [daysFromToday(2), 'DATE_IN_FUTURE'],
      [daysFromToday(-61), 'DATE_BEFORE_APPROVAL'],
    ] as const) {
      const res = await world.server.graphql(ISSUE, { id, on }, world.tokens.wenhualu);
      expect(res.data!.issueContactCard.fieldErrors).toEqual([
        expect.objectContaining({ path: ['on'], code }),
      ]);
    }
    for (const user of ['huanghelu', 'jinshui', 'zhengzhou', 'analyst']) {
      const res = await world.server.graphql(
        ISSUE,
        { id, on: daysFromToday(0) },
        world.tokens[user],
      );
      expect(res.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
    }
    expect(await count(world, 'archive_history', id)).toBe(history);
    expect((await card('wenhualu')).contactCard.issuedOn).toBe(daysFromToday(-1));
  });

  it('another city reads the archive, card included, as null', async () => {
    const res = await world.server.graphql(CARD, { id }, world.tokens.kaifeng);
    expect(res.data!.archive).toBeNull();
  });
});
