/**
 * The worker behind an archive: why the household is in difficulty, work status and age, income,
 * and the remarks a union officer writes. Dates are ISO strings, ages in full years.
 */
import { HEALTH_DISABLED, dictionaryLabel, type HardshipCause } from '@bangfu/domain';
import type { WorkStatus } from './codes.js';
import type { PersonSex } from './names.js';
import { addDays, type Random } from './random.js';

export interface Person {
  sex: PersonSex;
  birthDate: string;
  name: string;
}

export type { WorkStatus };

/** Who in the household is seriously ill, when illness is a cause. */
export type IllPerson = 'SELF' | 'SPOUSE' | 'CHILD' | 'PARENT';

export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const rest = iso.slice(4);
  return rest === '-02-29' ? `${y}-03-01` : `${y}${rest}`;
}

export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** A birth date making someone `min`–`max` years old on `on`, most often in the middle. */
export function birthDateForAge(rng: Random, on: string, min: number, max: number): string {
  const age = Math.round((rng.int(min, max) + rng.int(min, max)) / 2);
  return addDays(addYears(on, -age), -rng.int(0, 364));
}

/** Whole yuan in steps of ten, as fen. */
export function yuanToFen(rng: Random, min: number, max: number): number {
  return rng.int(min / 10, max / 10) * 1000;
}

// ---------------------------------------------------------------------------------------------

const CAUSE_WEIGHTS: Readonly<Record<HardshipCause, number>> = {
  SERIOUS_ILLNESS: 30,
  LAID_OFF: 14,
  CHILDREN_SCHOOLING: 14,
  NO_WORK_CAPACITY: 7,
  ABLE_BUT_NOT_EMPLOYED: 6,
  ACCIDENT: 7,
  SOCIAL_INSURANCE_NOT_DELIVERED: 4,
  NO_SOCIAL_INSURANCE: 4,
  NATURAL_DISASTER: 2,
  OTHER: 5,
};

const SECONDARY_WEIGHTS: Readonly<Record<HardshipCause, number>> = {
  SERIOUS_ILLNESS: 20,
  CHILDREN_SCHOOLING: 18,
  LAID_OFF: 10,
  ABLE_BUT_NOT_EMPLOYED: 8,
  NO_SOCIAL_INSURANCE: 4,
  SOCIAL_INSURANCE_NOT_DELIVERED: 4,
  NO_WORK_CAPACITY: 5,
  ACCIDENT: 4,
  NATURAL_DISASTER: 1,
  OTHER: 2,
};

const CAUSES = Object.keys(CAUSE_WEIGHTS) as HardshipCause[];

/** The 2021 "7·20" rainstorm flooded 郑州, 新乡, 鹤壁 and 焦作. */
const FLOOD_CITIES = new Set(['410100', '410700', '410600', '410800']);

/** Whether an archive surveyed on `createdOn` in `cityCode` may follow the 2021 flood. */
export function afterFlood(cityCode: string, createdOn: string): boolean {
  return FLOOD_CITIES.has(cityCode) && createdOn >= '2021-07-20' && createdOn <= '2022-06-30';
}

/** 主要致困原因 (one) and 次要致困原因 (up to three, never the primary). */
export function pickCauses(
  rng: Random,
  where: { enterprise: boolean; cityCode: string },
  createdOn: string,
): { primary: HardshipCause; secondary: HardshipCause[] } {
  const flood = afterFlood(where.cityCode, createdOn);
  const weight = (c: HardshipCause, base: Readonly<Record<HardshipCause, number>>): number => {
    // Enterprises pay social insurance and employ their members.
    if (where.enterprise && (c === 'NO_SOCIAL_INSURANCE' || c === 'ABLE_BUT_NOT_EMPLOYED'))
      return 0;
    if (c === 'NATURAL_DISASTER' && flood) return 30;
    return base[c];
  };
  const primary = rng.weighted(
    CAUSES,
    CAUSES.map((c) => weight(c, CAUSE_WEIGHTS)),
  );
  const count = rng.weighted([0, 1, 2, 3], [25, 40, 25, 10]);
  const secondary: HardshipCause[] = [];
  while (secondary.length < count) {
    const pool = CAUSES.filter((c) => c !== primary && !secondary.includes(c));
    secondary.push(
      rng.weighted(
        pool,
        pool.map((c) => weight(c, SECONDARY_WEIGHTS)),
      ),
    );
  }
  return { primary, secondary };
}

