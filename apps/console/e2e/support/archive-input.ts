import { idNumberCheckChar } from '@bangfu/domain';

/*
 * Valid archive data for browser tests, unique per run: the server may be one already running
 * (BANGFU_E2E_URL), where an ID number used by an earlier run would be refused as a duplicate.
 */

const RUN = Date.now() % 400;

/** A valid ID number (GB 11643) born on `birthDate` in 金水区, male unless said, distinct per `seq` and run. */
export function idNumberFor(
  seq: number,
  birthDate = '1968-04-12',
  sex: 'male' | 'female' = 'male',
): string {
  // The order's last digit is odd for men, even for women.
  const order = ((RUN + seq * 7) % 499) * 2 + (sex === 'male' ? 1 : 2);
  const first17 = `410105${birthDate.replaceAll('-', '')}${String(order).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** The same number with a wrong check character, as a typing slip would make it. */
export function withWrongCheckChar(idNumber: string): string {
  return idNumber.slice(0, 17) + (idNumber.endsWith('1') ? '2' : '1');
}

/** A complete ArchiveInput for createArchive: a worker living alone. */
export function archiveInput(name: string, idNumber: string): Record<string, unknown> {
  return {
    hardshipCategory: 'DEEP',
    name,
    ethnicity: '01',
    sex: '1',
    politicalStatus: '13',
    idNumber,
    birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
    health: 'GOOD',
    workStatus: 'LAID_OFF',
    modelWorkerType: 'NONE',
    housingType: 'EMPLOYER_PUBLIC_RENTAL',
    workStartDate: '1990-07-01',
    industry: 'C',
    maritalStatus: 'UNMARRIED',
    hukouType: 'NON_AGRICULTURAL',
    address: '郑州市金水区文化路街道纬五路12号院',
    monthlyIncomeFen: 90_000,
    otherAnnualIncomeFen: 0,
    householdAnnualIncomeFen: 1_080_000,
    householdSize: 1,
    hukouRegionCode: '410105',
    medicalInsurance: 'EMPLOYEE_BASIC',
    members: [],
    primaryCause: 'LAID_OFF',
    secondaryCauses: [],
    archivist: '王建设',
    reviewer: '刘红',
  };
}
