/**
 * The demo data set: Henan's real union hierarchy, one user per role, and a stream of archives of
 * workers in difficulty. Pure: it returns plain objects and touches no database or file; the seed
 * script inserts them. The same seed always gives the same data.
 */
import type { GrassrootsKind } from '@bangfu/domain';
import { communityNames, employerIn, type Employer } from './names.js';
import { createRandom, type Random, type Seed } from './random.js';
import {
  CITIES,
  DIRECT_COUNTIES,
  PROVINCE,
  TOWNSHIPS,
  cityByCode,
  countyByCode,
  countyFullName,
  type County,
} from './regions.js';
import type { DemoUnion, DemoUser } from './types.js';

export { demoArchives } from './archive.js';
export type * from './types.js';

/** The password every demo user shares (printed in the README). */
export const DEMO_PASSWORD = 'bangfu-demo';

interface GrassrootsAnchor {
  kind: GrassrootsKind;
  /** A township (文化路街道), a community (黄河路社区) or an enterprise (郑州第二砂轮厂). */
  place: string;
}

/**
 * Counties with demo grassroots unions (in 9 cities and 5 direct counties), and the grassroots
 * unions that must exist whatever the seed, because demo users belong to them.
 */
const GRASSROOTS_COUNTIES: Readonly<Record<string, readonly GrassrootsAnchor[]>> = {
  '410105': [
    { kind: 'TOWNSHIP_STREET', place: '文化路街道' },
    { kind: 'COMMUNITY', place: '黄河路社区' },
  ],
  '410102': [{ kind: 'ENTERPRISE', place: '郑州第二砂轮厂' }],
  '410103': [],
  '410104': [],
  '410183': [],
  '410203': [],
  '410204': [],
  '410305': [{ kind: 'ENTERPRISE', place: '洛阳轴承厂' }],
  '410303': [],
  '410302': [],
  '410402': [],
  '410403': [],
  '410502': [],
  '410503': [],
  '410603': [],
  '410702': [],
  '410703': [],
  '410802': [],
  '410811': [],
  '410902': [],
  '410181': [{ kind: 'TOWNSHIP_STREET', place: '新华路街道' }],
  '410482': [],
  '410783': [],
  '410225': [],
  '410526': [],
};

/** 市直基层工会: grassroots unions directly under a city union, and how many. */
const CITY_LEVEL_GRASSROOTS: Readonly<Record<string, number>> = {
  '410100': 2,
  '410300': 2,
  '410400': 1,
  '410700': 1,
};

/**
 * The union tree, parents before children: 河南省总工会, the 17 city unions each followed by its
 * county-level unions, the 10 direct-county unions, then the grassroots unions.
 */
export function demoUnions(seed: Seed): DemoUnion[] {
  const rng = createRandom(seed, 'unions');
  const unions: DemoUnion[] = [
    {
      key: PROVINCE.code,
      code: PROVINCE.code,
      name: `${PROVINCE.name}总工会`,
      level: 'PROVINCE',
      regionCode: PROVINCE.code,
      parentKey: null,
    },
  ];
  for (const city of CITIES) {
    unions.push({
      key: city.code,
      code: city.code,
      name: `${city.name}总工会`,
      level: 'CITY',
      regionCode: city.code,
      parentKey: PROVINCE.code,
    });
    for (const county of city.counties) {
      unions.push({
        key: county.code,
        code: county.code,
        name: `${countyFullName(county)}总工会`,
        level: 'COUNTY',
        regionCode: county.code,
        parentKey: city.code,
      });
    }
  }
  for (const county of DIRECT_COUNTIES) {
    unions.push({
      key: county.code,
      code: county.code,
      name: `${county.name}总工会`,
      level: 'DIRECT_COUNTY',
      regionCode: county.code,
      parentKey: PROVINCE.code,
    });
  }

  const names = new Set<string>();
  const grassroots = (regionCode: string, kind: GrassrootsKind, name: string): void => {
    names.add(name);
    const sequence =
      unions.filter((u) => u.parentKey === regionCode && u.level === 'GRASSROOTS').length + 1;
    const code = `${regionCode}-${String(sequence).padStart(3, '0')}`;
    unions.push({
      key: code,
      code,
      name,
      level: 'GRASSROOTS',
      kind,
      regionCode,
      parentKey: regionCode,
    });
  };

  for (const [countyCode, anchors] of Object.entries(GRASSROOTS_COUNTIES)) {
    const county = countyByCode(countyCode)!;
    for (const anchor of anchors) grassroots(countyCode, anchor.kind, unionNameOf(county, anchor));
    const total = rng.int(Math.max(3, anchors.length), 6);
    for (let tries = 0; unionCount(unions, countyCode) < total && tries < 50; tries++) {
      const anchor = randomAnchor(rng, county);
      const name = unionNameOf(county, anchor);
      if (!names.has(name)) grassroots(countyCode, anchor.kind, name);
    }
  }
  for (const [cityCode, count] of Object.entries(CITY_LEVEL_GRASSROOTS)) {
    const city = cityByCode(cityCode)!;
    for (let tries = 0; unionCount(unions, cityCode) < count && tries < 50; tries++) {
      const name = enterpriseUnionName(rng, employerIn(rng, { cityCode: city.code }));
      if (!names.has(name)) grassroots(cityCode, 'ENTERPRISE', name);
    }
  }
  return unions;
}

