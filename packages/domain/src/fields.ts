import type { DictionaryName } from './dictionaries/index.js';
import type { FixedListName } from './fixed-lists.js';
import { MONEY_LIMITS } from './money-limits.js';

/*
 * The field catalogue: one entry per field of the archive form, with the API's name for it, and
 * labelled exactly as the seed form prints it. Spreadsheet headers, console labels and the
 * schema's messages all read their wording from here, so a label is changed in one place.
 */

/** How a field's value is typed and shown; the console picks an input component from it. */
export type FieldKind =
  | 'text'
  | 'date'
  | 'fen'
  | 'int'
  | 'decimal'
  | 'bool'
  | 'dictionary'
  | 'enum'
  | 'enumList'
  | 'idNumber'
  | 'mobile'
  | 'postalCode'
  | 'divisionCode'
  | 'bankCard'
  | 'archiveNumber'
  | 'attachments';

/** Parts of the seed's archive form, in print order. */
export const FIELD_SECTIONS = {
  identity: { code: 'identity', label: '基本信息', labelEn: 'Identity' },
  living: { code: 'living', label: '居住与就业', labelEn: 'Living and employment' },
  work: { code: 'work', label: '住址与单位', labelEn: 'Address and employer' },
  income: { code: 'income', label: '收入与保障', labelEn: 'Income and insurance' },
  members: { code: 'members', label: '家庭主要成员', labelEn: 'Household members' },
  causes: { code: 'causes', label: '致困原因', labelEn: 'Causes of hardship' },
  bank: { code: 'bank', label: '银行账户', labelEn: 'Bank account' },
  attachments: { code: 'attachments', label: '附件', labelEn: 'Attachments' },
  determination: {
    code: 'determination',
    label: '确定解困脱困对象',
    labelEn: 'Determination',
  },
  signOff: { code: 'signOff', label: '签字与帮扶责任', labelEn: 'Sign-off' },
} as const;

export type FieldSection = keyof typeof FIELD_SECTIONS;

export interface FieldSpec {
  readonly name: string;
  /** The seed's wording, without its * mark. */
  readonly label: string;
  readonly labelEn: string;
  /** Marked * on the seed form. */
  readonly required: boolean;
  readonly kind: FieldKind;
  readonly section: FieldSection;
  readonly dictionary?: DictionaryName;
  /** For `enum` / `enumList`: which of the seed's fixed lists. */
  readonly list?: FixedListName;
  readonly maxLength?: number;
  /** For `fen`: the largest amount accepted (MONEY_LIMITS). */
  readonly maxFen?: number;
  readonly unit?: string;
  /** Shown masked unless the role needs it; reveals are logged (domain.md §5). */
  readonly sensitive?: boolean;
  /** Set by the system, never typed in (职工编号, 家庭月人均收入): not part of the input. */
  readonly computed?: boolean;
}

type Spec = Omit<FieldSpec, 'name'>;

// Keys become names, so a field's name can never drift from its key.
function catalogue<const T extends Record<string, Spec>>(
  specs: T,
): { readonly [K in keyof T & string]: T[K] & { readonly name: K } } {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, { name, ...spec }]),
  ) as { readonly [K in keyof T & string]: T[K] & { readonly name: K } };
}

const NAME_MAX = 50;
const ORG_MAX = 100;
const MONTHLY = MONEY_LIMITS.monthlyIncome.maxFen;
const ANNUAL = MONEY_LIMITS.annualIncome.maxFen;

