import fc from 'fast-check';
import { unprintableCharacter } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftArchive, startAssistanceWorld, type AssistanceWorld } from './support/assistance.js';

/*
 * An analyst who knows a person must not find that person's archive: no search (name, archive
 * number, ID number) and no ordering by name or number, in GraphQL and in the spreadsheet export.
 */
let world: AssistanceWorld;
beforeAll(async () => {
  world = await startAssistanceWorld();
  await draftArchive(world, 'wenhualu', 1, { name: '丁丽霞' });
});
afterAll(() => world?.server.close());

const gql = (user: string, query: string, variables: Record<string, unknown> = {}) =>
  world.server.graphql(query, variables, world.tokens[user]);
const LIST = `query($filter: ArchiveFilter, $orderBy: ArchiveOrder) {
  archives(first: 5, filter: $filter, orderBy: $orderBy) { totalCount edges { node { id } } }
}`;
const COUNT = `query($filter: ArchiveFilter) { archives(first: 0, filter: $filter) { totalCount } }`;
const exportFile = (user: string, filter: Record<string, unknown>) =>
  fetch(
    `${world.server.url}/spreadsheets/archives/export.xlsx?filter=${encodeURIComponent(JSON.stringify(filter))}`,
    { headers: { authorization: `Bearer ${world.tokens[user]}` } },
  );

const refusedWith = (
  res: { errors?: { extensions?: Record<string, unknown>; message: string }[] },
  code: string,
) => {
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  expect(res.errors?.[0]?.message).toMatch(/统计分析员/);
};

describe('analysts may not single out a person', () => {
  it.each(['NAME_ASC', 'NUMBER_ASC'])('refuses ordering by %s', async (orderBy) => {
    refusedWith(await gql('analyst', LIST, { orderBy }), 'ORDER_NOT_ALLOWED_FOR_ANALYST');
    refusedWith(await gql('zz-analyst', LIST, { orderBy }), 'ORDER_NOT_ALLOWED_FOR_ANALYST');
  });

  it('still orders by time', async () => {
    for (const orderBy of ['UPDATED_AT_DESC', 'UPDATED_AT_ASC', 'CREATED_AT_DESC']) {
      const res = await gql('analyst', LIST, { orderBy });
      expect(res.errors, orderBy).toBeUndefined();
      expect(res.data!.archives.totalCount).toBe(1);
    }
  });

  it('refuses any search, in the list, in a count alone and by archive number', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ minLength: 1 }),
          fc.constantFrom('丁丽霞', '丁', '4101', '41010519491231002X'),
        ),
        async (search) => {
          fc.pre(search.trim() !== '' && unprintableCharacter(search) === undefined);
          refusedWith(
            await gql('analyst', LIST, { filter: { search } }),
            'SEARCH_NOT_ALLOWED_FOR_ANALYST',
          );
          refusedWith(
            await gql('analyst', COUNT, { filter: { search } }),
            'SEARCH_NOT_ALLOWED_FOR_ANALYST',
          );
        },
      ),
      { numRuns: 15 },
    );
    const byNumber = await gql('analyst', `{ archiveByNumber(number: "41") { id } }`);
    refusedWith(byNumber, 'SEARCH_NOT_ALLOWED_FOR_ANALYST');
  });

  it('refuses a search in the spreadsheet export with the same code', async () => {
    const res = await exportFile('analyst', { search: '丁丽霞' });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: { code: string; message: string }[] };
    expect(body.errors[0]).toMatchObject({ code: 'SEARCH_NOT_ALLOWED_FOR_ANALYST' });
    expect(body.errors[0]!.message).toMatch(/统计分析员/);
  });

  it('refuses a grassroots union as a filter (a handful of people), in the list, a count and the export', async () => {
    const grassroots = { unionId: world.tree.unions.wenhualu.id };
    const code = 'UNION_TOO_SMALL_FOR_ANALYST';
    refusedWith(await gql('analyst', LIST, { filter: grassroots }), code);
    refusedWith(await gql('analyst', COUNT, { filter: grassroots }), code);
    const res = await exportFile('analyst', grassroots);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { errors: { code: string }[] }).errors[0]!.code).toBe(code);
    // A county-level union is a place an analyst may count in.
    const county = await gql('analyst', COUNT, {
      filter: { unionId: world.tree.unions.jinshui.id },
    });
    expect(county.errors).toBeUndefined();
    expect(county.data!.archives.totalCount).toBe(1);
    const admin = await gql('jinshui', COUNT, { filter: grassroots });
    expect(admin.data!.archives.totalCount).toBe(1);
  });

  it('leaves admins their searches and orderings', async () => {
    const res = await gql('province', LIST, { filter: { search: '丁丽霞' }, orderBy: 'NAME_ASC' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.archives.totalCount).toBe(1);
    expect((await exportFile('province', { search: '丁丽霞' })).status).toBe(200);
  });
});
