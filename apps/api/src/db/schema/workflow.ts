import { sql } from 'drizzle-orm';
import {
  bigint,
  type AnyPgColumn,
  bytea,
  check,
  date,
  index,
  integer,
  jsonb,
  snakeCase,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { archives } from './archives.js';
import { createdAt, id, updatedAt, version } from './columns.js';
import { unions } from './unions.js';
import { users } from './users.js';

/** 异议: objections lodged during public notice. */
export const noticeObjections = snakeCase.table(
  'notice_objections',
  {
    id: id(),
    archiveId: uuid()
      .notNull()
      .references(() => archives.id, { onDelete: 'cascade' }),
    cycle: integer().notNull(),
    note: text().notNull(),
    recordedAt: createdAt(),
    recordedBy: uuid().references(() => users.id),
  },
  (t) => [index('notice_objections_archive').on(t.archiveId)],
);

/** 附件: proof of income, illness, disability, a scanned signature… Content is kept in the database. */
export const attachments = snakeCase.table(
  'attachments',
  {
    id: id(),
    archiveId: uuid()
      .notNull()
      .references(() => archives.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    name: text().notNull(),
    remark: text(),
    contentType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    createdAt: createdAt(),
    createdBy: uuid().references(() => users.id),
    /** Attachments are never lost: removal only hides them. */
    removedAt: timestamp({ withTimezone: true }),
    removedBy: uuid().references(() => users.id),
  },
  (t) => [
    index('attachments_archive').on(t.archiveId),
    check('attachments_size', sql`size between 1 and 10485760`),
  ],
);

/** 帮扶计划: one per archive and cycle; the contact card (联系卡) is issued from it. */
export const assistancePlans = snakeCase.table(
  'assistance_plans',
  {
    id: id(),
    archiveId: uuid()
      .notNull()
      .references(() => archives.id, { onDelete: 'cascade' }),
    cycle: integer().notNull(),
    assistanceUnit: text().notNull(),
    personName: text().notNull(),
    personPost: text(),
    personPhone: text(),
    liaisonName: text(),
    liaisonPost: text(),
    liaisonPhone: text(),
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
    /** 帮扶任务完成时限, the first day of the target month. */
    targetMonth: date({ mode: 'string' }).notNull(),
    /** 职工签字确认 (step 五): the day the worker signed the plan, who witnessed it, its scan. */
    workerSignedOn: date({ mode: 'string' }),
    signatureWitness: text(),
    signedPlanAttachmentId: uuid(),
    cardIssuedOn: date({ mode: 'string' }),
    remarks: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('assistance_plans_cycle').on(t.archiveId, t.cycle),
    index('assistance_plans_target').on(t.targetMonth),
  ],
);

/** 帮扶台账: dated assistance given, money or goods valued in fen. */
export const ledgerEntries = snakeCase.table(
  'ledger_entries',
  {
    id: id(),
    archiveId: uuid()
      .notNull()
      .references(() => archives.id, { onDelete: 'cascade' }),
    cycle: integer().notNull(),
    /** The archive's union path at the time, for totals per union subtree. */
    unionPath: text().notNull(),
    on: date({ mode: 'string' }).notNull(),
    actionPlan: text().notNull(),
    description: text().notNull(),
    amountFen: integer().notNull(),
    by: text().notNull(),
    recordedBy: uuid().references(() => users.id),
    createdAt: createdAt(),
    /**
     * 更正: a wrong entry is never edited or deleted. A reversal (冲销) repeats it with the amount
     * negated and the reason, pointing here; a replacement, if any, is an ordinary entry that
     * points to the entry it replaces. Unique: an entry is reversed and replaced at most once.
     */
    reversesEntryId: uuid().references((): AnyPgColumn => ledgerEntries.id),
    correctionReason: text(),
    replacesEntryId: uuid().references((): AnyPgColumn => ledgerEntries.id),
  },
  (t) => [
    index('ledger_entries_archive').on(t.archiveId, t.on.desc()),
    index('ledger_entries_subtree').on(t.unionPath.op('text_pattern_ops'), t.on),
    uniqueIndex('ledger_entries_reverses').on(t.reversesEntryId),
    uniqueIndex('ledger_entries_replaces').on(t.replacesEntryId),
    // Only a reversal is negative, and only a reversal carries a reason.
    check(
      'ledger_entries_amount',
      sql`case when reverses_entry_id is null then amount_fen >= 0 else amount_fen <= 0 end`,
    ),
    check(
      'ledger_entries_reversal_reason',
      sql`(reverses_entry_id is null) = (correction_reason is null)`,
    ),
  ],
);

/** 抽查核实 by a city-level union. A failed result flags the archive until it is corrected. */
export const spotChecks = snakeCase.table(
  'spot_checks',
  {
    id: id(),
    archiveId: uuid()
      .notNull()
      .references(() => archives.id, { onDelete: 'cascade' }),
    cycle: integer().notNull(),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    on: date({ mode: 'string' }).notNull(),
    checker: text().notNull(),
    result: text().notNull(),
    note: text(),
    resolvedAt: timestamp({ withTimezone: true }),
    recordedBy: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('spot_checks_archive').on(t.archiveId, t.on.desc())],
);

/**
 * 动态管理: every change keeps what was there before. `changes` is the masked diff people read;
 * `snapshot` is the whole archive after the change (sensitive values still encrypted), so an
 * archive can be shown as it was on any date.
 */
export const archiveHistory = snakeCase.table(
  'archive_history',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    archiveId: uuid()
      .notNull()
      .references(() => archives.id, { onDelete: 'cascade' }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    byUserId: uuid().references(() => users.id),
    action: text().notNull(),
    changes: jsonb().notNull(),
    snapshot: jsonb().notNull(),
    reason: text(),
  },
  (t) => [index('archive_history_archive_at').on(t.archiveId, t.at)],
);

/** Every reveal of a masked value (ID, bank card, phone, health) is logged. */
export const sensitiveAccessLog = snakeCase.table(
  'sensitive_access_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    archiveId: uuid()
      .notNull()
      .references(() => archives.id, { onDelete: 'cascade' }),
    field: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sensitive_access_log_archive').on(t.archiveId),
    index('sensitive_access_log_user').on(t.userId),
  ],
);

/** Reporting periods set by the province (the 2016 notice: by the end of October). */
export const reportPeriods = snakeCase.table('report_periods', {
  code: text().primaryKey(),
  label: text().notNull(),
  startsOn: date({ mode: 'string' }).notNull(),
  endsOn: date({ mode: 'string' }).notNull(),
  dueOn: date({ mode: 'string' }).notNull(),
  createdAt: createdAt(),
});

/** 建档立卡情况 report submitted by a city-level union: a frozen snapshot of its statistics. */
export const reportSubmissions = snakeCase.table(
  'report_submissions',
  {
    id: id(),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    period: text()
      .notNull()
      .references(() => reportPeriods.code),
    snapshot: jsonb().notNull(),
    note: text(),
    submittedBy: uuid()
      .notNull()
      .references(() => users.id),
    submittedAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex('report_submissions_union_period').on(t.unionId, t.period)],
);
