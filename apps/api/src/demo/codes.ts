/**
 * Dictionary codes for the demo data, always taken from the domain package's default
 * dictionaries so that every generated code is selectable.
 */
import { DEFAULT_DICTIONARIES, type DictionaryName } from '@bangfu/domain';
import type { Random } from './random.js';

export interface CodeTable {
  readonly codes: readonly string[];
  readonly weights: readonly number[];
}

/**
 * The entries of a dictionary with a weight each: `weights` by code, `rest` for entries it does
 * not name (an entry added to the dictionary later is then still chosen now and then).
 */
export function codeTable(
  dictionary: DictionaryName,
  weights: Readonly<Record<string, number>>,
  rest = 0,
): CodeTable {
  const entries = DEFAULT_DICTIONARIES[dictionary].entries;
  const codes = entries.map((e) => e.code);
  const w = codes.map((c) => weights[c] ?? rest);
  return { codes, weights: w.some((x) => x > 0) ? w : codes.map(() => 1) };
}

export function pickCode(rng: Random, table: CodeTable): string {
  return rng.weighted(table.codes, table.weights);
}

/** A code that a rule needs (DISABLED health, 实现脱困 …); fails at load time if it is gone. */
export function requireCode(dictionary: DictionaryName, code: string): string {
  if (!DEFAULT_DICTIONARIES[dictionary].entries.some((e) => e.code === code)) {
    throw new Error(`The ${dictionary} dictionary has no code ${code}`);
  }
  return code;
}

// The codes the demo rules reason about, checked against the dictionaries when this loads.

export const WORK = {
  ON_DUTY: requireCode('workStatus', 'ON_DUTY'),
  LAID_OFF: requireCode('workStatus', 'LAID_OFF'),
  UNEMPLOYED: requireCode('workStatus', 'UNEMPLOYED'),
  RETIRED: requireCode('workStatus', 'RETIRED'),
  SICK_LEAVE: requireCode('workStatus', 'SICK_LEAVE'),
  EARLY_RETIRED: requireCode('workStatus', 'EARLY_RETIRED'),
  MIGRANT_WORKER: requireCode('workStatus', 'MIGRANT_WORKER'),
} as const;
export type WorkStatus = keyof typeof WORK;

export const MARITAL = {
  UNMARRIED: requireCode('maritalStatus', 'UNMARRIED'),
  MARRIED: requireCode('maritalStatus', 'MARRIED'),
  DIVORCED: requireCode('maritalStatus', 'DIVORCED'),
  WIDOWED: requireCode('maritalStatus', 'WIDOWED'),
} as const;

export const RELATION = {
  SPOUSE: requireCode('relation', 'SPOUSE'),
  FATHER: requireCode('relation', 'FATHER'),
  MOTHER: requireCode('relation', 'MOTHER'),
  SON: requireCode('relation', 'SON'),
  DAUGHTER: requireCode('relation', 'DAUGHTER'),
} as const;

