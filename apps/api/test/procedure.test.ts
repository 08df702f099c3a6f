import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveInput } from './support/archive-input.js';
import { startAssistanceWorld, type AssistanceWorld } from './support/assistance.js';
import { statistics } from './support/statistics.js';
import {
  DETERMINATION,
  DETERMINATION_NO,
  daysFromToday,
  workflowClient,
  type Workflow,
} from './support/workflow.js';

/*
 * The procedure as the notice has it (docs/domain.md): 否 is approvable and counted apart, the
 * determination is the approving county's, notice rests on the worker's application.
 */
let world: AssistanceWorld;
let flow: Workflow;
beforeAll(async () => {
  world = await startAssistanceWorld();
  flow = workflowClient(world.server, world.tokens);
});
afterAll(() => world?.server.close());

let seq = 700;
async function pending(user = 'wenhualu') {
  const id = await flow.create(user, seq++);
  await flow.step('startPublicNotice', id, world.tokens[user]!);
  await flow.step('submitForApproval', id, world.tokens[user]!);
  return id;
}

const UPDATE = `mutation($id: ID!, $v: Int!, $input: ArchiveInput!) { updateArchive(id: $id, version: $v, input: $input) {
  __typename ... on ArchivePayload { archive { version determination { isTarget keyGroups } } }
  ... on ValidationError { fieldErrors { path code message } } } }`;

describe('是/否 at approval', () => {
  it('the county approves 否: archived and helped, counted as 建档困难职工 but not as a target', async () => {
    const before = await statistics(world, 'jinshui');
    const yes = await pending();
    const no = await pending();
    await flow.step('approveArchive', yes, world.tokens.jinshui!);
    const approved = await flow.step('approveArchive', no, world.tokens.jinshui!, {
      determination: DETERMINATION_NO,
    });
    expect(approved).toMatchObject({ status: 'ESTABLISHED', determination: { isTarget: false } });
    const after = await statistics(world, 'jinshui');
    expect(after.established - before.established).toBe(2);
    expect(after.targets - before.targets).toBe(1);
    const counts = await world.server.graphql(
      'query { statistics { archived targets nonTargets established exited } }',
      {},
      world.tokens.jinshui,
    );
    const s = counts.data!.statistics;
    expect(s.archived).toBe(s.established + s.exited);
    expect(s.nonTargets).toBe(s.archived - s.targets);
    expect(s.nonTargets).toBeGreaterThanOrEqual(1);
  });

  it('a city admin cannot approve a county’s archive, nor can the province', async () => {
    const id = await pending();
    for (const user of ['zhengzhou', 'province']) {
      expect(await flow.run('approveArchive', id, world.tokens[user]!), user).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});

describe('the determination belongs to the approver', () => {
  it('an edit that leaves it out keeps it; one that changes it is refused and writes nothing', async () => {
    const id = await pending();
    const approved = await flow.step('approveArchive', id, world.tokens.jinshui!);
    const input = archiveInput(seq - 1, { remarks: '补充了收入证明' });
    delete (input as Record<string, unknown>).determination;
    const kept = await world.server.graphql(
      UPDATE,
      { id, v: approved.version, input },
      world.tokens.wenhualu,
    );
    expect(kept.data!.updateArchive.archive.determination).toEqual({
      isTarget: true,
      keyGroups: DETERMINATION.keyGroups,
    });
    const changed = await world.server.graphql(
      UPDATE,
      {
        id,
        v: kept.data!.updateArchive.archive.version,
        input: { ...input, determination: DETERMINATION_NO },
      },
      world.tokens.wenhualu,
    );
    expect(changed.data!.updateArchive.fieldErrors).toEqual([
      expect.objectContaining({
        path: ['determination'],
        code: 'DETERMINATION_BELONGS_TO_APPROVER',
      }),
    ]);
  });

  it('重新确定 is the approving county’s, needs a reason, and is in the history', async () => {
    const id = await pending();
    await flow.step('approveArchive', id, world.tokens.jinshui!);
    expect(await flow.run('redetermineArchive', id, world.tokens.wenhualu!)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const blank = await flow.run('redetermineArchive', id, world.tokens.jinshui!, {
      determination: DETERMINATION_NO,
      reason: ' ',
    });
    expect(blank.fieldErrors).toEqual([expect.objectContaining({ code: 'REQUIRED' })]);
    const changed = await flow.step('redetermineArchive', id, world.tokens.jinshui!);
    expect(changed).toMatchObject({ status: 'ESTABLISHED', determination: { isTarget: false } });
    const history = await world.server.graphql(
      'query($id: ID!) { archive(id: $id) { history(first: 1) { action reason changes } } }',
      { id },
      world.tokens.jinshui,
    );
    expect(history.data!.archive.history[0]).toMatchObject({
      action: 'redetermineArchive',
      reason: expect.stringContaining('复核'),
      changes: { determination: { from: { isTarget: true }, to: { isTarget: false } } },
    });
  });
});

describe('the application (申请)', () => {
  it('notice cannot start without one; a bad channel or a future date is refused', async () => {
    const id = await flow.create('wenhualu', seq++, {}, { application: false });
    const refused = await flow.run('startPublicNotice', id, world.tokens.wenhualu!);
    expect(refused.fieldErrors).toEqual([
      expect.objectContaining({ path: ['application'], code: 'APPLICATION_REQUIRED' }),
    ]);
    const channel = await flow.run('recordApplication', id, world.tokens.wenhualu!, {
      on: daysFromToday(-3),
      channel: 'TELEPATHY',
    });
    expect(channel.fieldErrors).toEqual([
      expect.objectContaining({ path: ['channel'], code: 'NOT_IN_DICTIONARY' }),
    ]);
    const future = await flow.run('recordApplication', id, world.tokens.wenhualu!, {
      on: daysFromToday(2),
      channel: 'UNION_VISIT',
    });
    expect(future.fieldErrors).toEqual([
      expect.objectContaining({ path: ['on'], code: 'DATE_IN_FUTURE' }),
    ]);
    const scan = await flow.run('recordApplication', id, world.tokens.wenhualu!, {
      on: daysFromToday(-3),
      channel: 'UNION_VISIT',
      attachmentId: '00000000-0000-4000-8000-000000000001',
    });
    expect(scan.fieldErrors).toEqual([
      expect.objectContaining({ path: ['attachmentId'], code: 'ATTACHMENT_NOT_USABLE' }),
    ]);
    await flow.step('recordApplication', id, world.tokens.wenhualu!, {
      on: daysFromToday(-3),
      channel: 'UNION_VISIT',
    });
    expect(await flow.step('startPublicNotice', id, world.tokens.wenhualu!)).toMatchObject({
      status: 'PUBLICIZING',
    });
  });
});
