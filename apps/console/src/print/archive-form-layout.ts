import { ARCHIVE_FIELDS, type ArchiveFieldName } from '@bangfu/domain';

/*
 * 困难职工档案表 (附件1) as printed: the seed's bands, top to bottom. A `grid` band is a row of
 * labels over a row of values (the seed's wide rows); a `pairs` band alternates label and value
 * cells. The household members, causes, attachments and determination are blocks of their own.
 * Fields the seed has no cell for (残疾等级, 大病保险, 职工医疗互助) are printed inside the cell
 * of the field they belong to, so the paper keeps the seed's shape.
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

/** Fields printed inside another field's cell, after its value. */
export const COMPANIONS: Partial<Record<ArchiveFieldName, readonly ArchiveFieldName[]>> = {
  disabilityCategory: ['disabilityGrade'],
  medicalInsurance: ['seriousIllnessInsurance', 'medicalMutualAid'],
};

/** Fields a block prints (the members block prints `members`, which is not an archive field). */
export const BLOCK_FIELDS: Record<string, readonly ArchiveFieldName[]> = {
  causes: ['primaryCause', 'secondaryCauses'],
  attachments: ['attachments'],
};

/** Every archive field the printed form shows, wherever it sits (the unit test holds it to ARCHIVE_FIELDS). */
export function printedFields(): ArchiveFieldName[] {
  return ARCHIVE_FORM_BANDS.flatMap((band) => {
    const own = 'fields' in band ? band.fields : (BLOCK_FIELDS[band.kind] ?? []);
    return own.flatMap((f) => [f, ...(COMPANIONS[f] ?? [])]);
  });
}

/** The seed's label with its * mark for a required field: "*姓名". */
export function starred(name: ArchiveFieldName): string {
  const spec = ARCHIVE_FIELDS[name];
  return `${spec.required ? '*' : ''}${spec.label}`;
}

/** The seed prints four member rows; a longer household gets as many as it has. */
export const MEMBER_ROWS_ON_PAPER = 4;
