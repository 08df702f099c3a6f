import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../src/setup/bootstrap.js';
import { archiveInput } from './support/archive-input.js';
import { FIXTURE_USERS, seedFixtureTree } from './support/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/server.js';

type Json = NonNullable<GraphQLResponse['data']>;

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  await seedFixtureTree(server.db);
  for (const username of Object.keys(FIXTURE_USERS))
    tokens[username] = await server.login(username);
});
afterAll(() => server?.close());

const RESULT = `__typename ... on DictionaryEntry { code label labelEn retired } ... on ValidationError { message fieldErrors { path code message } }`;
const ADD = `mutation($d: String!, $c: String!, $l: String!, $e: String!) { addDictionaryEntry(dictionary: $d, code: $c, label: $l, labelEn: $e) { ${RESULT} } }`;
const UPDATE = `mutation($d: String!, $c: String!, $l: String!, $e: String!) { updateDictionaryEntry(dictionary: $d, code: $c, label: $l, labelEn: $e) { ${RESULT} } }`;
const RETIRE = `mutation($d: String!, $c: String!) { retireDictionaryEntry(dictionary: $d, code: $c) { ${RESULT} } }`;
const RESTORE = `mutation($d: String!, $c: String!) { restoreDictionaryEntry(dictionary: $d, code: $c) { ${RESULT} } }`;
const CREATE = `mutation($input: ArchiveInput!) { createArchive(input: $input) {
  __typename ... on ArchivePayload { archive { id version health } } ... on ValidationError { fieldErrors { path code message } } } }`;

async function as(user: string, query: string, variables: Record<string, unknown>) {
  const res = await server.graphql(query, variables, tokens[user]);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data!)[0] as Json;
}

const province = (query: string, variables: Record<string, unknown>) =>
  as('province', query, variables);

async function entries(dictionary: string) {
  const res = await server.graphql(
    '{ dictionaries { name entries { code label labelEn retired } } }',
    {},
    tokens.wenhualu,
  );
  return res.data!.dictionaries.find((d: { name: string }) => d.name === dictionary)
    .entries as Record<string, unknown>[];
}

const entryCount = async () => {
  const [row] = await server.db.execute<{ n: number }>(
    sql`select count(*)::int as n from dictionary_entries`,
    'objects',
  );
  return row!;
};

