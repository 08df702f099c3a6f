import type { FixedEntry } from './enumeration.js';

/*
 * The determination (确定是否为解困脱困对象) classifies a target with three lists from the seed.
 * Each ends with an "other" entry whose seed label is 其他（注明）: choosing it needs a note
 * (keyGroupOther, measureOther, actionPlanOther), so the key is always `OTHER`.
 */

/** 五类重点群体 — the five key groups, plus other. */
export const KEY_GROUPS = {
  UNDEREMPLOYED_IN_DIBAO: {
    code: 'UNDEREMPLOYED_IN_DIBAO',
    no: 1,
    label: '低保范围内有劳动能力而未充分就业',
    labelEn: 'Receiving minimum living allowance, able to work but not fully employed',
  },
  BELOW_DIBAO_NOT_COVERED: {
    code: 'BELOW_DIBAO_NOT_COVERED',
    no: 2,
    label: '收入或生活水平低于低保线而未纳入低保',
    labelEn: 'Income or living standard below the minimum line but not receiving the allowance',
  },
  EXPENDITURE_HARDSHIP: {
    code: 'EXPENDITURE_HARDSHIP',
    no: 3,
    label: '支出性生活困难',
    labelEn: 'Hardship caused by unavoidable expenses',
  },
  URBAN_MIGRANT_WORKER: {
    code: 'URBAN_MIGRANT_WORKER',
    no: 4,
    label: '城市困难农民工',
    labelEn: 'Migrant worker in difficulty in a city',
  },
  SUPPLY_SIDE_REFORM: {
    code: 'SUPPLY_SIDE_REFORM',
    no: 5,
    label: '供给侧结构性改革中的困难职工',
    labelEn: 'Worker in difficulty due to supply-side structural reform',
  },
  OTHER: { code: 'OTHER', no: 6, label: '其他（注明）', labelEn: 'Other (specify)' },
} as const satisfies Record<string, FixedEntry>;

/** “四个一批”措施 — the four measures, plus other. */
export const MEASURES = {
  EMPLOYMENT_AND_ENTREPRENEURSHIP: {
    code: 'EMPLOYMENT_AND_ENTREPRENEURSHIP',
    no: 1,
    label: '就业创业发展',
    labelEn: 'Employment and entrepreneurship',
  },
  SOCIAL_INSURANCE_COVERAGE: {
    code: 'SOCIAL_INSURANCE_COVERAGE',
    no: 2,
    label: '纳入社保制度覆盖',
    labelEn: 'Coverage by social insurance',
  },
  SERIOUS_ILLNESS_AND_MUTUAL_AID: {
    code: 'SERIOUS_ILLNESS_AND_MUTUAL_AID',
    no: 3,
    label: '纳入大病保险和医疗互助保险保障',
    labelEn: 'Coverage by serious-illness insurance and medical mutual aid',
  },
  SOCIAL_ASSISTANCE: {
    code: 'SOCIAL_ASSISTANCE',
    no: 4,
    label: '社会救助兜底',
    labelEn: 'Social assistance as the safety net',
  },
  OTHER: { code: 'OTHER', no: 5, label: '其他（注明）', labelEn: 'Other (specify)' },
} as const satisfies Record<string, FixedEntry>;

/** 七个行动计划 — the seven action plans, plus other. */
export const ACTION_PLANS = {
  SKILLS_TRAINING: {
    code: 'SKILLS_TRAINING',
    no: 1,
    label: '技能培训促就业计划',
    labelEn: 'Skills training for employment',
  },
  STARTUP_AID: { code: 'STARTUP_AID', no: 2, label: '创业援助计划', labelEn: 'Start-up aid' },
  SUNSHINE_EMPLOYMENT: {
    code: 'SUNSHINE_EMPLOYMENT',
    no: 3,
    label: '阳光就业计划',
    labelEn: 'Sunshine employment',
  },
  MEDICAL_MUTUAL_AID: {
    code: 'MEDICAL_MUTUAL_AID',
    no: 4,
    label: '职工医疗互助计划',
    labelEn: "Workers' medical mutual aid",
  },
  GOLDEN_AUTUMN_EDUCATION: {
    code: 'GOLDEN_AUTUMN_EDUCATION',
    no: 5,
    label: '金秋助学计划',
    labelEn: 'Golden Autumn education aid',
  },
  ONE_TO_ONE_PAIRING: {
    code: 'ONE_TO_ONE_PAIRING',
    no: 6,
    label: '一帮一结对计划',
    labelEn: 'One-to-one pairing',
  },
  TARGETED_WARMTH: {
    code: 'TARGETED_WARMTH',
    no: 7,
    label: '送温暖精准化计划',
    labelEn: 'Targeted "sending warmth"',
  },
  OTHER: { code: 'OTHER', no: 8, label: '其他（注明）', labelEn: 'Other (specify)' },
} as const satisfies Record<string, FixedEntry>;

export type KeyGroup = keyof typeof KEY_GROUPS;
export type Measure = keyof typeof MEASURES;
export type ActionPlan = keyof typeof ACTION_PLANS;
