import { eq } from 'drizzle-orm';
import { hashPassword } from '../../src/auth/password.js';
import type { Role } from '../../src/auth/roles.js';
import type { Database } from '../../src/db/client.js';
import { unions, users } from '../../src/db/schema/index.js';
import { insertUnion, type NewUnion, type PlacedUnion } from '../../src/unions/store.js';
import { TEST_PASSWORD } from './server.js';

/**
 * A small real-shaped tree: two cities with a county and grassroots unions each, a direct county,
 * and a grassroots union directly under a city — with one user per role where it matters.
 */
export interface FixtureTree {
  unions: Record<
    | 'province'
    | 'zhengzhou'
    | 'jinshui'
    | 'wenhualu'
    | 'huanghelu'
    | 'zzDirect'
    | 'kaifeng'
    | 'gulou'
    | 'gulouJc'
    | 'gongyi'
    | 'gongyiJc',
    PlacedUnion
  >;
}

export const FIXTURE_USERS: Record<string, { role: Role; union: keyof FixtureTree['unions'] }> = {
  province: { role: 'PROVINCE_ADMIN', union: 'province' },
  analyst: { role: 'ANALYST', union: 'province' },
  zhengzhou: { role: 'CITY_ADMIN', union: 'zhengzhou' },
  'zz-analyst': { role: 'ANALYST', union: 'zhengzhou' },
  jinshui: { role: 'COUNTY_ADMIN', union: 'jinshui' },
  wenhualu: { role: 'GRASSROOTS_ADMIN', union: 'wenhualu' },
  huanghelu: { role: 'GRASSROOTS_ADMIN', union: 'huanghelu' },
  'zz-direct': { role: 'GRASSROOTS_ADMIN', union: 'zzDirect' },
  kaifeng: { role: 'CITY_ADMIN', union: 'kaifeng' },
  gulou: { role: 'COUNTY_ADMIN', union: 'gulou' },
  'gulou-jc': { role: 'GRASSROOTS_ADMIN', union: 'gulouJc' },
  gongyi: { role: 'COUNTY_ADMIN', union: 'gongyi' },
  'gongyi-jc': { role: 'GRASSROOTS_ADMIN', union: 'gongyiJc' },
};

export async function seedFixtureTree(db: Database): Promise<FixtureTree> {
  const [root] = await db.select().from(unions).where(eq(unions.code, '410000'));
  const province: PlacedUnion = { id: root!.id, path: root!.path, depth: root!.depth };
  const add = (values: NewUnion, parent: PlacedUnion) => insertUnion(db, values, parent);
  const zhengzhou = await add(
    { code: '410100', name: '郑州市总工会', level: 'CITY', regionCode: '410100' },
    province,
  );
  const jinshui = await add(
    { code: '410105', name: '郑州市金水区总工会', level: 'COUNTY', regionCode: '410105' },
    zhengzhou,
  );
  const wenhualu = await add(
    {
      code: '410105-001',
      name: '金水区文化路街道总工会',
      level: 'GRASSROOTS',
      kind: 'TOWNSHIP_STREET',
      regionCode: '410105',
    },
    jinshui,
  );
  const huanghelu = await add(
    {
      code: '410105-002',
      name: '金水区黄河路社区工会',
      level: 'GRASSROOTS',
      kind: 'COMMUNITY',
      regionCode: '410105',
    },
    jinshui,
  );
  const zzDirect = await add(
    {
      code: '410100-001',
      name: '郑州煤矿机械集团工会',
      level: 'GRASSROOTS',
      kind: 'ENTERPRISE',
      regionCode: '410100',
    },
    zhengzhou,
  );
  const kaifeng = await add(
    { code: '410200', name: '开封市总工会', level: 'CITY', regionCode: '410200' },
    province,
  );
  const gulou = await add(
    { code: '410204', name: '开封市鼓楼区总工会', level: 'COUNTY', regionCode: '410204' },
    kaifeng,
  );
  const gulouJc = await add(
    {
      code: '410204-001',
      name: '鼓楼区州桥街道总工会',
      level: 'GRASSROOTS',
      kind: 'TOWNSHIP_STREET',
      regionCode: '410204',
    },
    gulou,
  );
  const gongyi = await add(
    { code: '410181', name: '巩义市总工会', level: 'DIRECT_COUNTY', regionCode: '410181' },
    province,
  );
  const gongyiJc = await add(
    {
      code: '410181-001',
      name: '巩义市孝义街道总工会',
      level: 'GRASSROOTS',
      kind: 'TOWNSHIP_STREET',
      regionCode: '410181',
    },
    gongyi,
  );
  const tree: FixtureTree = {
    unions: {
      province,
      zhengzhou,
      jinshui,
      wenhualu,
      huanghelu,
      zzDirect,
      kaifeng,
      gulou,
      gulouJc,
      gongyi,
      gongyiJc,
    },
  };
  const passwordHash = await hashPassword(TEST_PASSWORD);
  await db.insert(users).values(
    Object.entries(FIXTURE_USERS).map(([username, u]) => ({
      username,
      name: `测试${username}`,
      passwordHash,
      role: u.role,
      unionId: tree.unions[u.union].id,
    })),
  );
  return tree;
}
