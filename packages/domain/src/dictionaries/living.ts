import { rows, type Dictionary } from './types.js';

export const housingType: Dictionary = {
  name: 'housingType',
  label: '住房类型',
  labelEn: 'Housing type',
  entries: rows([
    ['SELF_BUILT', '自建房', 'Self-built house'],
    ['COMMERCIAL', '商品房', 'Commercial housing'],
    ['AFFORDABLE', '经济适用房', 'Affordable housing'],
    ['PRICE_CAPPED', '两限房', 'Price-capped housing'],
    ['EMPLOYER_PUBLIC_RENTAL', '承租单位公房', "Rented employer's public housing"],
    ['GOVERNMENT_RENTAL', '政府廉租房/公租房', 'Government low-rent / public rental housing'],
    ['RENTED', '租房', 'Rented privately'],
    ['NONE', '无房', 'No housing'],
    ['OTHER', '其他', 'Other'],
  ]),
};

export const hukouType: Dictionary = {
  name: 'hukouType',
  label: '户口类型',
  labelEn: 'Hukou type',
  entries: rows([
    ['NON_AGRICULTURAL', '非农业', 'Non-agricultural'],
    ['AGRICULTURAL', '农业', 'Agricultural'],
    ['RURAL_TO_URBAN', '农转居', 'Converted from rural to urban'],
  ]),
};

/**
 * 医保状况: the basic scheme. 大病保险 and 职工医疗互助 come on top of a basic scheme, so they are
 * two boolean fields of the archive (`seriousIllnessInsurance`, `medicalMutualAid`), not entries.
 */
export const medicalInsurance: Dictionary = {
  name: 'medicalInsurance',
  label: '医保状况',
  labelEn: 'Medical insurance',
  entries: rows([
    ['EMPLOYEE_BASIC', '职工基本医疗保险', "Employees' basic medical insurance"],
    [
      'RESIDENT_BASIC',
      '城乡居民基本医疗保险',
      "Urban and rural residents' basic medical insurance",
    ],
    ['PUBLIC', '公费医疗', 'Publicly funded medical care'],
    ['UNINSURED', '未参保', 'Not insured'],
  ]),
};
