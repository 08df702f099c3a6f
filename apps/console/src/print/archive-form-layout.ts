import { ARCHIVE_FIELDS, type ArchiveFieldName } from '@bangfu/domain';

/*
 * 困难职工档案表 (附件1) as printed: the seed's bands, top to bottom. A `grid` band is a row of
 * labels over a row of values (the seed's wide rows); a `pairs` band alternates label and value
 * cells. The household members, causes, attachments and determination are blocks of their own.
 * Seed cells hold only seed fields, so the print can be laid over the official form; fields the
 * seed has no cell for (残疾等级, 大病保险, 职工医疗互助) go in a 补充信息 band below it.
 */

export type PaperBand =
  | { kind: 'grid' | 'pairs'; fields: readonly ArchiveFieldName[] }
  | { kind: 'members' | 'causes' | 'attachments' | 'determination' };

export const ARCHIVE_FORM_BANDS: readonly PaperBand[] = [
  { kind: 'pairs', fields: ['number', 'hardshipCategory'] },
  {
    kind: 'grid',
    fields: [
      'name',
      'ethnicity',
      'sex',
      'politicalStatus',
      'idNumber',
      'birthDate',
      'health',
      'disabilityCategory',
      'workStatus',
      'modelWorkerType',
    ],
  },
  {
    kind: 'grid',
    fields: [
      'housingType',
      'floorArea',
      'mobile',
      'otherContact',
      'postalCode',
      'workStartDate',
      'industry',
      'maritalStatus',
      'hukouType',
    ],
  },
  {
    kind: 'grid',
    fields: ['address', 'employer', 'employerType', 'enterpriseStatus', 'singleParent'],
  },
  {
    kind: 'grid',
    fields: [
      'monthlyIncomeFen',
      'otherAnnualIncomeFen',
      'householdAnnualIncomeFen',
      'householdSize',
      'monthlyIncomePerMemberFen',
      'hukouRegionCode',
      'medicalInsurance',
    ],
  },
  { kind: 'pairs', fields: ['canSelfHelp', 'zeroEmployment'] },
  { kind: 'members' },
  { kind: 'causes' },
  { kind: 'pairs', fields: ['bankName', 'bankBranch', 'bankCardNumber'] },
  { kind: 'attachments' },
  { kind: 'determination' },
  { kind: 'pairs', fields: ['remarks', 'workerSignedOn'] },
  {
    kind: 'pairs',
    fields: ['archivist', 'reviewer', 'assistanceUnit', 'assistancePerson', 'enteredBy'],
  },
];

/** Archive fields the seed has no cell for, printed in the 补充信息 band below the form. */
export const SUPPLEMENT_FIELDS: readonly ArchiveFieldName[] = [
  'disabilityGrade',
  'seriousIllnessInsurance',
  'medicalMutualAid',
];

/** 职工签字 is a box for the worker's ink: the form prints the signing date beside it, never in it. */
export const SIGNATURE_FIELD: ArchiveFieldName = 'workerSignedOn';

/** Fields a block prints (the members block prints `members`, which is not an archive field). */
export const BLOCK_FIELDS: Record<string, readonly ArchiveFieldName[]> = {
  causes: ['primaryCause', 'secondaryCauses'],
  attachments: ['attachments'],
};

/** Every archive field the printed form shows, wherever it sits (the unit test holds it to ARCHIVE_FIELDS). */
export function printedFields(): ArchiveFieldName[] {
  const inBands = ARCHIVE_FORM_BANDS.flatMap((band) =>
    'fields' in band ? band.fields : (BLOCK_FIELDS[band.kind] ?? []),
  );
  return [...inBands, ...SUPPLEMENT_FIELDS];
}

/** The seed's label with its * mark for a required field: "*姓名". */
export function starred(name: ArchiveFieldName): string {
  const spec = ARCHIVE_FIELDS[name];
  return `${spec.required ? '*' : ''}${spec.label}`;
}

/** The seed prints four member rows; a longer household gets as many as it has. */
export const MEMBER_ROWS_ON_PAPER = 4;
