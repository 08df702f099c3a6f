import { rows, type Dictionary } from './types.js';

export const workStatus: Dictionary = {
  name: 'workStatus',
  label: '工作状态',
  labelEn: 'Work status',
  entries: rows([
    ['ON_DUTY', '在岗', 'Employed'],
    ['LAID_OFF', '下岗/待岗', 'Laid off / awaiting a post'],
    ['UNEMPLOYED', '失业/无业', 'Unemployed'],
    ['RETIRED', '退休', 'Retired'],
    ['SICK_LEAVE', '病休', 'On sick leave'],
    ['EARLY_RETIRED', '内退', 'Early internal retirement'],
    ['MIGRANT_WORKER', '农民工', 'Migrant worker'],
  ]),
};

export const modelWorkerType: Dictionary = {
  name: 'modelWorkerType',
  label: '劳模类型',
  labelEn: 'Model-worker type',
  entries: rows([
    ['NATIONAL', '全国劳模', 'National model worker'],
    ['PROVINCIAL', '省部级劳模', 'Provincial or ministerial model worker'],
    ['PREFECTURAL', '地市级劳模', 'Prefecture-level model worker'],
    ['OTHER', '其他劳模', 'Other model worker'],
    ['NONE', '非劳模', 'Not a model worker'],
  ]),
};

export const employerType: Dictionary = {
  name: 'employerType',
  label: '单位性质',
  labelEn: 'Employer type',
  entries: rows([
    ['GOVERNMENT_INSTITUTION', '国家机关/事业单位', 'Government agency / public institution'],
    ['STATE_OWNED', '国有企业', 'State-owned enterprise'],
    ['COLLECTIVE', '集体企业', 'Collective enterprise'],
    ['PRIVATE', '民营/私营/个体企业', 'Private or individual business'],
    ['HK_MACAO_TAIWAN', '港澳台合资/合作', 'Hong Kong, Macao or Taiwan joint venture'],
    ['SINO_FOREIGN', '中外合资/合作', 'Sino-foreign joint venture'],
    ['OTHER', '其他', 'Other'],
  ]),
};

export const enterpriseStatus: Dictionary = {
  name: 'enterpriseStatus',
  label: '企业状况',
  labelEn: 'Enterprise status',
  entries: rows([
    ['NORMAL', '正常经营', 'Operating normally'],
    ['LOSS_MAKING', '亏损企业', 'Loss-making'],
    ['SUSPENDED', '停产半停产', 'Production halted or partly halted'],
    ['RESTRUCTURED', '改制企业', 'Restructured'],
    ['CLOSED_BANKRUPT', '关闭破产企业', 'Closed or bankrupt'],
  ]),
};
