import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveInput } from './support/archive-input.js';
import { FIXTURE_USERS, seedFixtureTree } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';
import {
  daysFromToday,
  DETERMINATION,
  workflowClient,
  type Workflow,
  type WorkflowMutation,
} from './support/workflow.js';

let server: TestServer;
let flow: Workflow;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  await seedFixtureTree(server.db);
  for (const username of Object.keys(FIXTURE_USERS))
    tokens[username] = await server.login(username);
  flow = workflowClient(server, tokens);
});
afterAll(() => server?.close());

type State = 'DRAFT' | 'PUBLICIZING' | 'PENDING_APPROVAL' | 'ESTABLISHED' | 'EXITED';
const ROAD: [WorkflowMutation, 'keeper' | 'approver'][] = [
  ['startPublicNotice', 'keeper'],
  ['submitForApproval', 'keeper'],
  ['approveArchive', 'approver'],
  ['exitArchive', 'approver'],
];
const STATES: State[] = ['DRAFT', 'PUBLICIZING', 'PENDING_APPROVAL', 'ESTABLISHED', 'EXITED'];

let seq = 100;
/** A fresh archive of `keeper`'s union, walked to `state` by the right actors. */
async function archiveIn(state: State, keeper = 'wenhualu', approver = 'jinshui'): Promise<string> {
  const id = await flow.create(keeper, seq++);
  for (const [action, who] of ROAD.slice(0, STATES.indexOf(state))) {
    await flow.step(action, id, tokens[who === 'keeper' ? keeper : approver]!);
  }
  return id;
}

async function writtenFor(id: string) {
  const rows = await server.db.execute(
    sql`select a.version, a.status, (select count(*)::int from archive_history h where h.archive_id = a.id) as entries,
        (select count(*)::int from notice_objections o where o.archive_id = a.id) as objections from archives a where a.id = ${id}`,
    'objects',
  );
  return JSON.stringify(rows);
}

const KEEPER_ACTIONS: [WorkflowMutation, State, State][] = [
  ['startPublicNotice', 'DRAFT', 'PUBLICIZING'],
  ['recordObjection', 'PUBLICIZING', 'PUBLICIZING'],
  ['withdrawPublicNotice', 'PUBLICIZING', 'DRAFT'],
  ['submitForApproval', 'PUBLICIZING', 'PENDING_APPROVAL'],
];
// 县级工会审批: approval and rejection are the county's alone (not even the province's).
const APPROVER_ACTIONS: [WorkflowMutation, State, State][] = [
  ['approveArchive', 'PENDING_APPROVAL', 'ESTABLISHED'],
  ['rejectArchive', 'PENDING_APPROVAL', 'DRAFT'],
  ['redetermineArchive', 'ESTABLISHED', 'ESTABLISHED'],
];
const COUNTY_ACTIONS: [WorkflowMutation, State, State][] = [
  ['exitArchive', 'ESTABLISHED', 'EXITED'],
  ['reenterArchive', 'EXITED', 'DRAFT'],
];

describe('who may move an archive of 文化路 (under the 金水 county, under 郑州)', () => {
  const cases: [WorkflowMutation, State, State, string[]][] = [
    ...KEEPER_ACTIONS.map(
      ([a, from, to]) =>
        [a, from, to, ['wenhualu', 'province']] as [WorkflowMutation, State, State, string[]],
    ),
    ...APPROVER_ACTIONS.map(
      ([a, from, to]) => [a, from, to, ['jinshui']] as [WorkflowMutation, State, State, string[]],
    ),
    ...COUNTY_ACTIONS.map(
      ([a, from, to]) =>
        [a, from, to, ['jinshui', 'province']] as [WorkflowMutation, State, State, string[]],
    ),
  ];
  it.each(cases)(
    '%s (%s → %s): allowed for %j, FORBIDDEN for every other role and union',
    async (action, from, to, allowed) => {
      const id = await archiveIn(from);
      const before = await writtenFor(id);
      for (const user of Object.keys(FIXTURE_USERS).filter((u) => !allowed.includes(u))) {
        const result = await flow.run(action, id, tokens[user]!);
        expect(result, `${action} by ${user}`).toMatchObject({
          __typename: 'Error',
          code: 'FORBIDDEN',
        });
      }
      expect(await writtenFor(id)).toBe(before);
      for (const [i, user] of allowed.entries()) {
        const target = i === 0 ? id : await archiveIn(from);
        const version = JSON.parse(await writtenFor(target))[0].version;
        const result = await flow.step(action, target, tokens[user]!);
        expect(result).toMatchObject({ status: to, version: version + 1 });
      }
    },
  );

  it('the city approves for a grassroots union directly under it; the county does not', async () => {
    const id = await archiveIn('PENDING_APPROVAL', 'zz-direct', 'zhengzhou');
    expect(await flow.run('approveArchive', id, tokens.jinshui!)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await flow.step('approveArchive', id, tokens.zhengzhou!)).toMatchObject({
      status: 'ESTABLISHED',
    });
    expect(await flow.step('exitArchive', id, tokens.zhengzhou!)).toMatchObject({
      status: 'EXITED',
    });
  });

  it('a directly administered county approves like a county; a city admin does not', async () => {
    const id = await archiveIn('PENDING_APPROVAL', 'gongyi-jc', 'gongyi');
    expect(await flow.run('approveArchive', id, tokens.zhengzhou!)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await flow.step('approveArchive', id, tokens.gongyi!)).toMatchObject({
      status: 'ESTABLISHED',
    });
  });
});

