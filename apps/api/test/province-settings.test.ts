import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from './support/assistance.js';
import { startFixtureWorld, type FixtureWorld } from './support/world.js';

let world: FixtureWorld;
beforeAll(async () => {
  world = await startFixtureWorld();
});
afterAll(() => world?.server.close());

const READ = `{ provinceSettings { noticePeriodDays updatedAt } }`;
const SET = `mutation($days: Int!) { setNoticePeriodDays(days: $days) {
  __typename
  ... on ProvinceSettings { noticePeriodDays updatedAt }
  ... on ValidationError { message fieldErrors { path code message } }
} }`;

const read = async (user: string) =>
  (await world.server.graphql(READ, {}, world.tokens[user])).data!.provinceSettings;
const set = (user: string, days: number) => world.server.graphql(SET, { days }, world.tokens[user]);

describe('the notice period the province sets (公示期)', () => {
  it('is a week until the province sets it, for everyone signed in', async () => {
    for (const user of ['province', 'zhengzhou', 'jinshui', 'wenhualu', 'analyst']) {
      expect(await read(user), user).toEqual({ noticePeriodDays: 7, updatedAt: null });
    }
    const anonymous = await world.server.graphql(READ, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('only a province admin changes it; the others are refused and nothing changes', async () => {
    for (const user of ['zhengzhou', 'jinshui', 'wenhualu', 'analyst']) {
      const refused = await set(user, 10);
      expect(refused.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.message).toMatch(/省总工会/);
    }
    expect((await read('wenhualu')).noticePeriodDays).toBe(7);

    const saved = (await set('province', 10)).data!.setNoticePeriodDays;
    expect(saved.__typename).toBe('ProvinceSettings');
    expect(saved.noticePeriodDays).toBe(10);
    expect(saved.updatedAt).toEqual(expect.any(String));
    expect(await read('wenhualu')).toEqual({ noticePeriodDays: 10, updatedAt: saved.updatedAt });
    // Setting again replaces the one row.
    await set('province', 5);
    expect((await read('analyst')).noticePeriodDays).toBe(5);
    const rows = rowsOf<{ n: number; set_by: string }>(
      await world.server.db.execute(
        'select count(*)::int as n, max(s.set_by::text) as set_by from province_settings s',
      ),
    );
    expect(rows).toEqual([{ n: 1, set_by: expect.any(String) }]);
  });

  it('takes 1 to 30 days; anything else is refused in Chinese and writes nothing', async () => {
    await set('province', 1);
    expect((await read('province')).noticePeriodDays).toBe(1);
    await set('province', 30);
    expect((await read('province')).noticePeriodDays).toBe(30);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 31 })), async (days) => {
        const res = (await set('province', days)).data!.setNoticePeriodDays;
        expect(res.__typename).toBe('ValidationError');
        expect(res.fieldErrors).toEqual([
          {
            path: ['days'],
            code: 'NOTICE_PERIOD_OUT_OF_RANGE',
            message: '公示期天数应为1到30之间的整数。',
          },
        ]);
      }),
      { numRuns: 25 },
    );
    expect((await read('province')).noticePeriodDays).toBe(30);
  });
});
