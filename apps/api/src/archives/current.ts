import type { ArchiveInput, MemberInput } from '@bangfu/domain';
import type { Sealer } from '../crypto/data-key.js';
import { getColumns } from 'drizzle-orm';
import { archiveMembers, archives } from '../db/schema/index.js';

export type ArchiveRow = typeof archives.$inferSelect;
export type MemberRow = typeof archiveMembers.$inferSelect;

/** Sealed numbers and their lookup hashes: read only by the services that need them. */
type Sealed = 'idNumberCipher' | 'idNumberHash' | 'bankCardCipher';
export type PlainArchiveRow = Omit<ArchiveRow, Sealed>;
export type PlainMemberRow = Omit<MemberRow, Sealed | 'idNumberHash'>;

const plainColumnsOf = <K extends string>(columns: Record<K, unknown>, sealed: readonly string[]) =>
  Object.fromEntries(
    Object.keys(columns)
      .filter((name) => !sealed.includes(name))
      .map((name) => [name, true]),
  ) as Record<K, true>;

/** Every archive column but the sealed ones: for reads that print the whole archive (the card). */
export const PLAIN_ARCHIVE_COLUMNS = plainColumnsOf(getColumns(archives), [
  'idNumberCipher',
  'idNumberHash',
  'bankCardCipher',
]) as { [K in keyof PlainArchiveRow]: true };
export const PLAIN_MEMBER_COLUMNS = plainColumnsOf(getColumns(archiveMembers), [
  'idNumberCipher',
  'idNumberHash',
]) as { [K in keyof PlainMemberRow]: true };

const orNull = <T>(value: T | null | undefined) => (value == null ? undefined : value);

/**
 * The stored archive in the shape of its input (API names, full values), so that an update can
 * be compared with what was there, and history can say what changed.
 */
export function inputOfArchive(
  row: ArchiveRow,
  members: MemberRow[],
  sealer: Sealer,
): ArchiveInput {
  return {
    hardshipCategory: row.hardshipCategory,
    name: row.name,
    ethnicity: row.ethnicity,
    sex: row.sex,
    politicalStatus: row.politicalStatus,
    idNumber: sealer.open(row.idNumberCipher),
    birthDate: row.birthDate,
    health: row.health,
    disabilityCategory: orNull(row.disabilityCategory),
    disabilityGrade: orNull(row.disabilityGrade),
    workStatus: row.workStatus,
    modelWorkerType: row.modelWorkerType,
    housingType: row.housingType,
    floorArea: orNull(row.floorArea),
    mobile: orNull(row.mobile),
    otherContact: orNull(row.otherContact),
    postalCode: orNull(row.postalCode),
    workStartDate: row.workStartDate,
    industry: row.industry,
    maritalStatus: row.maritalStatus,
    hukouType: row.hukouType,
    address: row.address,
    employer: orNull(row.employer),
    employerType: orNull(row.employerType),
    enterpriseStatus: orNull(row.enterpriseStatus),
    singleParent: row.singleParent,
    monthlyIncomeFen: row.monthlyIncomeFen,
    otherAnnualIncomeFen: row.otherAnnualIncomeFen,
    householdAnnualIncomeFen: row.householdAnnualIncomeFen,
    householdSize: row.householdSize,
    hukouRegionCode: row.hukouRegionCode,
    medicalInsurance: row.medicalInsurance,
    seriousIllnessInsurance: row.seriousIllnessInsurance,
    medicalMutualAid: row.medicalMutualAid,
    canSelfHelp: row.canSelfHelp,
    zeroEmployment: row.zeroEmployment,
    members: [...members]
      .sort((a, b) => a.position - b.position)
      .map((m) => memberInputOf(m, sealer)),
    primaryCause: row.primaryCause as ArchiveInput['primaryCause'],
    secondaryCauses: row.secondaryCauses as ArchiveInput['secondaryCauses'],
    bankName: orNull(row.bankName),
    bankBranch: orNull(row.bankBranch),
    bankCardNumber: row.bankCardCipher ? sealer.open(row.bankCardCipher) : undefined,
    remarks: orNull(row.remarks),
    workerSignedOn: orNull(row.workerSignedOn),
    archivist: row.archivist,
    reviewer: row.reviewer,
    enteredBy: orNull(row.enteredBy),
    assistanceUnit: orNull(row.assistanceUnit),
    assistancePerson: orNull(row.assistancePerson),
    determination:
      row.isTarget == null
        ? undefined
        : ({
            isTarget: row.isTarget,
            decidedOn: row.decidedOn,
            keyGroups: row.keyGroups,
            keyGroupOther: orNull(row.keyGroupOther),
            measures: row.measures,
            measureOther: orNull(row.measureOther),
            actionPlans: row.actionPlans,
            actionPlanOther: orNull(row.actionPlanOther),
          } as ArchiveInput['determination']),
  } as ArchiveInput;
}

function memberInputOf(m: MemberRow, sealer: Sealer): MemberInput {
  return {
    name: m.name,
    relation: m.relation,
    sex: m.sex,
    politicalStatus: orNull(m.politicalStatus),
    idNumber: m.idNumberCipher ? sealer.open(m.idNumberCipher) : undefined,
    birthDate: orNull(m.birthDate),
    health: orNull(m.health),
    monthlyIncomeFen: orNull(m.monthlyIncomeFen),
    memberStatus: orNull(m.memberStatus),
    medicalInsurance: orNull(m.medicalInsurance),
    employerOrSchool: orNull(m.employerOrSchool),
  } as MemberInput;
}
