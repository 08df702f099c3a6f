import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password.js';
import { users } from '../src/db/schema/index.js';
import { startAssistanceWorld, thisYear, type AssistanceWorld } from './support/assistance.js';
import { TEST_PASSWORD } from './support/server.js';

let world: AssistanceWorld;
beforeAll(async () => {
  world = await startAssistanceWorld();
  await world.server.db.insert(users).values({
    username: 'gongyi-city',
    name: '巩义市级管理员',
    passwordHash: await hashPassword(TEST_PASSWORD),
    role: 'CITY_ADMIN',
    unionId: world.tree.unions.gongyi.id,
  });
  world.tokens['gongyi-city'] = await world.server.login('gongyi-city');
});
afterAll(() => world?.server.close());

const SET = `mutation($code: String!, $year: Int!, $fen: Int!) { setMinimumLivingLine(regionCode: $code, year: $year, monthlyFen: $fen) {
  __typename
  ... on MinimumLivingLine { regionCode year monthlyFen }
  ... on ValidationError { message fieldErrors { path code message } }
} }`;
const LIST = `query($year: Int, $prefix: String) { minimumLivingLines(year: $year, regionCodePrefix: $prefix) { regionCode year monthlyFen } }`;

const set = (user: string, code: string, fen: number, year = thisYear()) =>
  world.server.graphql(SET, { code, year, fen }, world.tokens[user]);
const list = async (vars: Record<string, unknown> = {}, user = 'analyst') =>
  (await world.server.graphql(LIST, vars, world.tokens[user])).data!.minimumLivingLines;

describe('setting minimum-living lines (低保标准)', () => {
  it('the province sets any division; setting again replaces the amount', async () => {
    expect((await set('province', '410000', 50_000)).data!.setMinimumLivingLine).toEqual({
      __typename: 'MinimumLivingLine',
      regionCode: '410000',
      year: thisYear(),
      monthlyFen: 50_000,
    });
    await set('province', '410000', 52_000);
    await set('province', '410000', 48_000, thisYear() - 1);
    expect(await list({ prefix: '41' })).toEqual([
      { regionCode: '410000', year: thisYear(), monthlyFen: 52_000 },
      { regionCode: '410000', year: thisYear() - 1, monthlyFen: 48_000 },
    ]);
  });

  it('a city admin sets its city and the districts in it, nothing else', async () => {
    expect((await set('zhengzhou', '410100', 60_000)).data!.setMinimumLivingLine.monthlyFen).toBe(
      60_000,
    );
    expect((await set('zhengzhou', '410105', 61_000)).data!.setMinimumLivingLine.monthlyFen).toBe(
      61_000,
    );
    for (const code of ['410204', '410000', '410181']) {
      expect((await set('zhengzhou', code, 1)).errors?.[0]?.extensions?.code, code).toBe(
        'FORBIDDEN',
      );
    }
  });

  it('a directly administered county sets only its own line', async () => {
    expect((await set('gongyi-city', '410181', 55_000)).data!.setMinimumLivingLine.regionCode).toBe(
      '410181',
    );
    expect((await set('gongyi-city', '410100', 1)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('county, grassroots and analysts may not set lines', async () => {
    for (const user of ['jinshui', 'wenhualu', 'analyst', 'gongyi']) {
      expect((await set(user, '410105', 1)).errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
    }
  });

  it('bad input names each argument, and nothing is written', async () => {
    const before = await list();
    const cases: [string, number, number, Record<string, string>][] = [
      [
        '4101',
        1999,
        -1,
        {
          regionCode: 'DIVISION_CODE_FORMAT',
          year: 'YEAR_OUT_OF_RANGE',
          monthlyFen: 'FEN_NEGATIVE',
        },
      ],
      [
        '991234',
        thisYear() + 2,
        100,
        { regionCode: 'DIVISION_CODE_PROVINCE', year: 'YEAR_OUT_OF_RANGE' },
      ],
    ];
    for (const [code, year, fen, expected] of cases) {
      const res = await set('province', code, fen, year);
      const errors = res.data!.setMinimumLivingLine.fieldErrors as {
        path: string[];
        code: string;
        message: string;
      }[];
      expect(Object.fromEntries(errors.map((e) => [e.path[0], e.code]))).toEqual(expected);
      for (const e of errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(
      (await set('province', '410105', 0, thisYear() + 1)).data!.setMinimumLivingLine.year,
    ).toBe(thisYear() + 1);
    expect((await list()).length).toBe(before.length + 1);
  });
});

describe('reading minimum-living lines', () => {
  it('everyone signed in reads them, by year and code prefix', async () => {
    expect(
      (await list({ year: thisYear(), prefix: '4101' }, 'wenhualu')).map(
        (l: { regionCode: string }) => l.regionCode,
      ),
    ).toEqual(['410100', '410105', '410181']);
    expect(
      (await list({ year: thisYear() - 1 })).map((l: { monthlyFen: number }) => l.monthlyFen),
    ).toEqual([48_000]);
  });

  it('a prefix that is not digits is refused; without sign-in nothing is read', async () => {
    const bad = await world.server.graphql(LIST, { prefix: '41%' }, world.tokens.analyst);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await world.server.graphql(LIST, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
