import { rows, type Dictionary } from './types.js';

/* Dictionaries about the archive itself rather than the person: category, exit, spot check. */

export const hardshipCategory: Dictionary = {
  name: 'hardshipCategory',
  label: '困难类别',
  labelEn: 'Hardship category',
  entries: [
    {
      code: 'DEEP',
      label: '深度困难',
      labelEn: 'Deep hardship',
      description: '家庭人均收入扣除刚性支出后低于当地城市居民最低生活保障标准',
    },
    {
      code: 'RELATIVE',
      label: '相对困难',
      labelEn: 'Relative hardship',
      description: '家庭人均收入扣除刚性支出后低于当地城市居民最低生活保障标准的2倍',
    },
    {
      code: 'SUDDEN',
      label: '意外致困',
      labelEn: 'Sudden hardship',
      description: '因突发事件、自然灾害或重大疾病等导致家庭生活困难',
    },
  ],
};

/** 退出原因 for `exitArchive(id, on, reason)`. */
export const exitReason: Dictionary = {
  name: 'exitReason',
  label: '退出原因',
  labelEn: 'Exit reason',
  entries: [
    {
      code: 'OUT_OF_DIFFICULTY',
      label: '实现脱困',
      labelEn: 'Out of difficulty',
      description: '家庭人均收入连续6个月高于当地城市居民最低生活保障标准',
    },
    ...rows([
      ['DECEASED', '死亡', 'Deceased'],
      ['MOVED_AWAY', '迁出', 'Moved away'],
      ['NOT_ELIGIBLE', '经精准识别不符合条件', 'Found not eligible on precise identification'],
      ['OTHER', '其他', 'Other'],
    ]),
  ],
};

/** 抽查结果 of a city-level spot check (抽查核实). */
export const spotCheckResult: Dictionary = {
  name: 'spotCheckResult',
  label: '抽查结果',
  labelEn: 'Spot-check result',
  entries: rows([
    ['CONFIRMED', '属实', 'Confirmed'],
    ['NOT_AS_STATED', '不属实', 'Not as stated'],
    ['NEEDS_CORRECTION', '需整改', 'Needs correction'],
  ]),
};

/**
 * 附件类型: what a scanned or photographed proof is. The seed's form has a 附件类型 column but no
 * list; these are the proofs the notice's steps ask for (income, illness, disability, the worker's
 * signed page of 困难职工档案表).
 */
export const attachmentType: Dictionary = {
  name: 'attachmentType',
  label: '附件类型',
  labelEn: 'Attachment type',
  entries: rows([
    ['INCOME_PROOF', '收入证明', 'Proof of income'],
    ['ILLNESS_DIAGNOSIS', '疾病诊断证明', 'Medical diagnosis'],
    ['MEDICAL_BILLS', '医疗费用票据', 'Medical bills'],
    ['DISABILITY_CERTIFICATE', '残疾证', 'Disability certificate'],
    ['MINIMUM_LIVING_CERTIFICATE', '低保证', 'Minimum-living allowance certificate'],
    ['UNEMPLOYMENT_PROOF', '失业证明', 'Proof of unemployment'],
    ['WORKER_SIGNED_PAGE', '职工签字页', "Worker's signed page"],
    ['APPLICATION', '困难职工申请书', "The worker's application"],
    ['SIGNED_PLAN', '职工签字的帮扶计划', 'Assistance plan signed by the worker'],
    ['OTHER', '其他', 'Other'],
  ]),
};

/**
 * 申请方式: how the household's case came to the union. Step (三) of the notice starts "依据困难
 * 职工申请"; a union may also learn of a case through the employer or its own visits, and the
 * worker's application is then recorded when it is made.
 */
export const applicationChannel: Dictionary = {
  name: 'applicationChannel',
  label: '申请方式',
  labelEn: 'How the application was made',
  entries: rows([
    ['WRITTEN_APPLICATION', '本人书面申请', 'Written application by the worker'],
    ['EMPLOYER_RECOMMENDATION', '单位推荐', 'Recommended by the employer'],
    ['UNION_VISIT', '工会走访发现', 'Found on a union visit'],
    ['OTHER', '其他', 'Other'],
  ]),
};
