import { sql } from 'drizzle-orm';
import {
  boolean,
  bytea,
  check,
  date,
  index,
  integer,
  numeric,
  snakeCase,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, updatedAt, version } from './columns.js';
import { unions } from './unions.js';
import { users } from './users.js';

export const ARCHIVE_STATUS_VALUES = [
  'DRAFT',
  'PUBLICIZING',
  'PENDING_APPROVAL',
  'ESTABLISHED',
  'EXITED',
] as const;

/**
 * The archive (困难职工档案表), one per household. Column names are the snake_case of the field
 * catalogue's API names (packages/domain/src/fields.ts). ID and bank-card numbers are stored
 * encrypted (AES-256-GCM), with a keyed hash for exact lookup and uniqueness, and a masked copy so
 * lists never need to decrypt.
 */
export const archives = snakeCase.table(
  'archives',
  {
    id: id(),
    number: text().notNull().unique(),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    /** Copy of the union's path, so subtree filters hit one index on this table. */
    unionPath: text().notNull(),
    status: text({ enum: ARCHIVE_STATUS_VALUES }).notNull().default('DRAFT'),
    /** Re-entry after exit starts a new cycle; plans, ledger and checks of older cycles are kept. */
    cycle: integer().notNull().default(1),
    version: version(),

    // Identity
    hardshipCategory: text().notNull(),
    name: text().notNull(),
    ethnicity: text().notNull(),
    sex: text().notNull(),
    politicalStatus: text().notNull(),
    idNumberCipher: bytea().notNull(),
    idNumberHash: text().notNull(),
    idNumberMasked: text().notNull(),
    birthDate: date({ mode: 'string' }).notNull(),
    health: text().notNull(),
    disabilityCategory: text(),
    disabilityGrade: text(),
    workStatus: text().notNull(),
    modelWorkerType: text().notNull(),

    // Living
    housingType: text().notNull(),
    floorArea: numeric({ precision: 10, scale: 2, mode: 'number' }),
    mobile: text(),
    otherContact: text(),
    postalCode: text(),
    workStartDate: date({ mode: 'string' }).notNull(),
    industry: text().notNull(),
    maritalStatus: text().notNull(),
    hukouType: text().notNull(),

    // Work
    address: text().notNull(),
    employer: text(),
    employerType: text(),
    enterpriseStatus: text(),
    singleParent: boolean().notNull().default(false),

    // Income — integer fen, never floating point
    monthlyIncomeFen: integer().notNull(),
    otherAnnualIncomeFen: integer().notNull(),
    householdAnnualIncomeFen: integer().notNull(),
    householdSize: integer().notNull(),
    /** Derived, never typed in: total ÷ 12 ÷ size, rounded half up to whole fen. */
    monthlyIncomePerMemberFen: integer().generatedAlwaysAs(
      sql`((2 * household_annual_income_fen::bigint + 12 * household_size) / (24 * household_size))::integer`,
    ),
    hukouRegionCode: text().notNull(),
    medicalInsurance: text().notNull(),
    seriousIllnessInsurance: boolean().notNull().default(false),
    medicalMutualAid: boolean().notNull().default(false),
    canSelfHelp: boolean().notNull().default(false),
    zeroEmployment: boolean().notNull().default(false),

    // Causes (致困原因): one primary, at most three secondary
    primaryCause: text().notNull(),
    secondaryCauses: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),

    // Bank
    bankName: text(),
    bankBranch: text(),
    bankCardCipher: bytea(),
    bankCardMasked: text(),

    // Sign-off
    remarks: text(),
    workerSignedOn: date({ mode: 'string' }),
    archivist: text().notNull(),
    reviewer: text().notNull(),
    enteredBy: text(),
    assistanceUnit: text(),
    assistancePerson: text(),

    // Determination (是否为解困脱困对象) and classification
    isTarget: boolean(),
    decidedOn: date({ mode: 'string' }),
    keyGroups: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    keyGroupOther: text(),
    measures: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    measureOther: text(),
    actionPlans: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    actionPlanOther: text(),

    // Workflow facts of the current cycle
    /** 申请 (step 三): the day the worker applied, how (applicationChannel), and its scan. */
    applicationOn: date({ mode: 'string' }),
    applicationChannel: text(),
    applicationAttachmentId: uuid(),
    noticeStartsOn: date({ mode: 'string' }),
    noticeEndsOn: date({ mode: 'string' }),
    submittedAt: timestamp({ withTimezone: true }),
    approvedAt: timestamp({ withTimezone: true }),
    approvedBy: uuid().references(() => users.id),
    rejectionReason: text(),
    exitedOn: date({ mode: 'string' }),
    exitReason: text(),
    exitNote: text(),
    /** Set by a failed spot check (不属实 / 需整改), cleared when the archive is corrected. */
    spotCheckFlagged: boolean().notNull().default(false),

    createdAt: createdAt(),
    createdBy: uuid().references(() => users.id),
    updatedAt: updatedAt(),
    updatedBy: uuid().references(() => users.id),
  },
  (t) => [
    // One live archive per worker in the whole province (exited ones may be re-entered or new).
    uniqueIndex('archives_live_id_number')
      .on(t.idNumberHash)
      .where(sql`status <> 'EXITED'`),
    index('archives_id_number').on(t.idNumberHash),
    index('archives_subtree_filters').on(
      t.unionPath.op('text_pattern_ops'),
      t.status,
      t.primaryCause,
    ),
    // NULLS FIRST is what a plain ORDER BY … DESC means: only then can these indexes give the
    // list its order (read backwards, they serve ASC too) instead of sorting every match.
    index('archives_status_cause_recent').on(
      t.status,
      t.primaryCause,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('archives_recent').on(t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('archives_union').on(t.unionId),
    index('archives_category').on(t.hardshipCategory),
    index('archives_name_prefix').on(t.name.op('text_pattern_ops')),
    index('archives_key_groups').using('gin', t.keyGroups),
    index('archives_measures').using('gin', t.measures),
    index('archives_action_plans').using('gin', t.actionPlans),
    check('archives_status', oneOf('status', ARCHIVE_STATUS_VALUES)),
    check('archives_household_size', sql`household_size between 1 and 50`),
    check(
      'archives_money_non_negative',
      sql`monthly_income_fen >= 0 and other_annual_income_fen >= 0 and household_annual_income_fen >= 0`,
    ),
    check('archives_secondary_causes', sql`cardinality(secondary_causes) <= 3`),
    check('archives_floor_area', sql`floor_area is null or floor_area >= 0`),
  ],
);

/** 家庭主要成员: the household's main members (0..20). */
export const archiveMembers = snakeCase.table(
  'archive_members',
  {
    id: id(),
    archiveId: uuid()
      .notNull()
      .references(() => archives.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    name: text().notNull(),
    relation: text().notNull(),
    sex: text().notNull(),
    politicalStatus: text(),
    idNumberCipher: bytea(),
    idNumberHash: text(),
    idNumberMasked: text(),
    birthDate: date({ mode: 'string' }),
    health: text(),
    monthlyIncomeFen: integer(),
    memberStatus: text(),
    medicalInsurance: text(),
    employerOrSchool: text(),
  },
  (t) => [
    uniqueIndex('archive_members_position').on(t.archiveId, t.position),
    uniqueIndex('archive_members_id_number').on(t.archiveId, t.idNumberHash),
    index('archive_members_id_lookup').on(t.idNumberHash),
  ],
);

/** Running number per region and year for 职工编号 (e.g. 410105-2026-000123). */
export const archiveNumberSequences = snakeCase.table('archive_number_sequences', {
  key: text().primaryKey(),
  last: integer().notNull(),
});
