import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  daysFromToday,
  dataStatements,
  rowsOf,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';
import { firstOfMonthOf, lastOfMonthOf } from './support/months.js';
import { TEST_PASSWORD } from './support/server.js';
import { establishThroughWorkflow, statistics } from './support/statistics.js';

/*
 * 报送 (DOMAIN §4, last bullet): the province sets periods; each city and direct county submits a
 * frozen snapshot of its statistics; the province sees who has reported, who is late, and each
 * snapshot beside today's numbers.
 */
let world: AssistanceWorld;
const OPEN = {
  code: 'open',
  label: '近期建档立卡情况',
  startsOn: firstOfMonthOf(daysFromToday(-60)),
  endsOn: lastOfMonthOf(daysFromToday(0)),
  dueOn: daysFromToday(30),
};
const PAST = {
  code: '2016-10',
  label: '2016年建档立卡情况',
  startsOn: '2016-07-01',
  endsOn: '2016-10-31',
  dueOn: '2016-10-31',
};

const CREATE_PERIOD = `mutation($code: String!, $label: String!, $startsOn: Date!, $endsOn: Date!, $dueOn: Date) {
  createReportPeriod(code: $code, label: $label, startsOn: $startsOn, endsOn: $endsOn, dueOn: $dueOn) {
    __typename
    ... on ReportPeriodCreated { period { code label startsOn endsOn dueOn } }
    ... on ValidationError { message fieldErrors { path code message } }
  }
}`;
const SUBMIT = `mutation($period: String!, $note: String) { submitReport(period: $period, note: $note) {
  __typename
  ... on ReportSubmitted { submission { id version note snapshot union { code } period { code } submittedBy { username }
    revisions { version note snapshot } } }
  ... on ValidationError { message fieldErrors { path code message } }
} }`;
const OVERVIEW = `query($period: String!) { reportSubmissions(period: $period) {
  union { code } status submittedLate
  submission { version note submittedBy { username } }
  submitted { totalArchives established ledgerAmountFen }
  today { totalArchives established ledgerAmountFen establishmentDueOn }
} }`;

const submit = (user: string, period: string, note?: string) =>
  world.server.graphql(SUBMIT, { period, note }, world.tokens[user]);
