import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_FIELDS,
  DETERMINATION_FIELDS,
  FIELD_SECTIONS,
  MEMBER_FIELDS,
} from '../src/index.js';

// Label → API name (domain.md §2); labels are the seed form's wording ('*' = required).
const SEED_ARCHIVE: [label: string, name: string][] = [
  ['*职工编号', 'number'],
  ['*困难类别', 'hardshipCategory'],
  ['*姓名', 'name'],
  ['*民族', 'ethnicity'],
  ['*性别', 'sex'],
  ['*政治面貌', 'politicalStatus'],
  ['*身份证号', 'idNumber'],
  ['*出生日期', 'birthDate'],
  ['*健康状况', 'health'],
  ['残疾类别', 'disabilityCategory'],
  ['*工作状态', 'workStatus'],
  ['*劳模类型', 'modelWorkerType'],
  ['*住房类型', 'housingType'],
  ['建筑面积', 'floorArea'],
  ['手机号码', 'mobile'],
  ['其他联系方式', 'otherContact'],
  ['邮政编码', 'postalCode'],
  ['*工作时间', 'workStartDate'],
  ['*所属行业', 'industry'],
  ['*婚姻状况', 'maritalStatus'],
  ['*户口类型', 'hukouType'],
  ['*家庭住址', 'address'],
  ['工作单位', 'employer'],
  ['单位性质', 'employerType'],
  ['企业状况', 'enterpriseStatus'],
  ['是否单亲', 'singleParent'],
  ['*本人月平均收入', 'monthlyIncomeFen'],
  ['*家庭其他非薪资年收入', 'otherAnnualIncomeFen'],
  ['*家庭年度总收入', 'householdAnnualIncomeFen'],
  ['*家庭人口', 'householdSize'],
  ['家庭月人均收入', 'monthlyIncomePerMemberFen'],
  ['*户口所在地行政区划', 'hukouRegionCode'],
  ['*医保状况', 'medicalInsurance'],
  ['是否有一定自救能力', 'canSelfHelp'],
  ['是否为零就业家庭', 'zeroEmployment'],
  ['开户银行', 'bankName'],
  ['支行名称', 'bankBranch'],
  ['银行卡号', 'bankCardNumber'],
  ['附件', 'attachments'],
  ['备注', 'remarks'],
  ['职工签字', 'workerSignedOn'],
  ['*建档人', 'archivist'],
  ['*审核人', 'reviewer'],
  ['帮扶单位', 'assistanceUnit'],
  ['帮扶责任人', 'assistancePerson'],
  ['录入人', 'enteredBy'],
];

const SEED_MEMBERS = [
  ['姓名', 'name'],
  ['关系', 'relation'],
  ['性别', 'sex'],
  ['政治面貌', 'politicalStatus'],
  ['身份证号', 'idNumber'],
  ['出生日期', 'birthDate'],
  ['健康状况', 'health'],
  ['月收入', 'monthlyIncomeFen'],
  ['身份', 'memberStatus'],
  ['医保状况', 'medicalInsurance'],
  ['单位或学校', 'employerOrSchool'],
];

describe('field catalogue', () => {
  it.each(SEED_ARCHIVE)('labels %s as the seed does (%s)', (seedLabel, name) => {
    const field = ARCHIVE_FIELDS[name as keyof typeof ARCHIVE_FIELDS];
    expect(field.name).toBe(name);
    expect(field.label).toBe(seedLabel.replace('*', ''));
    expect(field.required).toBe(seedLabel.startsWith('*'));
  });

  it('has the seed fields plus disability grade, the two insurance flags and the causes', () => {
    const extra = Object.keys(ARCHIVE_FIELDS).filter((n) => !SEED_ARCHIVE.some(([, s]) => s === n));
    expect(extra.sort()).toEqual(
      [
        'disabilityGrade',
        'medicalMutualAid',
        'primaryCause',
        'secondaryCauses',
        'seriousIllnessInsurance',
      ].sort(),
    );
    expect(ARCHIVE_FIELDS.primaryCause).toMatchObject({
      label: '主要致困原因',
      kind: 'enum',
      list: 'primaryCause',
    });
    expect(ARCHIVE_FIELDS.secondaryCauses).toMatchObject({
      label: '次要致困原因',
      kind: 'enumList',
    });
    expect(ARCHIVE_FIELDS.seriousIllnessInsurance).toMatchObject({
      label: '大病保险',
      kind: 'bool',
    });
    expect(ARCHIVE_FIELDS.medicalMutualAid).toMatchObject({ label: '职工医疗互助', kind: 'bool' });
  });

  it('labels household member columns as the seed does', () => {
    expect(Object.values(MEMBER_FIELDS).map((f) => [f.label, f.name])).toEqual(SEED_MEMBERS);
  });

  it('names the determination fields', () => {
    expect(Object.keys(DETERMINATION_FIELDS)).toEqual([
      'isTarget',
      'decidedOn',
      'keyGroups',
      'keyGroupOther',
      'measures',
      'measureOther',
      'actionPlans',
      'actionPlanOther',
    ]);
    expect(DETERMINATION_FIELDS.keyGroups.label).toBe('五类重点群体');
    expect(DETERMINATION_FIELDS.actionPlans.label).toBe('七个行动计划');
  });

  it('keeps money fields in fen, named …Fen, and marks computed and sensitive fields', () => {
    for (const field of [...Object.values(ARCHIVE_FIELDS), ...Object.values(MEMBER_FIELDS)]) {
      expect(field.kind === 'fen', field.name).toBe(field.name.endsWith('Fen'));
      expect(FIELD_SECTIONS).toHaveProperty(field.section);
      if (field.kind === 'dictionary') expect(field).toHaveProperty('dictionary');
    }
    expect(ARCHIVE_FIELDS.number.computed).toBe(true);
    expect(ARCHIVE_FIELDS.monthlyIncomePerMemberFen.computed).toBe(true);
    expect(ARCHIVE_FIELDS.idNumber.sensitive).toBe(true);
    expect(ARCHIVE_FIELDS.bankCardNumber.sensitive).toBe(true);
  });
});
