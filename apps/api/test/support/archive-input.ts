import { idNumberCheckChar } from '@bangfu/domain';

/** A valid ID number for a test person: region, birth date, a sequence whose parity gives the sex. */
export function testIdNumber(
  seq: number,
  birthDate = '1975-08-15',
  sex: 'MALE' | 'FEMALE' = 'MALE',
  region = '410105',
): string {
  const order = (seq % 500) * 2 + (sex === 'MALE' ? 1 : 0);
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(order).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** A complete, valid archive input (API names), unique by `seq` (0..499 per birth date). */
export function archiveInput(
  seq: number,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    hardshipCategory: 'DEEP',
    name: '张国强',
    ethnicity: '01',
    sex: '1',
    politicalStatus: '13',
    idNumber: testIdNumber(seq),
    birthDate: '1975-08-15',
    health: 'GOOD',
    workStatus: 'LAID_OFF',
    modelWorkerType: 'NONE',
    housingType: 'EMPLOYER_PUBLIC_RENTAL',
    floorArea: 48.5,
    mobile: '13812345678',
    postalCode: '450008',
    workStartDate: '1994-07-01',
    industry: 'C',
    maritalStatus: 'MARRIED',
    hukouType: 'NON_AGRICULTURAL',
    address: '河南省郑州市金水区文化路街道纬五路12号院3号楼2单元401',
    employer: '郑州纺织机械有限公司',
    employerType: 'STATE_OWNED',
    enterpriseStatus: 'SUSPENDED',
    singleParent: false,
    monthlyIncomeFen: 120000,
    otherAnnualIncomeFen: 300000,
    householdAnnualIncomeFen: 2400000,
    householdSize: 3,
    hukouRegionCode: '410105',
    medicalInsurance: 'EMPLOYEE_BASIC',
    seriousIllnessInsurance: true,
    medicalMutualAid: false,
    canSelfHelp: true,
    zeroEmployment: false,
    members: [
      {
        name: '李秀英',
        relation: 'SPOUSE',
        sex: '2',
        politicalStatus: '13',
        idNumber: testIdNumber(seq, '1977-03-02', 'FEMALE'),
        birthDate: '1977-03-02',
        health: 'GOOD',
        monthlyIncomeFen: 50000,
        memberStatus: 'UNEMPLOYED',
        medicalInsurance: 'RESIDENT_BASIC',
      },
      {
        name: '张磊',
        relation: 'SON',
        sex: '1',
        idNumber: testIdNumber(seq, '2003-09-01', 'MALE'),
        birthDate: '2003-09-01',
        memberStatus: 'UNIVERSITY',
        employerOrSchool: '郑州大学',
      },
    ],
    primaryCause: 'SERIOUS_ILLNESS',
    secondaryCauses: ['LAID_OFF', 'CHILDREN_SCHOOLING'],
    bankName: '中国工商银行',
    bankBranch: '金水支行',
    bankCardNumber: '6222021234567890128',
    remarks: '妻子无固定收入，儿子在校就读。',
    workerSignedOn: '2026-03-01',
    archivist: '王建设',
    reviewer: '刘红',
    enteredBy: '王建设',
    assistanceUnit: '金水区总工会',
    assistancePerson: '赵敏',
    ...overrides,
  };
}