/** A work status that fits the primary cause and the kind of union. */
export function pickWorkStatus(
  rng: Random,
  enterprise: boolean,
  primary: HardshipCause,
): WorkStatus {
  switch (primary) {
    case 'LAID_OFF':
      return enterprise || rng.chance(0.6) ? 'LAID_OFF' : 'UNEMPLOYED';
    case 'ABLE_BUT_NOT_EMPLOYED':
      return 'UNEMPLOYED';
    case 'NO_SOCIAL_INSURANCE':
      return rng.chance(0.6) ? 'MIGRANT_WORKER' : 'UNEMPLOYED';
    case 'NO_WORK_CAPACITY':
      return rng.weightedPairs<WorkStatus>([
        ['SICK_LEAVE', 4],
        ['EARLY_RETIRED', 3],
        ['UNEMPLOYED', enterprise ? 0 : 3],
      ]);
    default:
      return rng.weightedPairs<WorkStatus>(
        enterprise
          ? [
              ['ON_DUTY', 60],
              ['SICK_LEAVE', 10],
              ['LAID_OFF', 12],
              ['EARLY_RETIRED', 8],
              ['RETIRED', 6],
              ['MIGRANT_WORKER', 4],
            ]
          : [
              ['ON_DUTY', 30],
              ['LAID_OFF', 12],
              ['UNEMPLOYED', 18],
              ['RETIRED', 8],
              ['SICK_LEAVE', 6],
              ['EARLY_RETIRED', 6],
              ['MIGRANT_WORKER', 20],
            ],
      );
  }
}

/** Age range for a work status (women retire at 50, men at 60). */
export function ageRange(status: WorkStatus, sex: PersonSex): readonly [number, number] {
  switch (status) {
    case 'RETIRED':
      return sex === 'M' ? [60, 68] : [50, 62];
    case 'EARLY_RETIRED':
      return sex === 'M' ? [50, 59] : [45, 49];
    case 'LAID_OFF':
      return [35, 56];
    case 'MIGRANT_WORKER':
      return [22, 58];
    case 'SICK_LEAVE':
      return [30, 58];
    default:
      return [24, 58];
  }
}

/** Own monthly income in yuan by work status: workers in difficulty earn 1,000–3,500 yuan. */
export const INCOME_YUAN: Readonly<Record<WorkStatus, readonly [number, number]>> = {
  ON_DUTY: [1600, 3500],
  MIGRANT_WORKER: [2000, 3500],
  LAID_OFF: [1000, 1400],
  UNEMPLOYED: [1000, 1500],
  RETIRED: [1800, 3200],
  SICK_LEAVE: [1000, 1800],
  EARLY_RETIRED: [1200, 2200],
};

/** 工作时间: at 18–23 (migrant workers from 17), and before the survey. */
export function workStartDate(
  rng: Random,
  birthDate: string,
  on: string,
  status: WorkStatus,
): string {
  const age = status === 'MIGRANT_WORKER' ? rng.int(17, 21) : rng.int(18, 23);
  const start = addDays(addYears(birthDate, age), rng.int(0, 300));
  return start < on ? start : addDays(on, -rng.int(30, 365));
}

// ---------------------------------------------------------------------------------------------