describe('transitions from the wrong state', () => {
  const wrong: [WorkflowMutation, State, string][] = [
    ['startPublicNotice', 'PUBLICIZING', 'wenhualu'],
    ['recordObjection', 'DRAFT', 'wenhualu'],
    ['withdrawPublicNotice', 'PENDING_APPROVAL', 'wenhualu'],
    ['submitForApproval', 'DRAFT', 'wenhualu'],
    ['approveArchive', 'PUBLICIZING', 'jinshui'],
    ['rejectArchive', 'ESTABLISHED', 'jinshui'],
    ['exitArchive', 'PENDING_APPROVAL', 'jinshui'],
    ['reenterArchive', 'ESTABLISHED', 'jinshui'],
  ];
  it.each(wrong)(
    '%s on a %s archive is INVALID_TRANSITION naming the state, and writes nothing',
    async (action, state, user) => {
      const id = await archiveIn(state);
      const before = await writtenFor(id);
      const result = await flow.run(action, id, tokens[user]!);
      expect(result.__typename).toBe('ValidationError');
      expect(result.fieldErrors).toEqual([
        expect.objectContaining({ path: ['status'], code: 'INVALID_TRANSITION' }),
      ]);
      const label = {
        DRAFT: '录入中',
        PUBLICIZING: '公示中',
        PENDING_APPROVAL: '待审批',
        ESTABLISHED: '已建档',
        EXITED: '已脱困',
      }[state];
      expect(result.message).toContain(label);
      expect(await writtenFor(id)).toBe(before);
    },
  );
});

describe('public notice', () => {
  it('refuses a notice that ends before it starts; past dates are fine', async () => {
    const id = await archiveIn('DRAFT');
    const bad = await flow.run('startPublicNotice', id, tokens.wenhualu!, {
      startsOn: '2026-03-10',
      endsOn: '2026-03-09',
    });
    expect(bad.fieldErrors).toEqual([
      expect.objectContaining({ path: ['endsOn'], code: 'NOTICE_ENDS_BEFORE_START' }),
    ]);
    const ok = await flow.step('startPublicNotice', id, tokens.wenhualu!, {
      startsOn: '2016-08-01',
      endsOn: '2016-08-07',
    });
    expect(ok).toMatchObject({ noticeStartsOn: '2016-08-01', noticeEndsOn: '2016-08-07' });
  });

  it('refuses submission until the last day of the notice has passed, and offers it only then', async () => {
    const id = await archiveIn('DRAFT');
    const running = await flow.step('startPublicNotice', id, tokens.wenhualu!, {
      startsOn: daysFromToday(-6),
      endsOn: daysFromToday(0),
    });
    expect(running.availableActions).not.toContain('submitForApproval');
    const early = await flow.run('submitForApproval', id, tokens.wenhualu!);
    expect(early.fieldErrors).toEqual([
      expect.objectContaining({ path: ['noticeEndsOn'], code: 'NOTICE_NOT_ENDED' }),
    ]);
    expect(early.message).toContain(daysFromToday(1));

    const ended = await archiveIn('PUBLICIZING');
    const read = await server.graphql(
      'query($id: ID!) { archive(id: $id) { availableActions } }',
      { id: ended },
      tokens.wenhualu,
    );
    expect([...read.data!.archive.availableActions].sort()).toEqual([
      'recordObjection',
      'submitForApproval',
      'withdrawPublicNotice',
    ]);
  });

  it('objections need a note; withdrawing needs a reason and clears the notice dates', async () => {
    const id = await archiveIn('PUBLICIZING');
    const blank = await flow.run('recordObjection', id, tokens.wenhualu!, { note: '   ' });
    expect(blank.fieldErrors).toEqual([
      expect.objectContaining({ path: ['note'], code: 'REQUIRED' }),
    ]);
    const noReason = await flow.run('withdrawPublicNotice', id, tokens.wenhualu!, { reason: '' });
    expect(noReason.fieldErrors).toEqual([
      expect.objectContaining({ path: ['reason'], code: 'REQUIRED' }),
    ]);
    const withdrawn = await flow.step('withdrawPublicNotice', id, tokens.wenhualu!);
    expect(withdrawn).toMatchObject({ status: 'DRAFT', noticeStartsOn: null, noticeEndsOn: null });
  });
});

