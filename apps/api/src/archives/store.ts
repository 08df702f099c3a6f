import {
  formatArchiveNumber,
  maskBankCard,
  maskIdNumber,
  type ArchiveInput,
  type MemberInput,
} from '@bangfu/domain';
import { sql } from 'drizzle-orm';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import type { archiveMembers, archives } from '../db/schema/index.js';
import { archiveNumberSequences } from '../db/schema/index.js';

type ArchiveRow = typeof archives.$inferInsert;
type MemberRow = typeof archiveMembers.$inferInsert;

/** The ID number as stored: sealed, a keyed hash for lookups, and the masked form lists show. */
export function sealIdNumber(sealer: Sealer, idNumber: string) {
  return {
    cipher: sealer.seal(idNumber),
    hash: sealer.lookupHash(idNumber),
    masked: maskIdNumber(idNumber),
  };
}

/**
 * The archive's own columns from a validated input. Sensitive numbers never reach a column in
 * the clear. Workflow, union and number are the caller's business.
 */
export function archiveColumns(
  input: ArchiveInput,
  sealer: Sealer,
): Omit<ArchiveRow, 'number' | 'unionId' | 'unionPath'> {
  const id = sealIdNumber(sealer, input.idNumber);
  const d = input.determination;
  return {
    hardshipCategory: input.hardshipCategory,
    name: input.name,
    ethnicity: input.ethnicity,
    sex: input.sex,
    politicalStatus: input.politicalStatus,
    idNumberCipher: id.cipher,
    idNumberHash: id.hash,
    idNumberMasked: id.masked,
    birthDate: input.birthDate,
    health: input.health,
    disabilityCategory: input.disabilityCategory ?? null,
    disabilityGrade: input.disabilityGrade ?? null,
    workStatus: input.workStatus,
    modelWorkerType: input.modelWorkerType,
    housingType: input.housingType,
    floorArea: input.floorArea ?? null,
    mobile: input.mobile ?? null,
    otherContact: input.otherContact ?? null,
    postalCode: input.postalCode ?? null,
    workStartDate: input.workStartDate,
    industry: input.industry,
    maritalStatus: input.maritalStatus,
    hukouType: input.hukouType,
    address: input.address,
    employer: input.employer ?? null,
    employerType: input.employerType ?? null,
    enterpriseStatus: input.enterpriseStatus ?? null,
    singleParent: input.singleParent ?? false,
    monthlyIncomeFen: input.monthlyIncomeFen,
    otherAnnualIncomeFen: input.otherAnnualIncomeFen,
    householdAnnualIncomeFen: input.householdAnnualIncomeFen,
    householdSize: input.householdSize,
    hukouRegionCode: input.hukouRegionCode,
    medicalInsurance: input.medicalInsurance,
    seriousIllnessInsurance: input.seriousIllnessInsurance ?? false,
    medicalMutualAid: input.medicalMutualAid ?? false,
    canSelfHelp: input.canSelfHelp ?? false,
    zeroEmployment: input.zeroEmployment ?? false,
    primaryCause: input.primaryCause,
    secondaryCauses: [...(input.secondaryCauses ?? [])],
    bankName: input.bankName ?? null,
    bankBranch: input.bankBranch ?? null,
    bankCardCipher: input.bankCardNumber ? sealer.seal(input.bankCardNumber) : null,
    bankCardMasked: input.bankCardNumber ? maskBankCard(input.bankCardNumber) : null,
    remarks: input.remarks ?? null,
    workerSignedOn: input.workerSignedOn ?? null,
    archivist: input.archivist,
    reviewer: input.reviewer,
    enteredBy: input.enteredBy ?? null,
    assistanceUnit: input.assistanceUnit ?? null,
    assistancePerson: input.assistancePerson ?? null,
    ...determinationColumns(d),
  };
}

/** The determination's columns (all null or empty before there is one). */
export function determinationColumns(d: ArchiveInput['determination'] | null) {
  return {
    isTarget: d ? d.isTarget : null,
    decidedOn: d?.decidedOn ?? null,
    keyGroups: [...(d?.keyGroups ?? [])],
    keyGroupOther: d?.keyGroupOther ?? null,
    measures: [...(d?.measures ?? [])],
    measureOther: d?.measureOther ?? null,
    actionPlans: [...(d?.actionPlans ?? [])],
    actionPlanOther: d?.actionPlanOther ?? null,
  };
}

export function memberRows(
  archiveId: string,
  members: readonly MemberInput[],
  sealer: Sealer,
): MemberRow[] {
  return members.map((m, position) => {
    const id = m.idNumber ? sealIdNumber(sealer, m.idNumber) : null;
    return {
      archiveId,
      position,
      name: m.name,
      relation: m.relation,
      sex: m.sex,
      politicalStatus: m.politicalStatus ?? null,
      idNumberCipher: id?.cipher ?? null,
      idNumberHash: id?.hash ?? null,
      idNumberMasked: id?.masked ?? null,
      birthDate: m.birthDate ?? null,
      health: m.health ?? null,
      monthlyIncomeFen: m.monthlyIncomeFen ?? null,
      memberStatus: m.memberStatus ?? null,
      medicalInsurance: m.medicalInsurance ?? null,
      employerOrSchool: m.employerOrSchool ?? null,
    };
  });
}

/**
 * Reserves `count` consecutive 职工编号 for a region and year in one statement (row-locked, so
 * concurrent creations never share a number) and returns them formatted.
 */
export async function reserveArchiveNumbers(
  db: Database,
  regionCode: string,
  year: number,
  count = 1,
): Promise<string[]> {
  const key = `${regionCode}-${year}`;
  const [row] = await db
    .insert(archiveNumberSequences)
    .values({ key, last: count })
    .onConflictDoUpdate({
      target: archiveNumberSequences.key,
      set: { last: sql`${archiveNumberSequences.last} + ${count}` },
    })
    .returning({ last: archiveNumberSequences.last });
  const last = row!.last;
  return Array.from({ length: count }, (_, i) =>
    formatArchiveNumber({ regionCode, year, sequence: last - count + 1 + i }),
  );
}
