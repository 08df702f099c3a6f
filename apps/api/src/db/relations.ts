import { defineRelations } from 'drizzle-orm';
import * as schema from './schema/index.js';

/** All relations in one place (Drizzle relational queries v2), used by the Pothos drizzle plugin. */
export const relations = defineRelations(schema, (r) => ({
  unions: {
    parent: r.one.unions({ from: r.unions.parentId, to: r.unions.id, alias: 'union_parent' }),
    children: r.many.unions({ from: r.unions.id, to: r.unions.parentId, alias: 'union_parent' }),
    users: r.many.users(),
    archives: r.many.archives(),
  },
  users: {
    union: r.one.unions({ from: r.users.unionId, to: r.unions.id, optional: false }),
    sessions: r.many.sessions(),
  },
  sessions: {
    user: r.one.users({ from: r.sessions.userId, to: r.users.id, optional: false }),
  },
  archives: {
    union: r.one.unions({ from: r.archives.unionId, to: r.unions.id, optional: false }),
    updatedByUser: r.one.users({
      from: r.archives.updatedBy,
      to: r.users.id,
      alias: 'archive_updated_by',
    }),
    members: r.many.archiveMembers({ from: r.archives.id, to: r.archiveMembers.archiveId }),
    attachments: r.many.attachments({ from: r.archives.id, to: r.attachments.archiveId }),
    plans: r.many.assistancePlans({ from: r.archives.id, to: r.assistancePlans.archiveId }),
    /** The plan of the archive's current cycle (older cycles' plans are kept in `plans`). */
    currentPlan: r.one.assistancePlans({
      from: [r.archives.id, r.archives.cycle],
      to: [r.assistancePlans.archiveId, r.assistancePlans.cycle],
    }),
    ledger: r.many.ledgerEntries({ from: r.archives.id, to: r.ledgerEntries.archiveId }),
    spotChecks: r.many.spotChecks({ from: r.archives.id, to: r.spotChecks.archiveId }),
    history: r.many.archiveHistory({ from: r.archives.id, to: r.archiveHistory.archiveId }),
    objections: r.many.noticeObjections({ from: r.archives.id, to: r.noticeObjections.archiveId }),
    revealLog: r.many.sensitiveAccessLog({
      from: r.archives.id,
      to: r.sensitiveAccessLog.archiveId,
    }),
  },
  archiveMembers: {
    archive: r.one.archives({
      from: r.archiveMembers.archiveId,
      to: r.archives.id,
      optional: false,
    }),
  },
  attachments: {
    archive: r.one.archives({ from: r.attachments.archiveId, to: r.archives.id, optional: false }),
  },
  assistancePlans: {
    archive: r.one.archives({
      from: r.assistancePlans.archiveId,
      to: r.archives.id,
      optional: false,
    }),
  },
  ledgerEntries: {
    archive: r.one.archives({
      from: r.ledgerEntries.archiveId,
      to: r.archives.id,
      optional: false,
    }),
    /** For a reversal (冲销): the entry it takes back. */
    reverses: r.one.ledgerEntries({
      from: r.ledgerEntries.reversesEntryId,
      to: r.ledgerEntries.id,
      alias: 'ledger_reversal',
    }),
    /** The reversal that took this entry back, once it was corrected. */
    reversal: r.one.ledgerEntries({
      from: r.ledgerEntries.id,
      to: r.ledgerEntries.reversesEntryId,
      alias: 'ledger_reversal',
    }),
    /** For a replacement: the entry it replaces. */
    replaces: r.one.ledgerEntries({
      from: r.ledgerEntries.replacesEntryId,
      to: r.ledgerEntries.id,
      alias: 'ledger_replacement',
    }),
    /** The entry recorded in place of this one, when the correction gave one. */
    replacement: r.one.ledgerEntries({
      from: r.ledgerEntries.id,
      to: r.ledgerEntries.replacesEntryId,
      alias: 'ledger_replacement',
    }),
  },
  spotChecks: {
    archive: r.one.archives({ from: r.spotChecks.archiveId, to: r.archives.id, optional: false }),
    union: r.one.unions({ from: r.spotChecks.unionId, to: r.unions.id, optional: false }),
  },
  archiveHistory: {
    archive: r.one.archives({
      from: r.archiveHistory.archiveId,
      to: r.archives.id,
      optional: false,
    }),
    by: r.one.users({ from: r.archiveHistory.byUserId, to: r.users.id }),
  },
  noticeObjections: {
    archive: r.one.archives({
      from: r.noticeObjections.archiveId,
      to: r.archives.id,
      optional: false,
    }),
  },
  sensitiveAccessLog: {
    archive: r.one.archives({
      from: r.sensitiveAccessLog.archiveId,
      to: r.archives.id,
      optional: false,
    }),
    user: r.one.users({ from: r.sensitiveAccessLog.userId, to: r.users.id, optional: false }),
  },
  reportSubmissions: {
    union: r.one.unions({ from: r.reportSubmissions.unionId, to: r.unions.id, optional: false }),
    submitter: r.one.users({
      from: r.reportSubmissions.submittedBy,
      to: r.users.id,
      optional: false,
    }),
    reportPeriod: r.one.reportPeriods({
      from: r.reportSubmissions.period,
      to: r.reportPeriods.code,
      optional: false,
    }),
    /** Earlier versions replaced by a resubmission before the due date. */
    revisions: r.many.reportRevisions({
      from: r.reportSubmissions.id,
      to: r.reportRevisions.submissionId,
    }),
  },
  reportRevisions: {
    submission: r.one.reportSubmissions({
      from: r.reportRevisions.submissionId,
      to: r.reportSubmissions.id,
      optional: false,
    }),
    submitter: r.one.users({
      from: r.reportRevisions.submittedBy,
      to: r.users.id,
      optional: false,
    }),
  },
}));

export type Relations = typeof relations;
