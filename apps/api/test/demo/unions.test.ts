import { roleFitsLevel } from '@bangfu/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoUnions, demoUsers } from '../../src/demo/generate.js';
import { countyByCode } from '../../src/demo/regions.js';

const unions = demoUnions(20160713);
const byKey = new Map(unions.map((u) => [u.key, u]));

describe('demoUnions', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(demoUnions(20160713)).toEqual(unions);
    expect(demoUnions(1)).not.toEqual(unions);
  });

  it('lists parents before children, every parent known', () => {
    const seen = new Set<string>();
    for (const union of unions) {
      if (union.parentKey !== null) expect(seen.has(union.parentKey), union.name).toBe(true);
      seen.add(union.key);
    }
    expect(unions.filter((u) => u.parentKey === null)).toHaveLength(1);
    expect(new Set(unions.map((u) => u.key)).size).toBe(unions.length);
    expect(new Set(unions.map((u) => u.code)).size).toBe(unions.length);
    expect(new Set(unions.map((u) => u.name)).size).toBe(unions.length);
  });

  it('has the province, 17 cities, 10 direct counties and every county-level union', () => {
    const count = (level: string) => unions.filter((u) => u.level === level).length;
    expect(count('PROVINCE')).toBe(1);
    expect(count('CITY')).toBe(17);
    expect(count('DIRECT_COUNTY')).toBe(10);
    expect(count('COUNTY')).toBe(146);
    expect(unions[0]).toMatchObject({ code: '410000', name: '河南省总工会', level: 'PROVINCE' });
    expect(byKey.get('410100')).toMatchObject({
      name: '郑州市总工会',
      level: 'CITY',
      parentKey: '410000',
    });
    expect(byKey.get('410105')).toMatchObject({
      code: '410105',
      name: '郑州市金水区总工会',
      level: 'COUNTY',
      regionCode: '410105',
      parentKey: '410100',
    });
    expect(byKey.get('410122')).toMatchObject({ name: '中牟县总工会', parentKey: '410100' });
    expect(byKey.get('410181')).toMatchObject({
      name: '巩义市总工会',
      level: 'DIRECT_COUNTY',
      parentKey: '410000',
    });
    for (const union of unions) {
      if (union.level === 'COUNTY') expect(byKey.get(union.parentKey!)!.level).toBe('CITY');
      if (union.level === 'CITY' || union.level === 'DIRECT_COUNTY')
        expect(union.parentKey).toBe('410000');
    }
  });

  it('has grassroots unions of the three kinds under counties, direct counties and cities', () => {
    const grassroots = unions.filter((u) => u.level === 'GRASSROOTS');
    const parents = new Map<string, number>();
    for (const union of grassroots) {
      const parent = byKey.get(union.parentKey!)!;
      expect(['COUNTY', 'DIRECT_COUNTY', 'CITY']).toContain(parent.level);
      expect(union.code).toMatch(new RegExp(`^${parent.regionCode}-\\d{3}$`));
      expect(union.regionCode).toBe(parent.regionCode);
      expect(union.kind).toBeDefined();
      expect(union.name).toMatch(/(总工会|工会|工会委员会)$/);
      parents.set(parent.key, (parents.get(parent.key) ?? 0) + 1);
    }
    const levelOf = (key: string) => byKey.get(key)!.level;
    const countyParents = [...parents].filter(([key]) => levelOf(key) === 'COUNTY');
    for (const [, n] of countyParents) expect(n).toBeGreaterThanOrEqual(3);
    for (const [, n] of countyParents) expect(n).toBeLessThanOrEqual(6);
    const cities = new Set(countyParents.map(([key]) => byKey.get(key)!.parentKey));
    expect(cities.size).toBeGreaterThanOrEqual(4);
    expect(
      [...parents.keys()].filter((key) => levelOf(key) === 'DIRECT_COUNTY').length,
    ).toBeGreaterThanOrEqual(2);
    expect(
      [...parents].filter(([key]) => levelOf(key) === 'CITY').reduce((s, [, n]) => s + n, 0),
    ).toBeGreaterThanOrEqual(2);
    expect(new Set(grassroots.map((u) => u.kind))).toEqual(
      new Set(['ENTERPRISE', 'TOWNSHIP_STREET', 'COMMUNITY']),
    );
  });

  it('names grassroots unions as real ones are named', () => {
    expect(byKey.get('410105-001')).toMatchObject({
      name: '金水区文化路街道总工会',
      kind: 'TOWNSHIP_STREET',
    });
    expect(byKey.get('410105-002')).toMatchObject({
      name: '金水区黄河路社区工会',
      kind: 'COMMUNITY',
    });
    expect(byKey.get('410102-001')).toMatchObject({
      name: '郑州第二砂轮厂工会',
      kind: 'ENTERPRISE',
    });
    expect(byKey.get('410181-001')).toMatchObject({
      name: '巩义市新华路街道总工会',
      parentKey: '410181',
    });
    for (const union of unions.filter((u) => u.kind === 'TOWNSHIP_STREET')) {
      expect(union.name.startsWith(countyByCode(union.regionCode)!.name)).toBe(true);
      expect(union.name).toMatch(/(街道|镇|乡)总工会$/);
    }
    for (const union of unions.filter((u) => u.kind === 'COMMUNITY'))
      expect(union.name).toMatch(/社区工会$/);
  });
});

describe('demoUsers', () => {
  it('has one user per role in a union that fits it', () => {
    const users = demoUsers();
    expect(users.map((u) => u.username)).toEqual([
      'admin',
      'zhengzhou',
      'jinshui',
      'wenhualu',
      'analyst',
      'gongyi',
      'gongyi-jc',
    ]);
    expect(new Set(users.map((u) => u.role))).toEqual(
      new Set(['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN', 'GRASSROOTS_ADMIN', 'ANALYST']),
    );
    for (const user of users) {
      const union = byKey.get(user.unionKey);
      expect(union, user.username).toBeDefined();
      expect(roleFitsLevel(user.role, union!.level)).toBe(true);
      expect(user.name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
    }
    expect(users.filter((u) => u.bootstrap)).toEqual([
      expect.objectContaining({ username: 'admin', unionKey: '410000' }),
    ]);
    expect(byKey.get(users.find((u) => u.username === 'wenhualu')!.unionKey)!.parentKey).toBe(
      '410105',
    );
    expect(byKey.get(users.find((u) => u.username === 'gongyi-jc')!.unionKey)!.parentKey).toBe(
      '410181',
    );
    expect(DEMO_PASSWORD).toBe('bangfu-demo');
  });

  it('finds its unions whatever the seed', () => {
    for (const seed of [1, 2, 3, 'x']) {
      const keys = new Set(demoUnions(seed).map((u) => u.key));
      for (const user of demoUsers()) expect(keys.has(user.unionKey)).toBe(true);
    }
  });
});