const MEMBER_STATUSES = [
  'ON_DUTY',
  'LAID_OFF',
  'UNEMPLOYED',
  'RETIRED',
  'EARLY_RETIRED',
  'MIGRANT_WORKER',
  'PRESCHOOL',
  'PRIMARY_SCHOOL',
  'JUNIOR_HIGH',
  'SENIOR_HIGH',
  'VOCATIONAL',
  'UNIVERSITY',
  'POSTGRADUATE',
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS = Object.fromEntries(
  MEMBER_STATUSES.map((c) => [c, requireCode('memberStatus', c)]),
) as Readonly<Record<MemberStatus, string>>;

export const INSURANCE = {
  EMPLOYEE_BASIC: requireCode('medicalInsurance', 'EMPLOYEE_BASIC'),
  RESIDENT_BASIC: requireCode('medicalInsurance', 'RESIDENT_BASIC'),
  PUBLIC: requireCode('medicalInsurance', 'PUBLIC'),
  UNINSURED: requireCode('medicalInsurance', 'UNINSURED'),
} as const;

export const HAN = requireCode('ethnicity', '01');
export const HUI = requireCode('ethnicity', '03');
export const MASSES = requireCode('politicalStatus', '13');
export const PARTY_MEMBER = requireCode('politicalStatus', '01');
export const LEAGUE_MEMBER = requireCode('politicalStatus', '03');
export const LIMB_DISABILITY = requireCode('disabilityCategory', '4');

/** Health codes of the serious illnesses (重特大疾病) that take away the capacity to work. */
export const SERIOUS_ILLNESSES: ReadonlySet<string> = new Set(
  [
    'MALIGNANT_TUMOR',
    'CARDIOVASCULAR',
    'CEREBROVASCULAR',
    'END_STAGE_RENAL',
    'MENTAL_ILLNESS',
    'LIVER_DISEASE',
    'BLOOD_DISEASE',
    'PERMANENT_PARALYSIS',
    'SEVERE_PARKINSONS',
    'SEVERE_MOTOR_NEURON',
    'SEVERE_ALZHEIMERS',
    'DEEP_COMA',
  ].map((c) => requireCode('health', c)),
);

/** Weighted choices among dictionary entries. */
export const TABLES = {
  ethnicityMinor: codeTable('ethnicity', {
    '03': 60,
    '11': 15,
    '02': 10,
    '06': 3,
    '08': 3,
    '15': 3,
  }),
  politicalStatus: codeTable('politicalStatus', { '13': 82, '01': 13, '02': 0.6, '12': 0.5 }, 0.04),
  modelWorker: codeTable('modelWorkerType', {
    NONE: 985,
    PREFECTURAL: 8,
    PROVINCIAL: 3,
    NATIONAL: 0.5,
    OTHER: 3.5,
  }),
  healthEveryday: codeTable('health', {
    GOOD: 60,
    GENERAL_ILLNESS: 20,
    HYPERTENSION: 7,
    DIABETES: 4,
    SPINAL_DISEASE: 6,
    DISABLED: 3,
  }),
  healthSerious: codeTable('health', {
    MALIGNANT_TUMOR: 25,
    CARDIOVASCULAR: 12,
    CEREBROVASCULAR: 12,
    END_STAGE_RENAL: 10,
    MENTAL_ILLNESS: 5,
    LIVER_DISEASE: 6,
    BLOOD_DISEASE: 4,
    DIABETES: 8,
    LUNG_DISEASE: 5,
    SPINAL_DISEASE: 3,
    PERMANENT_PARALYSIS: 3,
    SEVERE_PARKINSONS: 1,
    SEVERE_MOTOR_NEURON: 0.5,
  }),
  healthChildIll: codeTable('health', {
    BLOOD_DISEASE: 30,
    MALIGNANT_TUMOR: 15,
    END_STAGE_RENAL: 10,
    MENTAL_ILLNESS: 10,
    DISABLED: 20,
    CARDIOVASCULAR: 5,
  }),
  healthElderly: codeTable('health', {
    GOOD: 22,
    GENERAL_ILLNESS: 20,
    HYPERTENSION: 18,
    DIABETES: 10,
    CEREBROVASCULAR: 8,
    CARDIOVASCULAR: 8,
    LUNG_DISEASE: 5,
    SEVERE_ALZHEIMERS: 2,
    PERMANENT_PARALYSIS: 2,
    DISABLED: 3,
  }),
  healthChild: codeTable('health', { GOOD: 92, GENERAL_ILLNESS: 6, DISABLED: 2 }),
  disabilityCategory: codeTable('disabilityCategory', {
    '4': 45,
    '1': 12,
    '2': 12,
    '3': 4,
    '5': 8,
    '6': 9,
    '7': 5,
  }),
  disabilityGrade: codeTable('disabilityGrade', { '1': 10, '2': 25, '3': 30, '4': 35 }),
  housingUrban: codeTable('housingType', {
    COMMERCIAL: 12,
    EMPLOYER_PUBLIC_RENTAL: 14,
    AFFORDABLE: 9,
    GOVERNMENT_RENTAL: 12,
    RENTED: 30,
    NONE: 3,
    PRICE_CAPPED: 2,
    OTHER: 6,
  }),
  enterpriseNormal: codeTable('enterpriseStatus', {
    NORMAL: 55,
    LOSS_MAKING: 20,
    RESTRUCTURED: 12,
    SUSPENDED: 8,
    CLOSED_BANKRUPT: 5,
  }),
  enterpriseTroubled: codeTable('enterpriseStatus', {
    SUSPENDED: 35,
    CLOSED_BANKRUPT: 25,
    LOSS_MAKING: 25,
    RESTRUCTURED: 15,
  }),
};