describe('approval and rejection', () => {
  it('approval needs a valid determination', async () => {
    const id = await archiveIn('PENDING_APPROVAL');
    const incomplete = await flow.run('approveArchive', id, tokens.jinshui!, {
      determination: { ...DETERMINATION, keyGroups: [] },
    });
    expect(incomplete.fieldErrors).toContainEqual(
      expect.objectContaining({
        path: ['determination', 'keyGroups'],
        code: 'KEY_GROUPS_REQUIRED',
      }),
    );
    // 否 with a classification is refused: a non-target is not classified.
    const classifiedNo = await flow.run('approveArchive', id, tokens.jinshui!, {
      determination: { ...DETERMINATION, isTarget: false },
    });
    expect(classifiedNo.__typename).toBe('ValidationError');
    const approved = await flow.step('approveArchive', id, tokens.jinshui!);
    expect(approved).toMatchObject({
      status: 'ESTABLISHED',
      determination: { isTarget: true, keyGroups: ['EXPENDITURE_HARDSHIP'] },
    });
    expect(approved.approvedAt).toBeTruthy();
  });

  it('rejection needs a reason, which stays on the archive until it is approved', async () => {
    const id = await archiveIn('PENDING_APPROVAL');
    const blank = await flow.run('rejectArchive', id, tokens.jinshui!, { reason: ' ' });
    expect(blank.fieldErrors).toEqual([
      expect.objectContaining({ path: ['reason'], code: 'REQUIRED' }),
    ]);
    const rejected = await flow.step('rejectArchive', id, tokens.jinshui!);
    expect(rejected).toMatchObject({
      status: 'DRAFT',
      rejectionReason: '家庭收入证明不全，请补充。',
    });
    await flow.step('startPublicNotice', id, tokens.wenhualu!);
    await flow.step('submitForApproval', id, tokens.wenhualu!);
    expect(await flow.step('approveArchive', id, tokens.jinshui!)).toMatchObject({
      rejectionReason: null,
    });
  });

  it('two approvers at once: one wins, the other is refused and nothing is written twice', async () => {
    const id = await archiveIn('PENDING_APPROVAL');
    // Two admins of the approving county, each in their own session.
    const second = await server.login('jinshui');
    const results = await Promise.all([
      flow.run('approveArchive', id, tokens.jinshui!),
      flow.run('approveArchive', id, second),
    ]);
    const kinds = results.map((r) => r.__typename).sort();
    expect(kinds).toEqual(['Archive', 'ValidationError']);
    const loser = results.find((r) => r.__typename === 'ValidationError')!;
    expect(['VERSION_CONFLICT', 'INVALID_TRANSITION']).toContain(loser.fieldErrors![0]!.code);
    const approvals = await server.db.execute(
      sql`select count(*)::int as n from archive_history where archive_id = ${id} and action = 'approveArchive'`,
    );
    expect(JSON.stringify(approvals)).toContain('"n":1');
  });
});

