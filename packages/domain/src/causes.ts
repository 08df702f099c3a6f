import type { FixedEntry } from './enumeration.js';

/**
 * 致困原因 — exactly the ten causes printed on the archive form (附件1). A worker has one primary
 * cause (限选一项) and at most three secondary ones (最多选三项); see `archive-schema.ts`.
 */
export const HARDSHIP_CAUSES = {
  NO_WORK_CAPACITY: {
    code: 'NO_WORK_CAPACITY',
    no: 1,
    label: '无劳动能力',
    labelEn: 'No capacity to work',
  },
  ABLE_BUT_NOT_EMPLOYED: {
    code: 'ABLE_BUT_NOT_EMPLOYED',
    no: 2,
    label: '有劳动能力而未就业',
    labelEn: 'Able to work but not employed',
  },
  LAID_OFF: { code: 'LAID_OFF', no: 3, label: '下岗失业', labelEn: 'Laid off / unemployed' },
  NO_SOCIAL_INSURANCE: {
    code: 'NO_SOCIAL_INSURANCE',
    no: 4,
    label: '未参加社会保险',
    labelEn: 'Not covered by social insurance',
  },
  SOCIAL_INSURANCE_NOT_DELIVERED: {
    code: 'SOCIAL_INSURANCE_NOT_DELIVERED',
    no: 5,
    label: '社会保险待遇落实不到位',
    labelEn: 'Social-insurance benefits not delivered',
  },
  SERIOUS_ILLNESS: {
    code: 'SERIOUS_ILLNESS',
    no: 6,
    label: '患重特大疾病',
    labelEn: 'Major or catastrophic illness',
  },
  NATURAL_DISASTER: {
    code: 'NATURAL_DISASTER',
    no: 7,
    label: '遭受自然灾害',
    labelEn: 'Natural disaster',
  },
  ACCIDENT: { code: 'ACCIDENT', no: 8, label: '遭受意外事故', labelEn: 'Accident' },
  CHILDREN_SCHOOLING: {
    code: 'CHILDREN_SCHOOLING',
    no: 9,
    label: '子女上学',
    labelEn: "Children's schooling",
  },
  OTHER: { code: 'OTHER', no: 10, label: '其他', labelEn: 'Other' },
} as const satisfies Record<string, FixedEntry>;

export type HardshipCause = keyof typeof HARDSHIP_CAUSES;

/** 次要致困原因（最多选三项）. */
export const MAX_SECONDARY_CAUSES = 3;
