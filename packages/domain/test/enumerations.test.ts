import { describe, expect, it } from 'vitest';
import {
  ACTION_PLANS,
  ARCHIVE_STATUSES,
  FIXED_LISTS,
  GRASSROOTS_KINDS,
  HARDSHIP_CAUSES,
  KEY_GROUPS,
  MEASURES,
  OTHER,
  ROLES,
  UNION_LEVELS,
  fixedEntries,
  roleFitsLevel,
  type FixedEntry,
} from '../src/index.js';

// The seed's wording, copied from the archive form (附件1) in its printed order.
const SEED_CAUSES = [
  '无劳动能力',
  '有劳动能力而未就业',
  '下岗失业',
  '未参加社会保险',
  '社会保险待遇落实不到位',
  '患重特大疾病',
  '遭受自然灾害',
  '遭受意外事故',
  '子女上学',
  '其他',
];
const SEED_KEY_GROUPS = [
  '低保范围内有劳动能力而未充分就业',
  '收入或生活水平低于低保线而未纳入低保',
  '支出性生活困难',
  '城市困难农民工',
  '供给侧结构性改革中的困难职工',
  '其他（注明）',
];
const SEED_MEASURES = [
  '就业创业发展',
  '纳入社保制度覆盖',
  '纳入大病保险和医疗互助保险保障',
  '社会救助兜底',
  '其他（注明）',
];
const SEED_ACTION_PLANS = [
  '技能培训促就业计划',
  '创业援助计划',
  '阳光就业计划',
  '职工医疗互助计划',
  '金秋助学计划',
  '一帮一结对计划',
  '送温暖精准化计划',
  '其他（注明）',
];

function expectWellFormed(list: Record<string, FixedEntry>, seedLabels: string[]) {
  const entries = fixedEntries(list);
  expect(entries.map((e) => e.label)).toEqual(seedLabels);
  expect(entries.map((e) => e.no)).toEqual(seedLabels.map((_, i) => i + 1));
  for (const [key, entry] of Object.entries(list)) {
    expect(entry.code).toBe(key);
    expect(key).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(entry.labelEn.length).toBeGreaterThan(0);
  }
}

describe('the seed lists', () => {
  it('has exactly the ten causes of the seed, numbered as printed', () => {
    expect(Object.keys(HARDSHIP_CAUSES)).toHaveLength(10);
    expectWellFormed(HARDSHIP_CAUSES, SEED_CAUSES);
    expect(HARDSHIP_CAUSES.SERIOUS_ILLNESS).toMatchObject({ no: 6, label: '患重特大疾病' });
  });

  it('has the five key groups plus other', () => {
    expectWellFormed(KEY_GROUPS, SEED_KEY_GROUPS);
  });

  it('has the four measures plus other', () => {
    expectWellFormed(MEASURES, SEED_MEASURES);
  });

  it('has the seven action plans plus other', () => {
    expectWellFormed(ACTION_PLANS, SEED_ACTION_PLANS);
  });

  it('ends every list with an OTHER entry, so "other" is recognisable', () => {
    for (const list of [HARDSHIP_CAUSES, KEY_GROUPS, MEASURES, ACTION_PLANS]) {
      const entries = fixedEntries(list as Record<string, FixedEntry>);
      expect(entries.at(-1)?.code).toBe(OTHER);
    }
  });

  it('offers every fixed list as a dictionary named after its field', () => {
    expect(Object.keys(FIXED_LISTS)).toEqual([
      'primaryCause',
      'secondaryCauses',
      'keyGroups',
      'measures',
      'actionPlans',
    ]);
    for (const [name, list] of Object.entries(FIXED_LISTS)) expect(list.name).toBe(name);
    expect(FIXED_LISTS.primaryCause.entries).toHaveLength(10);
    expect(FIXED_LISTS.keyGroups.entries.map((e) => e.label)).toEqual(SEED_KEY_GROUPS);
  });
});

describe('unions, roles and statuses', () => {
  it('has the five union levels of domain.md §1 with their Chinese names', () => {
    expect(Object.values(UNION_LEVELS).map((l) => [l.code, l.label])).toEqual([
      ['PROVINCE', '省总工会'],
      ['CITY', '省辖市总工会'],
      ['DIRECT_COUNTY', '直管县（市）总工会'],
      ['COUNTY', '县（市、区）级工会'],
      ['GRASSROOTS', '基层工会'],
    ]);
    expect(UNION_LEVELS.GRASSROOTS.parents).toContain('CITY');
  });

  it('has the three grassroots kinds the notice names (单位、镇街、社区)', () => {
    expect(Object.values(GRASSROOTS_KINDS).map((k) => k.label)).toEqual(['单位', '镇街', '社区']);
  });

  it('has the five roles, each tied to union levels', () => {
    expect(Object.keys(ROLES)).toEqual([
      'PROVINCE_ADMIN',
      'CITY_ADMIN',
      'COUNTY_ADMIN',
      'GRASSROOTS_ADMIN',
      'ANALYST',
    ]);
    expect(roleFitsLevel('COUNTY_ADMIN', 'DIRECT_COUNTY')).toBe(true);
    expect(roleFitsLevel('GRASSROOTS_ADMIN', 'COUNTY')).toBe(false);
    expect(roleFitsLevel('ANALYST', 'GRASSROOTS')).toBe(true);
  });

  it('has the five archive states of domain.md §4', () => {
    expect(Object.values(ARCHIVE_STATUSES).map((s) => [s.code, s.label])).toEqual([
      ['DRAFT', '摸底调查/录入中'],
      ['PUBLICIZING', '公示中'],
      ['PENDING_APPROVAL', '待审批'],
      ['ESTABLISHED', '已建档（帮扶中）'],
      ['EXITED', '已脱困/退出'],
    ]);
  });
});
