import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveInput } from './support/archive-input.js';
import { hashPassword } from '../src/auth/password.js';
import { users } from '../src/db/schema/index.js';
import {
  count,
  daysFromToday,
  draftArchive,
  establishedArchive,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';
import { TEST_PASSWORD } from './support/server.js';

let world: AssistanceWorld;
let id: string;
beforeAll(async () => {
  world = await startAssistanceWorld();
  // A directly administered county reports like a city: its city-level admin spot-checks its archives.
  await world.server.db.insert(users).values({
    username: 'gongyi-city',
    name: '巩义市级管理员',
    passwordHash: await hashPassword(TEST_PASSWORD),
    role: 'CITY_ADMIN',
    unionId: world.tree.unions.gongyi.id,
  });
  world.tokens['gongyi-city'] = await world.server.login('gongyi-city');
  id = await establishedArchive(world, 'wenhualu', 1, { approvedDaysAgo: 100 });
});
afterAll(() => world?.server.close());

const RECORD = `mutation($id: ID!, $input: SpotCheckInput!) { recordSpotCheck(archiveId: $id, input: $input) {
  __typename
  ... on SpotCheckPayload { spotCheck { id on checker result note union { name } resolvedAt } archive { version spotCheckFlagged } }
  ... on ValidationError { message fieldErrors { path code message } }
} }`;

const check = (overrides: Record<string, unknown> = {}) => ({
  on: daysFromToday(-5),
  checker: '郑州市总工会 陈刚',
  result: 'CONFIRMED',
  ...overrides,
});
const record = (user: string, input: Record<string, unknown>, archiveId = id) =>
  world.server.graphql(RECORD, { id: archiveId, input }, world.tokens[user]);
const read = async (user = 'wenhualu') =>
  (
    await world.server.graphql(
      'query($id: ID!) { archive(id: $id) { version spotCheckFlagged spotChecks { result note resolvedAt union { name } } } }',
      { id },
      world.tokens[user],
    )
  ).data!.archive;

describe('spot checks (抽查核实)', () => {
  it('the city union records a confirmed check; the archive stays unflagged', async () => {
    const res = await record('zhengzhou', check());
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordSpotCheck.spotCheck).toMatchObject({
      result: 'CONFIRMED',
      note: null,
      union: { name: '郑州市总工会' },
    });
    expect(res.data!.recordSpotCheck.archive).toEqual({ version: 1, spotCheckFlagged: false });
  });

  it('a failed check flags the archive and moves its version on; the flagged list finds it', async () => {
    const res = await record(
      'zhengzhou',
      check({ on: daysFromToday(-2), result: 'NEEDS_CORRECTION', note: '家庭人口与户口簿不符' }),
    );
    expect(res.data!.recordSpotCheck.archive).toEqual({ version: 2, spotCheckFlagged: true });
    const a = await read();
    expect(a.spotChecks.map((c: { result: string }) => c.result)).toEqual([
      'NEEDS_CORRECTION',
      'CONFIRMED',
    ]);
    const flagged = await world.server.graphql(
      '{ archives(filter: { spotCheckFlagged: true }) { totalCount edges { node { id } } } }',
      {},
      world.tokens.jinshui,
    );
    expect(flagged.data!.archives.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      id,
    ]);
  });

  it('an edit begun before the check is a VERSION_CONFLICT; a correction made after clears the flag', async () => {
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: ArchiveInput!) { updateArchive(id: $id, version: $v, input: $input) {
      __typename ... on ArchivePayload { archive { version spotCheckFlagged } } ... on ValidationError { fieldErrors { code } } } }`;
    const stale = await world.server.graphql(
      UPDATE,
      { id, v: 1, input: archiveInput(1, { householdSize: 4 }) },
      world.tokens.wenhualu,
    );
    expect(stale.data!.updateArchive.fieldErrors).toEqual([{ code: 'VERSION_CONFLICT' }]);
    expect((await read()).spotCheckFlagged).toBe(true);
    const fixed = await world.server.graphql(
      UPDATE,
      { id, v: 2, input: archiveInput(1, { householdSize: 4 }) },
      world.tokens.wenhualu,
    );
    expect(fixed.data!.updateArchive.archive).toEqual({ version: 3, spotCheckFlagged: false });
    const a = await read();
    expect(a.spotChecks[0]).toMatchObject({
      result: 'NEEDS_CORRECTION',
      resolvedAt: expect.any(String),
    });
  });

  it('a confirmed re-check also clears a flag', async () => {
    await record(
      'province',
      check({ on: daysFromToday(-1), result: 'NOT_AS_STATED', note: '收入证明缺失' }),
    );
    expect((await read()).spotCheckFlagged).toBe(true);
    const res = await record('zhengzhou', check({ on: daysFromToday(0) }));
    expect(res.data!.recordSpotCheck.archive.spotCheckFlagged).toBe(false);
    expect((await read()).spotChecks[1]).toMatchObject({
      result: 'NOT_AS_STATED',
      resolvedAt: expect.any(String),
    });
    const history = await world.server.db.execute(
      sql`select count(*)::int as n from archive_history where archive_id = ${id} and action = 'SPOT_CHECK'`,
    );
    expect(JSON.stringify(history)).toContain('"n":4');
  });
});

describe('refused spot checks', () => {
  it('bad input names each field, and nothing is written', async () => {
    const before = await count(world, 'spot_checks', id);
    const noNote = await record('zhengzhou', check({ result: 'NOT_AS_STATED' }));
    expect(noNote.data!.recordSpotCheck.fieldErrors).toEqual([
      expect.objectContaining({
        path: ['note'],
        code: 'SPOT_CHECK_NOTE_REQUIRED',
        message: expect.stringContaining('属实'),
      }),
    ]);
    const bad = await record(
      'zhengzhou',
      check({ on: daysFromToday(3), checker: ' ', result: 'MAYBE' }),
    );
    const codes = Object.fromEntries(
      bad.data!.recordSpotCheck.fieldErrors.map((e: { path: string[]; code: string }) => [
        e.path[0],
        e.code,
      ]),
    );
    expect(codes).toEqual({
      on: 'DATE_IN_FUTURE',
      checker: 'REQUIRED',
      result: 'NOT_IN_DICTIONARY',
      note: 'SPOT_CHECK_NOTE_REQUIRED',
    });
    expect(await count(world, 'spot_checks', id)).toBe(before);
    expect((await read()).spotCheckFlagged).toBe(false);
  });

  it('only city-level unions above the archive, and the province, check it', async () => {
    for (const user of [
      'wenhualu',
      'jinshui',
      'kaifeng',
      'gongyi-city',
      'analyst',
      'zz-analyst',
      'gulou',
    ]) {
      const res = await record(user, check());
      expect(res.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
    }
  });

  it('a direct county’s city-level admin checks its own archives', async () => {
    const own = await establishedArchive(world, 'gongyi-jc', 2, {
      overrides: { hukouRegionCode: '410181' },
    });
    const res = await record('gongyi-city', check({ checker: '巩义市总工会 李明' }), own);
    expect(res.data!.recordSpotCheck.spotCheck.union.name).toBe('巩义市总工会');
  });

  it('only established archives are checked', async () => {
    const draft = await draftArchive(world, 'wenhualu', 3);
    const res = await record('zhengzhou', check(), draft);
    expect(res.data!.recordSpotCheck.fieldErrors[0].code).toBe('ARCHIVE_NOT_ESTABLISHED');
  });
});