/** How people name illnesses in remarks. */
const ILLNESS_WORDS: Readonly<Record<string, readonly string[]>> = {
  MALIGNANT_TUMOR: ['肺癌', '胃癌', '乳腺癌', '肝癌', '食道癌', '结肠癌'],
  END_STAGE_RENAL: ['尿毒症'],
  BLOOD_DISEASE: ['白血病', '再生障碍性贫血'],
  CEREBROVASCULAR: ['脑梗塞', '脑出血'],
  CARDIOVASCULAR: ['冠心病', '心脏病'],
  LIVER_DISEASE: ['肝硬化'],
  MENTAL_ILLNESS: ['精神分裂症'],
  LUNG_DISEASE: ['慢阻肺', '肺纤维化'],
  SPINAL_DISEASE: ['腰椎间盘突出症', '颈椎病'],
  SEVERE_PARKINSONS: ['帕金森病'],
  SEVERE_ALZHEIMERS: ['阿尔茨海默病'],
  SEVERE_MOTOR_NEURON: ['渐冻症'],
};

const OTHER_CAUSE_REMARKS = [
  '需照顾瘫痪在床的老人，无法正常上班',
  '家庭负债较重，每月需偿还借款',
  '住房为危房，需修缮',
  '配偶服刑，独自抚养子女',
  '离异后独自抚养子女，无其他收入来源',
];

export interface RemarkFacts {
  /** Who is ill and with what health code: 本人, 配偶, 女儿 …; for a disability, its wording. */
  sick?: { who: string; health: string; disability?: { label: string; limb: boolean } };
  /** A child at senior high school or beyond, and the school. */
  student?: { who: string; school: string };
  /** Surveyed in a city the 2021 flood hit, in the year after it. */
  flood: boolean;
}

/** 备注: what the survey found, as a union officer would note it; often nothing. */
export function remarksOf(
  rng: Random,
  primary: HardshipCause,
  facts: RemarkFacts,
): string | undefined {
  switch (primary) {
    case 'OTHER':
      return rng.pick(OTHER_CAUSE_REMARKS);
    case 'SERIOUS_ILLNESS':
    case 'NO_WORK_CAPACITY': {
      const sick = facts.sick;
      if (!sick || !rng.chance(0.6)) return undefined;
      if (sick.health === HEALTH_DISABLED) {
        if (!sick.disability) return `${sick.who}残疾，生活需要长期照料`;
        return `${sick.who}${sick.disability.label}，${sick.disability.limb ? '无法从事重体力劳动' : '就业困难'}`;
      }
      if (sick.health === 'PERMANENT_PARALYSIS' || sick.health === 'DEEP_COMA') {
        return `${sick.who}瘫痪在床，需专人长期照料`;
      }
      const word = ILLNESS_WORDS[sick.health]
        ? rng.pick(ILLNESS_WORDS[sick.health]!)
        : dictionaryLabel('health', sick.health);
      return word === '尿毒症'
        ? `${sick.who}患尿毒症，每周透析${rng.pick(['两', '三'])}次，医疗费用负担重`
        : `${sick.who}患${word}，长期治疗，医疗费用负担重`;
    }
    case 'CHILDREN_SCHOOLING':
      return facts.student && rng.chance(0.6)
        ? `${facts.student.who}就读于${facts.student.school}，学费、生活费负担重`
        : undefined;
    case 'LAID_OFF':
      return rng.chance(0.4)
        ? rng.pick([
            '原单位停产，本人待岗在家',
            '企业改制后下岗，靠打零工维持生活',
            '原单位破产，一次性安置后未再就业',
          ])
        : undefined;
    case 'ACCIDENT':
      return rng.chance(0.6)
        ? rng.pick([
            '工作中受伤，右腿致残，无法从事重体力劳动',
            '遭遇交通事故，治疗费用高',
            '家中失火，财产损失严重',
          ])
        : undefined;
    case 'NATURAL_DISASTER':
      return facts.flood
        ? '2021年“7·20”特大暴雨中房屋受损，家具家电全部损毁'
        : rng.pick(['暴雨致房屋进水，财物损失较大', '冰雹灾害致种植大棚损毁']);
    default:
      return rng.chance(0.1) ? '家庭收入低，生活困难' : undefined;
  }
}
