import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveInput } from './support/archive-input.js';
import { daysFromToday, draftArchive } from './support/assistance.js';
import { pdfFile } from './support/files.js';
import { FIXTURE_USERS } from './support/fixtures.js';
import type { GraphQLResponse } from './support/server.js';
import { startFixtureWorld, type FixtureWorld } from './support/world.js';

/*
 * `viewerCan` must say what the mutations then allow: for a few roles and every state, each
 * ability is read and then tried, and the answer must match (refused: FORBIDDEN or the state's
 * field error; allowed: done). One fresh archive per state and user; the tries run in an order
 * that leaves the archive usable for the next one (delete last).
 */

let world: FixtureWorld;
beforeAll(async () => {
  world = await startFixtureWorld();
});
afterAll(() => world?.server.close());

type Json = NonNullable<GraphQLResponse['data']>;
const STATES = ['DRAFT', 'PUBLICIZING', 'ESTABLISHED', 'EXITED'] as const;
type State = (typeof STATES)[number];
const USERS = ['wenhualu', 'province', 'zhengzhou', 'jinshui', 'analyst'];

/** A draft of 文化路 moved to `state` directly: these tests are about what each state allows. */
async function archiveIn(state: State, seq: number): Promise<string> {
  const id = await draftArchive(world, 'wenhualu', seq);
  const approved = `${daysFromToday(-200)}T10:00:00+08:00`;
  if (state === 'PUBLICIZING')
    await world.server.db.execute(sql`update archives set status = 'PUBLICIZING',
      notice_starts_on = ${daysFromToday(-3)}::date, notice_ends_on = ${daysFromToday(3)}::date where id = ${id}`);
  if (state === 'ESTABLISHED' || state === 'EXITED')
    await world.server.db.execute(sql`update archives set status = ${state},
      approved_at = ${approved}::timestamptz, is_target = false, decided_on = ${daysFromToday(-200)}::date
      where id = ${id}`);
  return id;
}

async function gql(user: string, query: string, variables: Record<string, unknown>) {
  return world.server.graphql<Json>(query, variables, world.tokens[user]);
}

/** Whether a mutation's answer is a success (`ok` typename), else a refusal we expect. */
function outcome(res: { data?: Json | null; errors?: readonly Json[] }, field: string, ok: string) {
  if (res.errors?.length) {
    expect(res.errors[0]!.extensions?.code, JSON.stringify(res.errors)).toBe('FORBIDDEN');
    return false;
  }
  const result = res.data![field] as Json;
  if (result.__typename === ok) return true;
  expect(result.__typename, JSON.stringify(result)).toBe('ValidationError');
  // Only refusals for the state: anything else would mean a test input is wrong.
  expect(result.fieldErrors.map((e: Json) => e.code)).toEqual([
    expect.stringMatching(/^ARCHIVE_(NOT_EDITABLE|NOT_DRAFT|NOT_ESTABLISHED|EXITED)$/),
  ]);
  return false;
}

const CAN = `query($id: ID!) { archive(id: $id) { version viewerCan {
  edit delete reveal manageAttachments keepAssistance spotCheck } } }`;

