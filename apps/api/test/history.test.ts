import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveInput, testIdNumber } from './support/archive-input.js';
import { FIXTURE_USERS, seedFixtureTree } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';
import { daysFromToday, workflowClient, type Workflow } from './support/workflow.js';

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

const HISTORY = `query($id: ID!, $first: Int, $after: ID) { archive(id: $id) {
  cycle objections { note recordedAt cycle }
  history(first: $first, after: $after) { id at action by { id username name } changes reason }
} }`;

describe('the whole road of one archive', () => {
  let id: string;
  beforeAll(async () => {
    id = await flow.create('wenhualu', 1);
    await flow.step('startPublicNotice', id, tokens.wenhualu!);
    await flow.step('recordObjection', id, tokens.wenhualu!);
    await flow.step('submitForApproval', id, tokens.wenhualu!);
    await flow.step('approveArchive', id, tokens.jinshui!);
    await flow.step('exitArchive', id, tokens.jinshui!);
    await flow.step('reenterArchive', id, tokens.jinshui!);
    // 返困 is a new round: application, notice and approval again.
    await flow.step('recordApplication', id, tokens.wenhualu!);
    await flow.step('startPublicNotice', id, tokens.wenhualu!);
    await flow.step('submitForApproval', id, tokens.wenhualu!);
    await flow.step('approveArchive', id, tokens.jinshui!);
    await flow.step('exitArchive', id, tokens.jinshui!, {
      on: daysFromToday(0),
      reason: 'OTHER',
      note: '调往外省工作',
    });
  });

  it('lists every step newest first, with who, the state change, the facts and the reason — in one statement', async () => {
    const res = await server.graphql(HISTORY, { id }, tokens.jinshui);
    expect(res.errors).toBeUndefined();
    const history = res.data!.archive.history;
    expect(history.map((e: { action: string }) => e.action)).toEqual([
      'exitArchive',
      'approveArchive',
      'submitForApproval',
      'startPublicNotice',
      'recordApplication',
      'reenterArchive',
      'exitArchive',
      'approveArchive',
      'submitForApproval',
      'recordObjection',
      'startPublicNotice',
      'recordApplication',
      'CREATE',
    ]);
    const [lastExit, , , , , reentry, , approval, , objection, notice, application] = history;
    expect(application.changes).toMatchObject({
      applicationChannel: { from: null, to: 'WRITTEN_APPLICATION' },
    });
    expect(lastExit.by).toMatchObject({ username: 'jinshui', name: '测试jinshui' });
    expect(lastExit.changes).toMatchObject({
      status: { from: 'ESTABLISHED', to: 'EXITED' },
      exitReason: { from: null, to: 'OTHER' },
      exitNote: { from: null, to: '调往外省工作' },
    });
    // The exit facts of the first cycle leave the archive at re-entry but stay in its history.
    expect(reentry.changes).toMatchObject({
      status: { from: 'EXITED', to: 'DRAFT' },
      cycle: { from: 1, to: 2 },
      exitReason: { from: 'OUT_OF_DIFFICULTY', to: null },
    });
    expect(approval.changes.determination.to).toMatchObject({
      isTarget: true,
      keyGroups: ['EXPENDITURE_HARDSHIP'],
    });
    expect(objection.changes).toEqual({
      objection: { from: null, to: expect.stringContaining('经营收入') },
    });
    expect(notice.changes).toMatchObject({
      status: { from: 'DRAFT', to: 'PUBLICIZING' },
      noticeEndsOn: { from: null, to: daysFromToday(-7) },
    });
    expect(notice.by.username).toBe('wenhualu');
    expect(res.data!.archive).toMatchObject({
      cycle: 2,
      objections: [{ cycle: 1, note: expect.stringContaining('经营收入') }],
    });
    expect(res.statements.filter((s) => !/(from|update) "sessions"/.test(s))).toHaveLength(1);
  });

  it('pages backwards with first/after', async () => {
    const first = (await server.graphql(HISTORY, { id, first: 3 }, tokens.wenhualu)).data!.archive
      .history;
    expect(first).toHaveLength(3);
    const next = (
      await server.graphql(HISTORY, { id, first: 3, after: first[2].id }, tokens.wenhualu)
    ).data!.archive.history;
    expect(next.map((e: { action: string }) => e.action)).toEqual([
      'startPublicNotice',
      'recordApplication',
      'reenterArchive',
    ]);
  });

  it('analysts see that something happened and when, not what, why or by whom', async () => {
    const res = await server.graphql(HISTORY, { id }, tokens.analyst);
    const history = res.data!.archive.history;
    expect(history).toHaveLength(13);
    for (const entry of history)
      expect(entry).toMatchObject({ by: null, changes: null, reason: null });
    expect(res.data!.archive.objections[0]).toMatchObject({ note: null, cycle: 1 });
  });
});