describe('adding entries', () => {
  it('the province adds an entry that everyone sees and new archives may use', async () => {
    const added = await province(ADD, {
      d: 'health',
      c: 'ALLERGY',
      l: '严重过敏性疾病',
      e: 'Severe allergic disease',
    });
    expect(added).toEqual({
      __typename: 'DictionaryEntry',
      code: 'ALLERGY',
      label: '严重过敏性疾病',
      labelEn: 'Severe allergic disease',
      retired: false,
    });
    expect((await entries('health')).at(-1)).toEqual({
      code: 'ALLERGY',
      label: '严重过敏性疾病',
      labelEn: 'Severe allergic disease',
      retired: false,
    });
    const created = await as('wenhualu', CREATE, { input: archiveInput(1, { health: 'ALLERGY' }) });
    expect(created.archive.health).toBe('ALLERGY');
  });

  it('refuses bad codes and labels field by field, writing nothing', async () => {
    const before = await entryCount();
    const bad = await province(ADD, { d: 'health', c: 'allergy 2', l: 'Allergy', e: ' ' });
    expect(bad.__typename).toBe('ValidationError');
    expect(
      bad.fieldErrors.map((e: { path: string[]; code: string }) => [e.path.join('.'), e.code]),
    ).toEqual([
      ['code', 'DICTIONARY_CODE_FORMAT'],
      ['labelEn', 'REQUIRED'],
      ['label', 'LABEL_NOT_CHINESE'],
    ]);
    for (const e of bad.fieldErrors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(
      (await province(ADD, { d: 'health', c: 'NEW_ONE', l: '良好', e: 'Good again' }))
        .fieldErrors[0].code,
    ).toBe('DICTIONARY_LABEL_TAKEN');
    expect(await entryCount()).toEqual(before);
  });

  it('never reuses a code, not even a retired one', async () => {
    const taken = await province(ADD, {
      d: 'housingType',
      c: 'OTHER',
      l: '其他住房',
      e: 'Other housing',
    });
    expect(taken.fieldErrors[0]).toMatchObject({ path: ['code'], code: 'DICTIONARY_CODE_TAKEN' });
    await province(ADD, { d: 'housingType', c: 'SHELTER', l: '救助站', e: 'Shelter' });
    await province(RETIRE, { d: 'housingType', c: 'SHELTER' });
    const again = await province(ADD, {
      d: 'housingType',
      c: 'SHELTER',
      l: '临时救助站',
      e: 'Temporary shelter',
    });
    expect(again.fieldErrors[0]).toMatchObject({
      code: 'DICTIONARY_CODE_TAKEN',
      message: expect.stringContaining('已停用'),
    });
  });

  it('the fixed lists of the notice are not editable; unknown dictionaries are named', async () => {
    for (const d of ['primaryCause', 'secondaryCauses', 'keyGroups', 'measures', 'actionPlans']) {
      const res = await province(ADD, { d, c: 'EXTRA', l: '新增项', e: 'Extra' });
      expect(res.fieldErrors[0], d).toMatchObject({
        path: ['dictionary'],
        code: 'DICTIONARY_NOT_EDITABLE',
      });
      expect((await province(RETIRE, { d, c: 'OTHER' })).fieldErrors[0].code).toBe(
        'DICTIONARY_NOT_EDITABLE',
      );
    }
    expect(
      (await province(ADD, { d: 'colour', c: 'RED', l: '红', e: 'Red' })).fieldErrors[0].code,
    ).toBe('DICTIONARY_UNKNOWN');
  });

  it('nobody but the province admin may edit: FORBIDDEN, and nothing changes', async () => {
    const before = await entries('maritalStatus');
    for (const user of ['zhengzhou', 'jinshui', 'wenhualu', 'analyst']) {
      for (const [query, variables] of [
        [ADD, { d: 'maritalStatus', c: 'COHABITING', l: '同居', e: 'Cohabiting' }],
        [UPDATE, { d: 'maritalStatus', c: 'MARRIED', l: '已婚（改）', e: 'Married' }],
        [RETIRE, { d: 'maritalStatus', c: 'WIDOWED' }],
        [RESTORE, { d: 'maritalStatus', c: 'WIDOWED' }],
      ] as const) {
        const res = await server.graphql(query, variables, tokens[user]);
        expect(res.errors?.[0]?.extensions?.code, `${user}`).toBe('FORBIDDEN');
      }
    }
    expect(await entries('maritalStatus')).toEqual(before);
  });
});

describe('relabelling, retiring and restoring', () => {
  it('relabels an entry: the code stays, every record shows the new label, a restart keeps it', async () => {
    const res = await province(UPDATE, {
      d: 'housingType',
      c: 'RENTED',
      l: '租住私房',
      e: 'Renting privately',
    });
    expect(res).toMatchObject({ code: 'RENTED', label: '租住私房', retired: false });
    await bootstrap(server.db, { adminPassword: 'unused' });
    expect((await entries('housingType')).find((e) => e.code === 'RENTED')!.label).toBe('租住私房');
    expect(
      (await province(UPDATE, { d: 'housingType', c: 'NOPE', l: '不存在', e: 'None' }))
        .fieldErrors[0].code,
    ).toBe('DICTIONARY_ENTRY_NOT_FOUND');
  });

  it('a retired entry stays on old archives but cannot be chosen on new ones, until restored', async () => {
    const old = await as('huanghelu', CREATE, { input: archiveInput(2, { health: 'ALLERGY' }) });
    const retired = await province(RETIRE, { d: 'health', c: 'ALLERGY' });
    expect(retired).toMatchObject({ code: 'ALLERGY', retired: true });
    expect(await province(RETIRE, { d: 'health', c: 'ALLERGY' })).toMatchObject({ retired: true });
    expect((await entries('health')).find((e) => e.code === 'ALLERGY')).toMatchObject({
      retired: true,
      label: '严重过敏性疾病',
    });

    const read = await server.graphql(
      'query($id: ID!) { archive(id: $id) { health } }',
      { id: old.archive.id },
      tokens.huanghelu,
    );
    expect(read.data!.archive.health).toBe('ALLERGY');
    const kept = await as(
      'huanghelu',
      'mutation($id: ID!, $v: Int!, $input: ArchiveInput!) { updateArchive(id: $id, version: $v, input: $input) { __typename } }',
      {
        id: old.archive.id,
        v: old.archive.version,
        input: archiveInput(2, { health: 'ALLERGY', remarks: '复核' }),
      },
    );
    expect(kept.__typename).toBe('ArchivePayload');
    const refused = await as('wenhualu', CREATE, { input: archiveInput(3, { health: 'ALLERGY' }) });
    expect(refused.fieldErrors).toEqual([
      expect.objectContaining({
        path: ['health'],
        code: 'NOT_IN_DICTIONARY',
        message: expect.stringContaining('健康状况'),
      }),
    ]);

    expect(await province(RESTORE, { d: 'health', c: 'ALLERGY' })).toMatchObject({
      retired: false,
    });
    expect(
      (await as('wenhualu', CREATE, { input: archiveInput(3, { health: 'ALLERGY' }) })).__typename,
    ).toBe('ArchivePayload');
  });

  it('keeps every dictionary usable: the sex codes and the last live entry cannot be retired', async () => {
    const sex = await province(RETIRE, { d: 'sex', c: '1' });
    expect(sex.fieldErrors[0]).toMatchObject({
      code: 'DICTIONARY_ENTRY_REQUIRED',
      message: expect.stringContaining('男'),
    });
    await province(RETIRE, { d: 'hukouType', c: 'AGRICULTURAL' });
    await province(RETIRE, { d: 'hukouType', c: 'RURAL_TO_URBAN' });
    const last = await province(RETIRE, { d: 'hukouType', c: 'NON_AGRICULTURAL' });
    expect(last.fieldErrors[0].code).toBe('DICTIONARY_LAST_ENTRY');
    expect((await entries('hukouType')).filter((e) => !e.retired).map((e) => e.code)).toEqual([
      'NON_AGRICULTURAL',
    ]);
  });

  it('never deletes an entry', async () => {
    const rows = await server.db.execute(
      sql`select count(*)::int as n from dictionary_entries where builtin = false`,
      'objects',
    );
    expect(rows[0]).toEqual({ n: 2 });
  });
});
