import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIdNumber } from './support/archive-input.js';
import { FIXTURE_USERS, seedFixtureTree, type FixtureTree } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';
import { daysFromToday, workflowClient } from './support/workflow.js';

let server: TestServer;
let tree: FixtureTree;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  tree = await seedFixtureTree(server.db);
  for (const username of Object.keys(FIXTURE_USERS))
    tokens[username] = await server.login(username);
  await server.db.execute(
    sql`update unions set address = '郑州市金水区文化路街道办事处二楼', liaison_name = '孙丽', liaison_post = '工会主席', liaison_phone = '0371-63561234'
        where id = ${tree.unions.wenhualu.id}`,
  );
  const flow = workflowClient(server, tokens);
  const notice = async (
    key: string,
    user: string,
    seq: number,
    startsOn: string,
    endsOn: string,
    name = '张国强',
  ) => {
    ids[key] = await flow.create(user, seq, { name });
    await flow.step('startPublicNotice', ids[key]!, tokens[user]!, { startsOn, endsOn });
  };
  await notice('lastWeek', 'wenhualu', 1, daysFromToday(-14), daysFromToday(-7));
  await notice('now', 'huanghelu', 2, daysFromToday(-3), daysFromToday(4), '欧阳娜娜');
  await notice('kaifeng', 'gulou-jc', 3, daysFromToday(-14), daysFromToday(-7));
  await notice('withdrawn', 'wenhualu', 4, daysFromToday(-14), daysFromToday(-7));
  await flow.step('withdrawPublicNotice', ids.withdrawn!, tokens.wenhualu!);
  ids.draft = await flow.create('wenhualu', 5);
  // Approved since: the list still shows who was publicized in that period.
  await flow.step('submitForApproval', ids.lastWeek!, tokens.wenhualu!);
  await flow.step('approveArchive', ids.lastWeek!, tokens.jinshui!);
});
afterAll(() => server?.close());

const LIST = `query($u: ID!, $from: Date!, $to: Date!) { publicNoticeList(unionId: $u, from: $from, to: $to) {
  __typename
  ... on PublicNoticeList { unionName from to entries {
    archiveId name unionName hardshipCategory hardshipCategoryLabel primaryCause primaryCauseLabel noticeStartsOn noticeEndsOn
    objectionsTo { unionName address liaisonName liaisonPost liaisonPhone }
  } }
  ... on ValidationError { fieldErrors { path code } }
} }`;

describe('公示名单', () => {
  it('lists the subtree’s archives whose notice overlaps the period, names masked, with where to object', async () => {
    const res = await server.graphql(
      LIST,
      { u: tree.unions.jinshui.id, from: daysFromToday(-10), to: daysFromToday(-5) },
      tokens.jinshui,
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.publicNoticeList;
    expect(list).toMatchObject({
      unionName: '郑州市金水区总工会',
      from: daysFromToday(-10),
      to: daysFromToday(-5),
    });
    expect(list.entries).toEqual([
      {
        archiveId: ids.lastWeek,
        name: '张*强',
        unionName: '金水区文化路街道总工会',
        hardshipCategory: 'DEEP',
        hardshipCategoryLabel: '深度困难',
        primaryCause: 'SERIOUS_ILLNESS',
        primaryCauseLabel: '患重特大疾病',
        noticeStartsOn: daysFromToday(-14),
        noticeEndsOn: daysFromToday(-7),
        objectionsTo: {
          unionName: '金水区文化路街道总工会',
          address: '郑州市金水区文化路街道办事处二楼',
          liaisonName: '孙丽',
          liaisonPost: '工会主席',
          liaisonPhone: '0371-63561234',
        },
      },
    ]);
    expect(res.statements.filter((s) => !/(from|update) "sessions"/.test(s))).toHaveLength(2);
  });

  it('never carries ID numbers, incomes, health or home addresses', async () => {
    const res = await server.graphql(
      LIST,
      { u: tree.unions.province.id, from: daysFromToday(-30), to: daysFromToday(30) },
      tokens.province,
    );
    const entries = res.data!.publicNoticeList.entries;
    expect(entries.map((e: { name: string }) => e.name).sort()).toEqual(
      ['张*强', '张*强', '欧**娜'].sort(),
    );
    const dump = JSON.stringify(res.data);
    for (const seq of [1, 2, 3]) expect(dump).not.toContain(testIdNumber(seq));
    // Not even masked: a masked ID keeps its region and last four characters.
    expect(dump).not.toMatch(/\d{6}\*{8}/);
    const secrets = [
      '纬五路',
      '2400000',
      '120000',
      '13812345678',
      '138****5678',
      '6222021234567890128',
      '6222***********0128',
    ];
    for (const secret of [...secrets, 'GOOD', '张国强', '欧阳娜娜']) {
      expect(dump).not.toContain(secret);
    }
  });

  it('leaves out drafts and withdrawn notices, and other subtrees', async () => {
    const res = await server.graphql(
      LIST,
      { u: tree.unions.wenhualu.id, from: daysFromToday(-30), to: daysFromToday(30) },
      tokens.wenhualu,
    );
    expect(
      res.data!.publicNoticeList.entries.map((e: { archiveId: string }) => e.archiveId),
    ).toEqual([ids.lastWeek]);
    const current = await server.graphql(
      LIST,
      { u: tree.unions.zhengzhou.id, from: daysFromToday(0), to: daysFromToday(0) },
      tokens['zz-analyst'],
    );
    expect(
      current.data!.publicNoticeList.entries.map((e: { archiveId: string }) => e.archiveId),
    ).toEqual([ids.now]);
  });

  it("refuses another union's subtree, and a period that ends before it starts", async () => {
    const other = await server.graphql(
      LIST,
      { u: tree.unions.jinshui.id, from: daysFromToday(-30), to: daysFromToday(0) },
      tokens['gulou-jc'],
    );
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const backwards = await server.graphql(
      LIST,
      { u: tree.unions.jinshui.id, from: daysFromToday(0), to: daysFromToday(-1) },
      tokens.jinshui,
    );
    expect(backwards.data!.publicNoticeList).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['to'], code: 'PERIOD_ENDS_BEFORE_START' }],
    });
  });
});