/** Every field of 困难职工档案表, in the order of the seed form (one line per field, kept as a table). */
// prettier-ignore
export const ARCHIVE_FIELDS = catalogue({
  number: { label: '职工编号', labelEn: 'Archive number', required: true, kind: 'archiveNumber', section: 'identity', computed: true },
  hardshipCategory: { label: '困难类别', labelEn: 'Hardship category', required: true, kind: 'dictionary', dictionary: 'hardshipCategory', section: 'identity' },
  name: { label: '姓名', labelEn: 'Name', required: true, kind: 'text', maxLength: NAME_MAX, section: 'identity' },
  ethnicity: { label: '民族', labelEn: 'Ethnicity', required: true, kind: 'dictionary', dictionary: 'ethnicity', section: 'identity' },
  sex: { label: '性别', labelEn: 'Sex', required: true, kind: 'dictionary', dictionary: 'sex', section: 'identity' },
  politicalStatus: { label: '政治面貌', labelEn: 'Political status', required: true, kind: 'dictionary', dictionary: 'politicalStatus', section: 'identity' },
  idNumber: { label: '身份证号', labelEn: 'ID number', required: true, kind: 'idNumber', section: 'identity', sensitive: true },
  birthDate: { label: '出生日期', labelEn: 'Date of birth', required: true, kind: 'date', section: 'identity' },
  health: { label: '健康状况', labelEn: 'Health', required: true, kind: 'dictionary', dictionary: 'health', section: 'identity', sensitive: true },
  disabilityCategory: { label: '残疾类别', labelEn: 'Disability category', required: false, kind: 'dictionary', dictionary: 'disabilityCategory', section: 'identity', sensitive: true },
  disabilityGrade: { label: '残疾等级', labelEn: 'Disability grade', required: false, kind: 'dictionary', dictionary: 'disabilityGrade', section: 'identity', sensitive: true },
  workStatus: { label: '工作状态', labelEn: 'Work status', required: true, kind: 'dictionary', dictionary: 'workStatus', section: 'identity' },
  modelWorkerType: { label: '劳模类型', labelEn: 'Model-worker type', required: true, kind: 'dictionary', dictionary: 'modelWorkerType', section: 'identity' },

  housingType: { label: '住房类型', labelEn: 'Housing type', required: true, kind: 'dictionary', dictionary: 'housingType', section: 'living' },
  floorArea: { label: '建筑面积', labelEn: 'Floor area', required: false, kind: 'decimal', unit: 'm²', section: 'living' },
  mobile: { label: '手机号码', labelEn: 'Mobile', required: false, kind: 'mobile', section: 'living', sensitive: true },
  otherContact: { label: '其他联系方式', labelEn: 'Other contact', required: false, kind: 'text', maxLength: ORG_MAX, section: 'living', sensitive: true },
  postalCode: { label: '邮政编码', labelEn: 'Postal code', required: false, kind: 'postalCode', section: 'living' },
  workStartDate: { label: '工作时间', labelEn: 'Started work on', required: true, kind: 'date', section: 'living' },
  industry: { label: '所属行业', labelEn: 'Industry', required: true, kind: 'dictionary', dictionary: 'industry', section: 'living' },
  maritalStatus: { label: '婚姻状况', labelEn: 'Marital status', required: true, kind: 'dictionary', dictionary: 'maritalStatus', section: 'living' },
  hukouType: { label: '户口类型', labelEn: 'Hukou type', required: true, kind: 'dictionary', dictionary: 'hukouType', section: 'living' },

  address: { label: '家庭住址', labelEn: 'Home address', required: true, kind: 'text', maxLength: 200, section: 'work' },
  employer: { label: '工作单位', labelEn: 'Employer', required: false, kind: 'text', maxLength: ORG_MAX, section: 'work' },
  employerType: { label: '单位性质', labelEn: 'Employer type', required: false, kind: 'dictionary', dictionary: 'employerType', section: 'work' },
  enterpriseStatus: { label: '企业状况', labelEn: 'Enterprise status', required: false, kind: 'dictionary', dictionary: 'enterpriseStatus', section: 'work' },
  singleParent: { label: '是否单亲', labelEn: 'Single-parent family', required: false, kind: 'bool', section: 'work' },

  monthlyIncomeFen: { label: '本人月平均收入', labelEn: 'Own average monthly income', required: true, kind: 'fen', maxFen: MONTHLY, section: 'income' },
  otherAnnualIncomeFen: { label: '家庭其他非薪资年收入', labelEn: 'Other non-wage household income per year', required: true, kind: 'fen', maxFen: ANNUAL, section: 'income' },
  householdAnnualIncomeFen: { label: '家庭年度总收入', labelEn: 'Total household income per year', required: true, kind: 'fen', maxFen: ANNUAL, section: 'income' },
  householdSize: { label: '家庭人口', labelEn: 'Household size', required: true, kind: 'int', section: 'income' },
  monthlyIncomePerMemberFen: { label: '家庭月人均收入', labelEn: 'Monthly income per household member', required: false, kind: 'fen', section: 'income', computed: true },
  hukouRegionCode: { label: '户口所在地行政区划', labelEn: 'Hukou division code', required: true, kind: 'divisionCode', section: 'income' },
  medicalInsurance: { label: '医保状况', labelEn: 'Medical insurance', required: true, kind: 'dictionary', dictionary: 'medicalInsurance', section: 'income' },
  seriousIllnessInsurance: { label: '大病保险', labelEn: 'Serious-illness insurance', required: false, kind: 'bool', section: 'income' },
  medicalMutualAid: { label: '职工医疗互助', labelEn: "Workers' medical mutual aid", required: false, kind: 'bool', section: 'income' },
  canSelfHelp: { label: '是否有一定自救能力', labelEn: 'Some capacity for self-help', required: false, kind: 'bool', section: 'income' },
  zeroEmployment: { label: '是否为零就业家庭', labelEn: 'Zero-employment household', required: false, kind: 'bool', section: 'income' },

  primaryCause: { label: '主要致困原因', labelEn: 'Primary cause', required: true, kind: 'enum', list: 'primaryCause', section: 'causes' },
  secondaryCauses: { label: '次要致困原因', labelEn: 'Secondary causes', required: false, kind: 'enumList', list: 'secondaryCauses', section: 'causes' },

  bankName: { label: '开户银行', labelEn: 'Bank', required: false, kind: 'text', maxLength: NAME_MAX, section: 'bank' },
  bankBranch: { label: '支行名称', labelEn: 'Branch', required: false, kind: 'text', maxLength: ORG_MAX, section: 'bank' },
  bankCardNumber: { label: '银行卡号', labelEn: 'Card number', required: false, kind: 'bankCard', section: 'bank', sensitive: true },

  attachments: { label: '附件', labelEn: 'Attachments', required: false, kind: 'attachments', section: 'attachments' },

  remarks: { label: '备注', labelEn: 'Remarks', required: false, kind: 'text', maxLength: 1000, section: 'signOff' },
  workerSignedOn: { label: '职工签字', labelEn: 'Signed by the worker on', required: false, kind: 'date', section: 'signOff' },
  archivist: { label: '建档人', labelEn: 'Archivist', required: true, kind: 'text', maxLength: NAME_MAX, section: 'signOff' },
  reviewer: { label: '审核人', labelEn: 'Reviewer', required: true, kind: 'text', maxLength: NAME_MAX, section: 'signOff' },
  assistanceUnit: { label: '帮扶单位', labelEn: 'Assistance unit', required: false, kind: 'text', maxLength: ORG_MAX, section: 'signOff' },
  assistancePerson: { label: '帮扶责任人', labelEn: 'Assistance person in charge', required: false, kind: 'text', maxLength: NAME_MAX, section: 'signOff' },
  enteredBy: { label: '录入人', labelEn: 'Entered by', required: false, kind: 'text', maxLength: NAME_MAX, section: 'signOff' },
});

