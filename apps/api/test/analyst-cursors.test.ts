import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftArchive, startAssistanceWorld, type AssistanceWorld } from './support/assistance.js';

/*
 * Cursors are sealed (AES-256-GCM under a key derived from the data key): ordering by name must
 * not hand out the names in the cursors, a cursor the server did not seal is refused, and paging
 * still walks every archive once in every ordering.
 */
let world: AssistanceWorld;
const NAMES = ['丁丽霞', '王建设', '李秀英', '张伟', '刘洋', '陈静', '杨帆'];
beforeAll(async () => {
  world = await startAssistanceWorld();
  for (const [i, name] of NAMES.entries()) await draftArchive(world, 'wenhualu', i + 1, { name });
});
afterAll(() => world?.server.close());

const PAGE = `query($first: Int, $after: String, $orderBy: ArchiveOrder) {
  archives(first: $first, after: $after, orderBy: $orderBy) {
    edges { cursor node { id } } pageInfo { hasNextPage startCursor endCursor } totalCount
  }
}`;
type Page = {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
};
const page = async (orderBy: string, after?: string, user = 'province') => {
  const res = await world.server.graphql(PAGE, { first: 2, after, orderBy }, world.tokens[user]);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.archives as Page;
};

const decodings = (cursor: string) =>
  [
    cursor,
    Buffer.from(cursor, 'base64').toString('utf8'),
    Buffer.from(cursor, 'base64url').toString('utf8'),
  ].join('\n');

describe('sealed cursors', () => {
  it('ordering by name gives cursors that decode to no name', async () => {
    const first = await page('NAME_ASC');
    const cursors = [
      ...first.edges.map((e) => e.cursor),
      first.pageInfo.startCursor!,
      first.pageInfo.endCursor!,
    ];
    for (const cursor of cursors) {
      const text = decodings(cursor);
      for (const name of NAMES) expect(text).not.toContain(name);
      expect(text).not.toMatch(/DC:|S:/);
    }
    // The same row sealed twice reads differently: nothing to compare or guess from.
    const again = await page('NAME_ASC');
    expect(again.edges[0]!.node.id).toBe(first.edges[0]!.node.id);
    expect(again.edges[0]!.cursor).not.toBe(first.edges[0]!.cursor);
  });

  it.each(['UPDATED_AT_DESC', 'UPDATED_AT_ASC', 'CREATED_AT_DESC', 'NUMBER_ASC', 'NAME_ASC'])(
    'pages through every archive once ordered by %s',
    async (orderBy) => {
      const seen: string[] = [];
      let after: string | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const p = await page(orderBy, after);
        seen.push(...p.edges.map((e) => e.node.id));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor!;
      }
      expect(seen.length).toBe(NAMES.length);
      expect(new Set(seen).size).toBe(NAMES.length);
    },
  );

  it('pages with a cursor written inline in the query too', async () => {
    const first = await page('NUMBER_ASC');
    const res = await world.server.graphql(
      `{ archives(first: 2, orderBy: NUMBER_ASC, after: "${first.pageInfo.endCursor}") { edges { node { id } } } }`,
      {},
      world.tokens.province,
    );
    expect(res.errors).toBeUndefined();
    const ids = res.data!.archives.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(first.edges[1]!.node.id);
  });

  it('refuses a garbled, forged or unsealed cursor with INVALID_CURSOR', async () => {
    const issued = (await page('NAME_ASC')).pageInfo.endCursor!;
    const flipped = Buffer.from(issued, 'base64url');
    flipped[flipped.length - 20]! ^= 1;
    const unsealed = Buffer.from('DC:S:丁丽霞').toString('base64');
    const cases = [
      flipped.toString('base64url'),
      issued.slice(0, -2),
      `${issued}AA`,
      unsealed,
      Buffer.from('DC:T:["S:丁丽霞","S:00000000-0000-0000-0000-000000000000"]').toString('base64'),
    ];
    for (const after of cases) {
      const byVariable = await world.server.graphql(
        PAGE,
        { first: 2, after, orderBy: 'NAME_ASC' },
        world.tokens.province,
      );
      expect(byVariable.errors?.[0]?.extensions?.code, after).toBe('INVALID_CURSOR');
      const inline = await world.server.graphql(
        `{ archives(first: 2, after: "${after}") { edges { cursor } } }`,
        {},
        world.tokens.province,
      );
      expect(inline.errors?.[0]?.extensions?.code, after).toBe('INVALID_CURSOR');
    }
    // A variable's default is a cursor like any other.
    const byDefault = await world.server.graphql(
      `query($after: String = "${unsealed}") { archives(first: 2, after: $after) { edges { cursor } } }`,
      {},
      world.tokens.province,
    );
    expect(byDefault.errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
  });
});