function unionCount(unions: readonly DemoUnion[], parentKey: string): number {
  return unions.filter((u) => u.parentKey === parentKey && u.level === 'GRASSROOTS').length;
}

function randomAnchor(rng: Random, county: County): GrassrootsAnchor {
  const townships = TOWNSHIPS[county.code] ?? [];
  const kind = rng.weightedPairs<GrassrootsKind>([
    ['TOWNSHIP_STREET', townships.length > 0 ? 4 : 0],
    ['COMMUNITY', county.kind === 'DISTRICT' ? 3 : 1],
    ['ENTERPRISE', 4],
  ]);
  if (kind === 'TOWNSHIP_STREET') return { kind, place: rng.pick(townships) };
  if (kind === 'COMMUNITY') return { kind, place: rng.pick(communityNames(county.code)) };
  const employer = employerIn(rng, { cityCode: county.cityCode, county }, { atHome: true });
  return { kind, place: enterpriseUnionName(rng, employer) };
}

/**
 * Names as unions write them: 金水区文化路街道总工会, 巩义市米河镇总工会 (镇街),
 * 金水区黄河路社区工会 (社区), 郑州第二砂轮厂工会 or …有限公司工会委员会 (单位).
 */
function unionNameOf(county: County, anchor: GrassrootsAnchor): string {
  switch (anchor.kind) {
    case 'TOWNSHIP_STREET':
      return `${county.name}${anchor.place}总工会`;
    case 'COMMUNITY':
      return `${county.name}${anchor.place}工会`;
    case 'ENTERPRISE':
      return /工会(委员会)?$/.test(anchor.place) ? anchor.place : `${anchor.place}工会`;
  }
}

function enterpriseUnionName(rng: Random, employer: Employer): string {
  return `${employer.name}工会${employer.name.endsWith('公司') && rng.chance(0.3) ? '委员会' : ''}`;
}

/** One user per role, all with DEMO_PASSWORD except the bootstrap admin. */
export function demoUsers(): DemoUser[] {
  return [
    {
      username: 'admin',
      name: '王振华',
      role: 'PROVINCE_ADMIN',
      unionKey: '410000',
      bootstrap: true,
    },
    { username: 'zhengzhou', name: '李红梅', role: 'CITY_ADMIN', unionKey: '410100' },
    { username: 'jinshui', name: '张卫东', role: 'COUNTY_ADMIN', unionKey: '410105' },
    { username: 'wenhualu', name: '刘丽娟', role: 'GRASSROOTS_ADMIN', unionKey: '410105-001' },
    { username: 'analyst', name: '陈晓东', role: 'ANALYST', unionKey: '410000' },
    { username: 'gongyi', name: '郭志刚', role: 'COUNTY_ADMIN', unionKey: '410181' },
    { username: 'gongyi-jc', name: '孙海燕', role: 'GRASSROOTS_ADMIN', unionKey: '410181-001' },
  ];
}
