import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unions } from '../src/db/schema/index.js';
import {
  daysFromToday,
  establishedArchive,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';

// Side doors: a list whose extra argument widens its scope, and objects reached through nested
// paths that belong to a union above or beside the viewer.
let world: AssistanceWorld;
let archiveId: string;
beforeAll(async () => {
  world = await startAssistanceWorld();
  const { db } = world.server;
  for (const u of ['zhengzhou', 'kaifeng', 'jinshui'] as const)
    await db
      .update(unions)
      .set({ liaisonName: `${u}联络人`, liaisonPhone: '13800001111', address: `${u}路 1 号` })
      .where(eq(unions.id, world.tree.unions[u].id));
  archiveId = await establishedArchive(world, 'wenhualu', 1, { approvedDaysAgo: 100 });
  const checked = await world.server.graphql(
    `mutation($id: ID!, $input: SpotCheckInput!) { recordSpotCheck(archiveId: $id, input: $input) { __typename } }`,
    {
      id: archiveId,
      input: { on: daysFromToday(-5), checker: '陈刚', result: 'CONFIRMED' },
    },
    world.tokens.zhengzhou,
  );
  expect(checked.data!.recordSpotCheck.__typename).toBe('SpotCheckPayload');
});
afterAll(() => world?.server.close());

const USERS = `query($u: ID) { users(first: 100, unionId: $u) {
  totalCount edges { node { username union { code } } } } }`;

describe('users(unionId:)', () => {
  it('adds the given union to the viewer’s subtree, never replaces it: page and count agree', async () => {
    const { tree, tokens, server } = world;
    for (const [viewer, unionId] of [
      ['wenhualu', tree.unions.province.id],
      ['wenhualu', tree.unions.zhengzhou.id],
      ['gulou-jc', tree.unions.province.id],
      ['jinshui', tree.unions.kaifeng.id],
      ['kaifeng', tree.unions.province.id],
    ] as const) {
      const res = await server.graphql(USERS, { u: unionId }, tokens[viewer]);
      expect(res.errors, viewer).toBeUndefined();
      const own = (await server.graphql(USERS, {}, tokens[viewer])).data!.users;
      const got = res.data!.users;
      expect(got.edges.length, `${viewer} page`).toBe(got.totalCount);
      const ownNames = own.edges.map((e: { node: { username: string } }) => e.node.username);
      for (const e of got.edges) expect(ownNames, viewer).toContain(e.node.username);
    }
    const own = await server.graphql(USERS, { u: tree.unions.province.id }, tokens.wenhualu);
    expect(own.data!.users.totalCount).toBe(1);
  });
});

const NESTED = `query($id: ID!) { archive(id: $id) { spotChecks { union {
  name liaisonName liaisonPhone address childCount
  children { name liaisonPhone children { name } }
  parent { name }
} } history { by { name phone post lastLoginAt union { name liaisonPhone } } } } }`;

describe('unions and users reached through nested paths', () => {
  it('a grassroots admin sees who checked, not that union’s contacts, children or parents', async () => {
    const res = await world.server.graphql(NESTED, { id: archiveId }, world.tokens.wenhualu);
    expect(res.errors).toBeUndefined();
    const [check] = res.data!.archive.spotChecks;
    expect(check.union).toEqual({
      name: '郑州市总工会',
      liaisonName: null,
      liaisonPhone: null,
      address: null,
      childCount: 0,
      children: [],
      parent: null,
    });
  });

  it('history rows name the city admin but not their phone, post, sign-ins or union contacts', async () => {
    const res = await world.server.graphql(NESTED, { id: archiveId }, world.tokens.wenhualu);
    const byCity = res
      .data!.archive.history.map((h: { by: unknown }) => h.by)
      .filter((b: { name: string } | null) => b?.name === '测试zhengzhou');
    expect(byCity.length).toBeGreaterThan(0);
    for (const by of byCity)
      expect(by).toMatchObject({ phone: null, post: null, lastLoginAt: null, union: null });
  });

  it('the city admin still sees its own subtree in full along the same path', async () => {
    const res = await world.server.graphql(NESTED, { id: archiveId }, world.tokens.zhengzhou);
    const union = res.data!.archive.spotChecks[0].union;
    expect(union.liaisonPhone).toBe('13800001111');
    expect(union.children.map((c: { name: string }) => c.name)).toContain('郑州市金水区总工会');
    expect(union.childCount).toBe(union.children.length);
  });
});
