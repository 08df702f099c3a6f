import { rows, type Dictionary } from './types.js';

/* Where no national standard fits, codes are short mnemonics: readable in exports and logs. */

/** 健康状况. The serious illnesses listed match the national assistance system's form. */
export const health: Dictionary = {
  name: 'health',
  label: '健康状况',
  labelEn: 'Health',
  entries: rows([
    ['GOOD', '良好', 'Good'],
    ['GENERAL_ILLNESS', '一般疾病', 'Common illness'],
    ['MALIGNANT_TUMOR', '恶性肿瘤', 'Malignant tumour'],
    ['CARDIOVASCULAR', '心血管病', 'Cardiovascular disease'],
    ['CEREBROVASCULAR', '脑血管病', 'Cerebrovascular disease'],
    ['END_STAGE_RENAL', '终末期肾病', 'End-stage renal disease'],
    ['MENTAL_ILLNESS', '精神病', 'Mental illness'],
    ['LIVER_DISEASE', '肝病', 'Liver disease'],
    ['BLOOD_DISEASE', '血液病', 'Blood disease'],
    ['DIABETES', '糖尿病', 'Diabetes'],
    ['HYPERTENSION', '高血压病', 'Hypertension'],
    ['LUNG_DISEASE', '肺病', 'Lung disease'],
    ['SPINAL_DISEASE', '腰颈椎病', 'Lumbar or cervical spine disease'],
    ['DEEP_COMA', '深度昏迷', 'Deep coma'],
    ['PERMANENT_PARALYSIS', '永久瘫痪', 'Permanent paralysis'],
    ['SEVERE_ALZHEIMERS', '严重阿尔茨海默病', "Severe Alzheimer's disease"],
    ['SEVERE_PARKINSONS', '严重帕金森病', "Severe Parkinson's disease"],
    ['SEVERE_MOTOR_NEURON', '严重运动神经元病', 'Severe motor neuron disease'],
    ['DISABLED', '残疾', 'Disabled'],
  ]),
};

/** The health code that makes 残疾类别 and 残疾等级 required. */
export const HEALTH_DISABLED = 'DISABLED';

export const maritalStatus: Dictionary = {
  name: 'maritalStatus',
  label: '婚姻状况',
  labelEn: 'Marital status',
  entries: rows([
    ['UNMARRIED', '未婚', 'Unmarried'],
    ['MARRIED', '已婚', 'Married'],
    ['DIVORCED', '离异', 'Divorced'],
    ['WIDOWED', '丧偶', 'Widowed'],
  ]),
};

/** 关系: a household member's relation to the worker. */
export const relation: Dictionary = {
  name: 'relation',
  label: '关系',
  labelEn: 'Relation',
  entries: rows([
    ['SPOUSE', '配偶', 'Spouse'],
    ['FATHER', '父亲', 'Father'],
    ['MOTHER', '母亲', 'Mother'],
    ['SON', '儿子', 'Son'],
    ['DAUGHTER', '女儿', 'Daughter'],
    ['OTHER', '其他', 'Other'],
  ]),
};

/** 身份: what a household member does — work status for adults, school stage for children. */
export const memberStatus: Dictionary = {
  name: 'memberStatus',
  label: '身份',
  labelEn: 'Member status',
  entries: rows([
    ['ON_DUTY', '在岗', 'Employed'],
    ['LAID_OFF', '下岗/待岗', 'Laid off / awaiting a post'],
    ['UNEMPLOYED', '失业/无业', 'Unemployed'],
    ['RETIRED', '退休', 'Retired'],
    ['EARLY_RETIRED', '内退', 'Early internal retirement'],
    ['MIGRANT_WORKER', '农民工', 'Migrant worker'],
    ['PRESCHOOL', '学龄前', 'Preschool'],
    ['PRIMARY_SCHOOL', '小学', 'Primary school'],
    ['JUNIOR_HIGH', '初中', 'Junior high school'],
    ['SENIOR_HIGH', '高中', 'Senior high school'],
    ['VOCATIONAL', '中职中技', 'Secondary vocational school'],
    ['UNIVERSITY', '大学', 'University'],
    ['POSTGRADUATE', '研究生', 'Postgraduate'],
    ['OTHER', '其他', 'Other'],
  ]),
};