/** Each ability tried by its mutation, in an order that keeps the archive for the next. */
const TRIES: [string, (user: string, id: string, seq: number) => Promise<boolean>][] = [
  [
    'reveal',
    async (user, id) =>
      outcome(
        await gql(
          user,
          `mutation($id: ID!) { revealSensitive(archiveId: $id, field: mobile) { __typename ... on ValidationError { fieldErrors { code } } } }`,
          { id },
        ),
        'revealSensitive',
        'RevealedValue',
      ),
  ],
  [
    'manageAttachments',
    async (user, id) => {
      const query = new URLSearchParams({ archiveId: id, type: 'INCOME_PROOF', name: '收入证明' });
      const res = await fetch(`${world.server.url}/attachments?${query}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          authorization: `Bearer ${world.tokens[user]}`,
        },
        body: new Uint8Array(pdfFile()),
      });
      const body = (await res.json()) as Json;
      if (res.ok) return true;
      expect([403, 400], JSON.stringify(body)).toContain(res.status);
      if (res.status === 400) expect(body.errors[0].code).toBe('ARCHIVE_EXITED');
      return false;
    },
  ],
  [
    'keepAssistance',
    async (user, id) =>
      outcome(
        await gql(
          user,
          `mutation($id: ID!, $input: LedgerEntryInput!) { addLedgerEntry(archiveId: $id, input: $input) { __typename ... on ValidationError { fieldErrors { code } } } }`,
          {
            id,
            input: {
              on: daysFromToday(-30),
              actionPlan: 'TARGETED_WARMTH',
              description: '春节慰问金',
              amountFen: 50000,
              by: '王建设',
            },
          },
        ),
        'addLedgerEntry',
        'LedgerEntryPayload',
      ),
  ],
  [
    'spotCheck',
    async (user, id) =>
      outcome(
        await gql(
          user,
          `mutation($id: ID!, $input: SpotCheckInput!) { recordSpotCheck(archiveId: $id, input: $input) { __typename ... on ValidationError { fieldErrors { code } } } }`,
          { id, input: { on: daysFromToday(-1), checker: '李核查', result: 'CONFIRMED' } },
        ),
        'recordSpotCheck',
        'SpotCheckPayload',
      ),
  ],
  [
    'edit',
    async (user, id, seq) => {
      const [row] = await world.server.db.execute<{ version: number }>(
        sql`select version from archives where id = ${id}`,
        'objects',
      );
      return outcome(
        await gql(
          user,
          `mutation($id: ID!, $version: Int!, $input: ArchiveInput!) { updateArchive(id: $id, version: $version, input: $input) { __typename ... on ValidationError { fieldErrors { code } } } }`,
          { id, version: row!.version, input: archiveInput(seq, { remarks: '复核后补充' }) },
        ),
        'updateArchive',
        'ArchivePayload',
      );
    },
  ],
  [
    'delete',
    async (user, id) =>
      outcome(
        await gql(
          user,
          `mutation($id: ID!) { deleteArchive(id: $id) { __typename ... on ValidationError { fieldErrors { code } } } }`,
          { id },
        ),
        'deleteArchive',
        'DeletedArchive',
      ),
  ],
];

describe('Archive.viewerCan agrees with the mutations', () => {
  const seen: Record<string, Set<boolean>> = {};
  let seq = 10;
  for (const state of STATES) {
    for (const user of USERS) {
      it(`${user}, ${state}`, async () => {
        const n = seq++;
        const id = await archiveIn(state, n);
        const read = await gql(user, CAN, { id });
        expect(read.errors).toBeUndefined();
        const can = read.data!.archive.viewerCan as Record<string, boolean>;
        const done: Record<string, boolean> = {};
        for (const [ability, attempt] of TRIES) {
          done[ability] = await attempt(user, id, n);
          (seen[ability] ??= new Set()).add(done[ability]);
        }
        expect(done).toEqual(can);
      });
    }
  }
  it('every ability was both allowed and refused somewhere (the table can fail)', () => {
    for (const [ability] of TRIES)
      expect([...seen[ability]!].sort(), ability).toEqual([false, true]);
  });
});

describe('me.viewerCan', () => {
  /** A grassroots union in each user's subtree, where creating an archive would happen. */
  const GRASSROOTS_OF: Record<string, keyof FixtureWorld['tree']['unions']> = {
    province: 'wenhualu',
    analyst: 'wenhualu',
    zhengzhou: 'wenhualu',
    jinshui: 'wenhualu',
    wenhualu: 'wenhualu',
    kaifeng: 'gulouJc',
    gulou: 'gulouJc',
  };
  const ME = `{ me { viewerCan { createArchives manageUnions readUsers manageUsers
    setMinimumLivingLines manageDictionaries } } }`;

  it('matches createArchive for each role', async () => {
    let seq = 300;
    for (const [user, union] of Object.entries(GRASSROOTS_OF)) {
      const me = await gql(user, ME, {});
      const res = await gql(
        user,
        `mutation($input: ArchiveInput!, $unionId: ID) { createArchive(input: $input, unionId: $unionId) { __typename ... on ValidationError { fieldErrors { code } } } }`,
        { input: archiveInput(seq++), unionId: world.tree.unions[union].id },
      );
      const created = !res.errors && res.data!.createArchive.__typename === 'ArchivePayload';
      if (!created) expect(res.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
      expect(me.data!.me.viewerCan.createArchives, user).toBe(created);
    }
  });

  it('gives each role what the mutations allow it', async () => {
    const table = Object.fromEntries(
      await Promise.all(
        Object.keys(FIXTURE_USERS).map(async (user) => {
          const me = await gql(user, ME, {});
          return [FIXTURE_USERS[user]!.role, me.data!.me.viewerCan] as const;
        }),
      ),
    );
    const row = (...flags: number[]) =>
      Object.fromEntries(
        [
          'createArchives',
          'manageUnions',
          'readUsers',
          'manageUsers',
          'setMinimumLivingLines',
          'manageDictionaries',
        ].map((k, i) => [k, flags[i] === 1]),
      );
    expect(table).toEqual({
      PROVINCE_ADMIN: row(1, 1, 1, 1, 1, 1),
      CITY_ADMIN: row(0, 1, 1, 1, 1, 0),
      COUNTY_ADMIN: row(0, 1, 1, 0, 0, 0),
      GRASSROOTS_ADMIN: row(1, 0, 1, 0, 0, 0),
      ANALYST: row(0, 0, 0, 0, 0, 0),
    });
  });

  it('is null on anyone but the viewer', async () => {
    const res = await gql(
      'province',
      `{ users(first: 5) { edges { node { id viewerCan { readUsers } } } } }`,
      {},
    );
    const nodes = (res.data!.users.edges as Json[]).map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(1);
    expect(nodes.filter((n) => n.viewerCan !== null).length).toBeLessThanOrEqual(1);
  });
});