describe('reasons and masking in history', () => {
  it('keeps the reason of a rejection and a withdrawal', async () => {
    const id = await flow.create('wenhualu', 2);
    await flow.step('startPublicNotice', id, tokens.wenhualu!);
    await flow.step('withdrawPublicNotice', id, tokens.wenhualu!, { reason: '照片贴错，撤下重贴' });
    await flow.step('startPublicNotice', id, tokens.wenhualu!);
    await flow.step('submitForApproval', id, tokens.wenhualu!);
    await flow.step('rejectArchive', id, tokens.jinshui!, { reason: '缺少医院诊断证明' });
    const history = (await server.graphql(HISTORY, { id }, tokens.wenhualu)).data!.archive.history;
    expect(
      history
        .filter((e: { reason: string | null }) => e.reason)
        .map((e: { action: string; reason: string }) => [e.action, e.reason]),
    ).toEqual([
      ['rejectArchive', '缺少医院诊断证明'],
      ['withdrawPublicNotice', '照片贴错，撤下重贴'],
    ]);
  });

  it('never shows a sensitive value unmasked in the history', async () => {
    const id = await flow.create('wenhualu', 3);
    const read = await server.graphql(
      'query($id: ID!) { archive(id: $id) { version } }',
      { id },
      tokens.wenhualu,
    );
    const changed = archiveInput(3, {
      idNumber: testIdNumber(4),
      birthDate: '1975-08-15',
      mobile: '13900001111',
      bankCardNumber: '6222020000000000005',
    });
    const res = await server.graphql(
      'mutation($id: ID!, $v: Int!, $input: ArchiveInput!) { updateArchive(id: $id, version: $v, input: $input) { __typename } }',
      { id, v: read.data!.archive.version, input: changed },
      tokens.wenhualu,
    );
    expect(res.data!.updateArchive.__typename).toBe('ArchivePayload');
    await flow.step('startPublicNotice', id, tokens.wenhualu!);
    const dump = JSON.stringify((await server.graphql(HISTORY, { id }, tokens.province)).data);
    for (const secret of [
      testIdNumber(3),
      testIdNumber(4),
      '13812345678',
      '13900001111',
      '6222021234567890128',
      '6222020000000000005',
    ]) {
      expect(dump).not.toContain(secret);
    }
    expect(dump).toContain('139****1111');
  });
});

describe('the archive as it was on a day', () => {
  const AS_OF = `query($id: ID!, $on: Date!) { archiveAsOf(id: $id, on: $on) { at action status number data } }`;
  let id: string;
  beforeAll(async () => {
    id = await flow.create('wenhualu', 5, { name: '王建国' });
    const version = (
      await server.graphql(
        'query($id: ID!) { archive(id: $id) { version } }',
        { id },
        tokens.wenhualu,
      )
    ).data!.archive.version;
    const res = await server.graphql(
      'mutation($id: ID!, $v: Int!, $input: ArchiveInput!) { updateArchive(id: $id, version: $v, input: $input) { __typename } }',
      { id, v: version, input: archiveInput(5, { name: '王建华' }) },
      tokens.wenhualu,
    );
    expect(res.data!.updateArchive.__typename).toBe('ArchivePayload');
    await flow.step('startPublicNotice', id, tokens.wenhualu!);
  });

  /** Moves the history back in time: the archive was made last week and renamed yesterday. */
  async function backdate(action: string, days: number) {
    const { sql } = await import('drizzle-orm');
    await server.db.execute(
      sql`update archive_history set at = at - make_interval(days => ${days}) where archive_id = ${id} and action = ${action}`,
    );
  }

  it('shows the earlier name on a day before the update, the current one after', async () => {
    await backdate('CREATE', 7);
    await backdate('UPDATE', 1);
    const lastWeek = await server.graphql(AS_OF, { id, on: daysFromToday(-5) }, tokens.wenhualu);
    expect(lastWeek.data!.archiveAsOf).toMatchObject({
      action: 'CREATE',
      status: 'DRAFT',
      data: { name: '王建国' },
    });
    const today = await server.graphql(AS_OF, { id, on: daysFromToday(0) }, tokens.wenhualu);
    expect(today.data!.archiveAsOf).toMatchObject({
      action: 'startPublicNotice',
      status: 'PUBLICIZING',
      data: { name: '王建华' },
    });
    expect(
      (await server.graphql(AS_OF, { id, on: daysFromToday(-30) }, tokens.wenhualu)).data!
        .archiveAsOf,
    ).toBeNull();
  });

  it('masks sensitive values for admins and de-identifies for analysts', async () => {
    const admin = (await server.graphql(AS_OF, { id, on: daysFromToday(0) }, tokens.jinshui)).data!
      .archiveAsOf.data;
    expect(admin.idNumber).toBe(`410105********${testIdNumber(5).slice(-4)}`);
    expect(admin).toMatchObject({
      mobile: '138****5678',
      bankCardNumber: '6222***********0128',
      address: expect.stringContaining('纬五路'),
    });
    expect(admin.members[0].idNumber).toMatch(/^410105\*{8}/);
    const analyst = (await server.graphql(AS_OF, { id, on: daysFromToday(0) }, tokens.analyst))
      .data!.archiveAsOf.data;
    expect(analyst).toMatchObject({
      name: '（已隐藏）',
      idNumber: null,
      mobile: null,
      bankCardNumber: null,
      address: null,
      birthDate: null,
      health: null,
    });
    expect(analyst.members[0]).toMatchObject({
      name: '（已隐藏）',
      idNumber: null,
      birthDate: null,
    });
    expect(JSON.stringify(analyst)).not.toContain('纬五路');
  });

  it("reads as null outside the viewer's subtree", async () => {
    const res = await server.graphql(AS_OF, { id, on: daysFromToday(0) }, tokens['gulou-jc']);
    expect(res.errors).toBeUndefined();
    expect(res.data!.archiveAsOf).toBeNull();
  });
});