const overview = async (user: string, period: string) => {
  const res = await world.server.graphql(OVERVIEW, { period }, world.tokens[user]);
  expect(res.errors).toBeUndefined();
  return res.data!.reportSubmissions as {
    union: { code: string };
    status: string;
    [k: string]: unknown;
  }[];
};
const countRows = async (table: string) =>
  rowsOf<{ n: number }>(
    await world.server.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`),
  )[0]!.n;

beforeAll(async () => {
  world = await startAssistanceWorld();
  await establishThroughWorkflow(world, 'wenhualu', 'jinshui', 1);
  await establishThroughWorkflow(world, 'gulou-jc', 'gulou', 2);
  // A city-level admin of the direct county 巩义: it reports to the province like a city.
  const res = await world.server.graphql(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { __typename } }',
    {
      input: {
        username: 'gongyi-city',
        name: '巩义报送员',
        password: TEST_PASSWORD,
        role: 'CITY_ADMIN',
        unionId: world.tree.unions.gongyi.id,
      },
    },
    world.tokens.province,
  );
  expect(JSON.stringify(res)).not.toContain('error');
  world.tokens['gongyi-city'] = await world.server.signInFirstTime('gongyi-city');
});
afterAll(() => world?.server.close());

describe('reporting periods', () => {
  it('the province admin sets them; everyone signed in can list them, newest first', async () => {
    for (const period of [PAST, OPEN]) {
      const res = await world.server.graphql(CREATE_PERIOD, period, world.tokens.province);
      expect(res.data!.createReportPeriod).toEqual({
        __typename: 'ReportPeriodCreated',
        period: { ...period },
      });
    }
    const list = await world.server.graphql(
      '{ reportPeriods { code dueOn } }',
      {},
      world.tokens.wenhualu,
    );
    expect(list.data!.reportPeriods.map((p: { code: string }) => p.code)).toEqual([
      'open',
      '2016-10',
    ]);
  });

  it('others may not; bad input names the field, and nothing is written', async () => {
    for (const user of ['zhengzhou', 'analyst', 'jinshui']) {
      const res = await world.server.graphql(
        CREATE_PERIOD,
        { ...OPEN, code: 'other' },
        world.tokens[user],
      );
      expect(res.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
    }
    const before = await countRows('report_periods');
    const res = await world.server.graphql(
      CREATE_PERIOD,
      {
        code: 'open',
        label: ' ',
        startsOn: '2026-03-02',
        endsOn: '2026-02-27',
        dueOn: '2026-01-01',
      },
      world.tokens.province,
    );
    const codes = res.data!.createReportPeriod.fieldErrors.map(
      (e: { path: string[]; code: string }) => `${e.path[0]}:${e.code}`,
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        'label:REPORT_PERIOD_LABEL_REQUIRED',
        'startsOn:PERIOD_FROM_NOT_MONTH_START',
        'endsOn:PERIOD_TO_NOT_MONTH_END',
        'endsOn:PERIOD_ENDS_BEFORE_START',
        'dueOn:REPORT_DUE_BEFORE_START',
        'code:REPORT_PERIOD_CODE_TAKEN',
      ]),
    );
    expect(await countRows('report_periods')).toBe(before);
  });

  it('without a due date a period is due on the notice’s 31 October', async () => {
    const cases = [
      ['due-same-year', '2027-01-01', '2027-12-31', '2027-10-31'],
      ['due-next-year', '2027-11-01', '2027-12-31', '2028-10-31'],
    ] as const;
    for (const [code, startsOn, endsOn, due] of cases) {
      const res = await world.server.graphql(
        CREATE_PERIOD,
        { code, label: code, startsOn, endsOn },
        world.tokens.province,
      );
      expect(res.data!.createReportPeriod.period, code).toMatchObject({ code, dueOn: due });
    }
    const bad = await world.server.graphql(
      CREATE_PERIOD,
      { code: 'due-bad-start', label: 'x', startsOn: '2027-01-02', endsOn: '2027-12-31' },
      world.tokens.province,
    );
    expect(
      bad.data!.createReportPeriod.fieldErrors.map((e: { path: string[] }) => e.path[0]),
    ).toEqual(['startsOn']);
  });
});

describe('submitting a report', () => {
  it('a city admin freezes its statistics for the period, with a note', async () => {
    const res = await submit('zhengzhou', 'open', '郑州市本期建档立卡情况。');
    const s = res.data!.submitReport.submission;
    expect(s).toMatchObject({
      version: 1,
      note: '郑州市本期建档立卡情况。',
      union: { code: '410100' },
      period: { code: 'open' },
    });
    expect(s.submittedBy.username).toBe('zhengzhou');
    const now = await statistics(world, 'zhengzhou', { from: OPEN.startsOn, to: OPEN.endsOn });
    expect(s.snapshot).toMatchObject({
      union: { code: '410100' },
      from: OPEN.startsOn,
      to: OPEN.endsOn,
      totalArchives: 1,
      established: 1,
    });
    expect(s.snapshot.byKeyGroup).toEqual(
      now.byKeyGroup.map((r: object) => expect.objectContaining(r)),
    );
  });

  it('resubmitting before the due date replaces the report and keeps the old one', async () => {
    await establishThroughWorkflow(world, 'huanghelu', 'jinshui', 3);
    const res = await submit('zhengzhou', 'open', '更正：新增一户。');
    const s = res.data!.submitReport.submission;
    expect(s).toMatchObject({
      version: 2,
      note: '更正：新增一户。',
      snapshot: { totalArchives: 2 },
    });
    expect(s.revisions).toEqual([
      expect.objectContaining({
        version: 1,
        note: '郑州市本期建档立卡情况。',
        snapshot: expect.objectContaining({ totalArchives: 1 }),
      }),
    ]);
  });

  it('only city-level admins report, each for its own union', async () => {
    for (const user of ['province', 'jinshui', 'gongyi', 'zz-analyst', 'wenhualu']) {
      expect((await submit(user, 'open')).errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
    }
    const direct = await submit('gongyi-city', 'open');
    expect(direct.data!.submitReport.submission.union.code).toBe('410181');
  });

  it('refuses an unknown period or an overlong note, writing nothing', async () => {
    const before = await countRows('report_submissions');
    const unknown = await submit('kaifeng', 'no-such-period');
    expect(unknown.data!.submitReport.fieldErrors).toEqual([
      expect.objectContaining({ path: ['period'], code: 'REPORT_PERIOD_NOT_FOUND' }),
    ]);
    const long = await submit('kaifeng', 'open', '说'.repeat(2001));
    expect(long.data!.submitReport.fieldErrors).toEqual([
      expect.objectContaining({ path: ['note'], code: 'REPORT_NOTE_TOO_LONG' }),
    ]);
    expect(await countRows('report_submissions')).toBe(before);
  });

  it('after the due date a report may still come in once, late, but can no longer change', async () => {
    const first = await submit('kaifeng', '2016-10', '补报。');
    expect(first.data!.submitReport.submission.version).toBe(1);
    const again = await submit('kaifeng', '2016-10', '再次补报。');
    expect(again.data!.submitReport.fieldErrors).toEqual([
      expect.objectContaining({
        path: ['period'],
        code: 'REPORT_DUE_DATE_PASSED',
        message: expect.stringContaining('2016-10-31'),
      }),
    ]);
  });
});

describe('who has reported (reportSubmissions)', () => {
  it('the province sees every city and direct county: submitted, late or pending, the snapshot beside today', async () => {
    await establishThroughWorkflow(world, 'zz-direct', 'zhengzhou', 4);
    const open = await overview('province', 'open');
    expect(open.map((r) => [r.union.code, r.status])).toEqual([
      ['410100', 'SUBMITTED'],
      ['410181', 'SUBMITTED'],
      ['410200', 'PENDING'],
    ]);
    expect(open[0]).toMatchObject({
      submittedLate: false,
      submission: { version: 2, submittedBy: { username: 'zhengzhou' } },
      submitted: { totalArchives: 2, established: 2 },
      // One more archive established in 郑州 since it reported.
      today: { totalArchives: 3, established: 3 },
    });
    expect(open[2]).toMatchObject({
      submission: null,
      submitted: null,
      today: { totalArchives: 1 },
    });
    const past = await overview('province', '2016-10');
    expect(past.map((r) => [r.union.code, r.status, r.submittedLate])).toEqual([
      ['410100', 'LATE', false],
      ['410181', 'LATE', false],
      ['410200', 'SUBMITTED', true],
    ]);
  });

  it('a city sees its own row, a county none; an unknown period is BAD_USER_INPUT', async () => {
    expect((await overview('zhengzhou', 'open')).map((r) => r.union.code)).toEqual(['410100']);
    expect(await overview('jinshui', 'open')).toEqual([]);
    const res = await world.server.graphql(OVERVIEW, { period: 'nope' }, world.tokens.province);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [expect.objectContaining({ code: 'REPORT_PERIOD_NOT_FOUND' })],
    });
  });

  it('reads a constant number of statements for any number of reporting unions', async () => {
    const res = await world.server.graphql(OVERVIEW, { period: 'open' }, world.tokens.province);
    const city = await world.server.graphql(OVERVIEW, { period: 'open' }, world.tokens.zhengzhou);
    expect(dataStatements(res.statements).length).toBe(dataStatements(city.statements).length);
    expect(dataStatements(res.statements).length).toBeLessThanOrEqual(7);
  });
});