describe('exit and re-entry', () => {
  it('exit needs a past date within the cycle and a reason from the exitReason dictionary', async () => {
    const id = await archiveIn('ESTABLISHED');
    const cases: [Record<string, unknown>, string[], string][] = [
      [{ on: daysFromToday(1), reason: 'OUT_OF_DIFFICULTY' }, ['on'], 'DATE_IN_FUTURE'],
      [{ on: daysFromToday(-1), reason: 'OUT_OF_DIFFICULTY' }, ['on'], 'EXIT_BEFORE_ESTABLISHED'],
      [{ on: daysFromToday(0), reason: 'WON_LOTTERY' }, ['reason'], 'NOT_IN_DICTIONARY'],
      [{ on: daysFromToday(0), reason: 'OTHER' }, ['note'], 'EXIT_NOTE_REQUIRED'],
    ];
    for (const [args, path, code] of cases) {
      const result = await flow.run('exitArchive', id, tokens.jinshui!, args);
      expect(result.fieldErrors, code).toEqual([expect.objectContaining({ path, code })]);
    }
    const exited = await flow.step('exitArchive', id, tokens.jinshui!, {
      on: daysFromToday(0),
      reason: 'MOVED_AWAY',
      note: null,
    });
    expect(exited).toMatchObject({
      status: 'EXITED',
      exitedOn: daysFromToday(0),
      exitReason: 'MOVED_AWAY',
      exitNote: null,
    });
  });

  it('re-entry (返困) is a new round: a draft of cycle 2 that needs an application, notice and approval again', async () => {
    const id = await archiveIn('EXITED');
    const back = await flow.step('reenterArchive', id, tokens.jinshui!);
    expect(back).toMatchObject({
      status: 'DRAFT',
      cycle: 2,
      exitedOn: null,
      exitReason: null,
      exitNote: null,
      noticeStartsOn: null,
    });
    const noApplication = await flow.run('startPublicNotice', id, tokens.wenhualu!);
    expect(noApplication.fieldErrors).toEqual([
      expect.objectContaining({ code: 'APPLICATION_REQUIRED' }),
    ]);
    await flow.step('recordApplication', id, tokens.wenhualu!);
    await flow.step('startPublicNotice', id, tokens.wenhualu!);
    await flow.step('submitForApproval', id, tokens.wenhualu!);
    expect(await flow.step('approveArchive', id, tokens.jinshui!)).toMatchObject({
      status: 'ESTABLISHED',
      cycle: 2,
    });
  });

  it('re-entry is refused while the worker has another live archive, naming its union', async () => {
    const id = await archiveIn('EXITED');
    const workerSeq = seq - 1;
    await flow.create('huanghelu', workerSeq);
    const result = await flow.run('reenterArchive', id, tokens.jinshui!);
    expect(result.fieldErrors).toEqual([
      expect.objectContaining({
        path: ['idNumber'],
        code: 'ID_NUMBER_HAS_LIVE_ARCHIVE',
        message: expect.stringContaining('黄河路'),
      }),
    ]);
  });
});

describe('versions', () => {
  it('every transition moves the version on, so an edit based on what was read before conflicts', async () => {
    const id = await archiveIn('DRAFT');
    await flow.step('startPublicNotice', id, tokens.wenhualu!);
    const back = await flow.step('withdrawPublicNotice', id, tokens.wenhualu!);
    expect(back.version).toBe(4); // created, application recorded, notice, withdrawn
    const res = await server.graphql(
      'mutation($id: ID!, $input: ArchiveInput!) { updateArchive(id: $id, version: 1, input: $input) { __typename ... on ValidationError { fieldErrors { code } } } }',
      { id, input: archiveInput(seq - 1, { remarks: '基于旧版本的修改' }) },
      tokens.wenhualu,
    );
    expect(res.data!.updateArchive).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ code: 'VERSION_CONFLICT' }],
    });
  });
});

describe('available actions', () => {
  it('lists only what this viewer may do now', async () => {
    const id = await archiveIn('PENDING_APPROVAL');
    const q = 'query($id: ID!) { archive(id: $id) { availableActions } }';
    const seen = async (user: string) =>
      (await server.graphql(q, { id }, tokens[user])).data!.archive.availableActions;
    expect(await seen('jinshui')).toEqual(['approveArchive', 'rejectArchive']);
    expect(await seen('province')).toEqual([]);
    expect(await seen('wenhualu')).toEqual([]);
    expect(await seen('zhengzhou')).toEqual([]);
    expect(await seen('analyst')).toEqual([]);
  });
});