/** 家庭主要成员: columns of each row (the seed has no * here; name, relation and sex identify a row). */
// prettier-ignore
export const MEMBER_FIELDS = catalogue({
  name: { label: '姓名', labelEn: 'Name', required: true, kind: 'text', maxLength: NAME_MAX, section: 'members' },
  relation: { label: '关系', labelEn: 'Relation', required: true, kind: 'dictionary', dictionary: 'relation', section: 'members' },
  sex: { label: '性别', labelEn: 'Sex', required: true, kind: 'dictionary', dictionary: 'sex', section: 'members' },
  politicalStatus: { label: '政治面貌', labelEn: 'Political status', required: false, kind: 'dictionary', dictionary: 'politicalStatus', section: 'members' },
  idNumber: { label: '身份证号', labelEn: 'ID number', required: false, kind: 'idNumber', section: 'members', sensitive: true },
  birthDate: { label: '出生日期', labelEn: 'Date of birth', required: false, kind: 'date', section: 'members' },
  health: { label: '健康状况', labelEn: 'Health', required: false, kind: 'dictionary', dictionary: 'health', section: 'members', sensitive: true },
  monthlyIncomeFen: { label: '月收入', labelEn: 'Monthly income', required: false, kind: 'fen', maxFen: MONTHLY, section: 'members' },
  memberStatus: { label: '身份', labelEn: 'Status', required: false, kind: 'dictionary', dictionary: 'memberStatus', section: 'members' },
  medicalInsurance: { label: '医保状况', labelEn: 'Medical insurance', required: false, kind: 'dictionary', dictionary: 'medicalInsurance', section: 'members' },
  employerOrSchool: { label: '单位或学校', labelEn: 'Employer or school', required: false, kind: 'text', maxLength: ORG_MAX, section: 'members' },
});

/** *建档人或审核人确定困难职工是否为解困脱困对象: the starred row covers the answer and its date. */
// prettier-ignore
export const DETERMINATION_FIELDS = catalogue({
  isTarget: { label: '是否为解困脱困对象', labelEn: 'Is a target for assistance', required: true, kind: 'bool', section: 'determination' },
  decidedOn: { label: '确定时间', labelEn: 'Decided on', required: true, kind: 'date', section: 'determination' },
  keyGroups: { label: '五类重点群体', labelEn: 'Key groups', required: false, kind: 'enumList', list: 'keyGroups', section: 'determination' },
  keyGroupOther: { label: '五类重点群体（其他注明）', labelEn: 'Key group: other (specify)', required: false, kind: 'text', maxLength: 200, section: 'determination' },
  measures: { label: '“四个一批”措施', labelEn: 'Measures', required: false, kind: 'enumList', list: 'measures', section: 'determination' },
  measureOther: { label: '“四个一批”措施（其他注明）', labelEn: 'Measure: other (specify)', required: false, kind: 'text', maxLength: 200, section: 'determination' },
  actionPlans: { label: '七个行动计划', labelEn: 'Action plans', required: false, kind: 'enumList', list: 'actionPlans', section: 'determination' },
  actionPlanOther: { label: '七个行动计划（其他注明）', labelEn: 'Action plan: other (specify)', required: false, kind: 'text', maxLength: 200, section: 'determination' },
});

export type ArchiveFieldName = keyof typeof ARCHIVE_FIELDS;
export type MemberFieldName = keyof typeof MEMBER_FIELDS;
export type DeterminationFieldName = keyof typeof DETERMINATION_FIELDS;
