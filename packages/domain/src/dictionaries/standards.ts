import type { Dictionary } from './types.js';

/* Dictionaries whose codes come from a national standard, so exports match other systems. */

/** GB/T 4762 政治面貌代码, with the short labels used on forms. */
export const politicalStatus: Dictionary = {
  name: 'politicalStatus',
  label: '政治面貌',
  labelEn: 'Political status',
  entries: [
    { code: '01', label: '中共党员', labelEn: 'Member of the Communist Party of China' },
    { code: '02', label: '中共预备党员', labelEn: 'Probationary CPC member' },
    { code: '03', label: '共青团员', labelEn: 'Communist Youth League member' },
    { code: '04', label: '民革会员', labelEn: 'Member of the Revolutionary Committee of the KMT' },
    { code: '05', label: '民盟盟员', labelEn: 'Member of the China Democratic League' },
    {
      code: '06',
      label: '民建会员',
      labelEn: 'Member of the China National Democratic Construction Association',
    },
    {
      code: '07',
      label: '民进会员',
      labelEn: 'Member of the China Association for Promoting Democracy',
    },
    {
      code: '08',
      label: '农工党党员',
      labelEn: "Member of the Chinese Peasants' and Workers' Democratic Party",
    },
    { code: '09', label: '致公党党员', labelEn: 'Member of the China Zhi Gong Party' },
    { code: '10', label: '九三学社社员', labelEn: 'Member of the Jiusan Society' },
    {
      code: '11',
      label: '台盟盟员',
      labelEn: 'Member of the Taiwan Democratic Self-Government League',
    },
    { code: '12', label: '无党派人士', labelEn: 'Non-party personage' },
    { code: '13', label: '群众', labelEn: 'Ordinary citizen (no affiliation)' },
  ],
};

/** GB/T 2261.1 人的性别代码 (only the two values an ID number can carry). */
export const sex: Dictionary = {
  name: 'sex',
  label: '性别',
  labelEn: 'Sex',
  entries: [
    { code: '1', label: '男', labelEn: 'Male' },
    { code: '2', label: '女', labelEn: 'Female' },
  ],
};

/** GB/T 4754-2017 国民经济行业分类, sections (门类) A–T. */
export const industry: Dictionary = {
  name: 'industry',
  label: '所属行业',
  labelEn: 'Industry',
  entries: [
    {
      code: 'A',
      label: '农、林、牧、渔业',
      labelEn: 'Agriculture, forestry, animal husbandry and fishery',
    },
    { code: 'B', label: '采矿业', labelEn: 'Mining' },
    { code: 'C', label: '制造业', labelEn: 'Manufacturing' },
    {
      code: 'D',
      label: '电力、热力、燃气及水生产和供应业',
      labelEn: 'Production and supply of electricity, heat, gas and water',
    },
    { code: 'E', label: '建筑业', labelEn: 'Construction' },
    { code: 'F', label: '批发和零售业', labelEn: 'Wholesale and retail trade' },
    {
      code: 'G',
      label: '交通运输、仓储和邮政业',
      labelEn: 'Transport, storage and postal services',
    },
    { code: 'H', label: '住宿和餐饮业', labelEn: 'Accommodation and catering' },
    {
      code: 'I',
      label: '信息传输、软件和信息技术服务业',
      labelEn: 'Information transmission, software and information technology services',
    },
    { code: 'J', label: '金融业', labelEn: 'Finance' },
    { code: 'K', label: '房地产业', labelEn: 'Real estate' },
    { code: 'L', label: '租赁和商务服务业', labelEn: 'Leasing and business services' },
    {
      code: 'M',
      label: '科学研究和技术服务业',
      labelEn: 'Scientific research and technical services',
    },
    {
      code: 'N',
      label: '水利、环境和公共设施管理业',
      labelEn: 'Water conservancy, environment and public facilities management',
    },
    {
      code: 'O',
      label: '居民服务、修理和其他服务业',
      labelEn: 'Resident services, repair and other services',
    },
    { code: 'P', label: '教育', labelEn: 'Education' },
    { code: 'Q', label: '卫生和社会工作', labelEn: 'Health and social work' },
    { code: 'R', label: '文化、体育和娱乐业', labelEn: 'Culture, sports and entertainment' },
    {
      code: 'S',
      label: '公共管理、社会保障和社会组织',
      labelEn: 'Public administration, social security and social organizations',
    },
    { code: 'T', label: '国际组织', labelEn: 'International organizations' },
  ],
};

/**
 * GB/T 26341-2010 残疾人残疾分类和分级: the category digits used in the disability certificate
 * number (1 视力 … 7 多重) and the grades 一级 (most severe) … 四级.
 */
export const disabilityCategory: Dictionary = {
  name: 'disabilityCategory',
  label: '残疾类别',
  labelEn: 'Disability category',
  entries: [
    { code: '1', label: '视力残疾', labelEn: 'Visual' },
    { code: '2', label: '听力残疾', labelEn: 'Hearing' },
    { code: '3', label: '言语残疾', labelEn: 'Speech' },
    { code: '4', label: '肢体残疾', labelEn: 'Physical' },
    { code: '5', label: '智力残疾', labelEn: 'Intellectual' },
    { code: '6', label: '精神残疾', labelEn: 'Mental' },
    { code: '7', label: '多重残疾', labelEn: 'Multiple' },
  ],
};

export const disabilityGrade: Dictionary = {
  name: 'disabilityGrade',
  label: '残疾等级',
  labelEn: 'Disability grade',
  entries: [
    { code: '1', label: '一级', labelEn: 'Grade 1' },
    { code: '2', label: '二级', labelEn: 'Grade 2' },
    { code: '3', label: '三级', labelEn: 'Grade 3' },
    { code: '4', label: '四级', labelEn: 'Grade 4' },
  ],
};
