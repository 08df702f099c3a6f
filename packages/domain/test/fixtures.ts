/*
 * A complete, valid archive input (a Henan worker's household), and the fixed "today" that every
 * schema test uses so dates never start failing as time passes. ID numbers were computed by hand
 * (outside this package) from GB 11643-1999.
 */
export const TODAY = '2026-03-15';

export const WORKER_ID = '411726197508153616'; // male, 1975-08-15
export const SPOUSE_ID = '411726197703023622'; // female, 1977-03-02
export const SON_ID = '411726200309013711'; // male, 2003-09-01

export function validArchive(): Record<string, unknown> {
  return {
    hardshipCategory: 'DEEP',
    name: '张国强',
    ethnicity: '01',
    sex: '1',
    politicalStatus: '13',
    idNumber: WORKER_ID,
    birthDate: '1975-08-15',
    health: 'MALIGNANT_TUMOR',
    workStatus: 'LAID_OFF',
    modelWorkerType: 'NONE',
    housingType: 'EMPLOYER_PUBLIC_RENTAL',
    floorArea: 48.5,
    mobile: '13812345678',
    postalCode: '463400',
    workStartDate: '1994-07-01',
    industry: 'C',
    maritalStatus: 'MARRIED',
    hukouType: 'NON_AGRICULTURAL',
    address: '河南省驻马店市平舆县建设路18号3号楼2单元',
    employer: '平舆县纺织厂',
    employerType: 'STATE_OWNED',
    enterpriseStatus: 'SUSPENDED',
    singleParent: false,
    monthlyIncomeFen: 120000,
    otherAnnualIncomeFen: 300000,
    householdAnnualIncomeFen: 2400000,
    householdSize: 3,
    hukouRegionCode: '411726',
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
        idNumber: SPOUSE_ID,
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
        idNumber: SON_ID,
        birthDate: '2003-09-01',
        memberStatus: 'UNIVERSITY',
        employerOrSchool: '郑州大学',
      },
    ],
    primaryCause: 'SERIOUS_ILLNESS',
    secondaryCauses: ['LAID_OFF', 'CHILDREN_SCHOOLING'],
    bankName: '中国工商银行',
    bankBranch: '平舆支行',
    bankCardNumber: '6222021234567890128',
    remarks: '妻子无固定收入，儿子在校就读。',
    workerSignedOn: '2026-03-01',
    archivist: '王建设',
    reviewer: '刘红',
    enteredBy: '王建设',
    assistanceUnit: '平舆县总工会',
    assistancePerson: '赵明',
    determination: {
      isTarget: true,
      decidedOn: '2026-03-10',
      keyGroups: ['EXPENDITURE_HARDSHIP'],
      measures: ['SERIOUS_ILLNESS_AND_MUTUAL_AID', 'EMPLOYMENT_AND_ENTREPRENEURSHIP'],
      actionPlans: ['MEDICAL_MUTUAL_AID', 'GOLDEN_AUTUMN_EDUCATION'],
    },
  };
}
