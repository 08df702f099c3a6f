import { integer, jsonb, snakeCase, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';
import { id } from './columns.js';
import { users } from './users.js';
import { reportSubmissions } from './workflow.js';

/**
 * A report replaced by a resubmission before the due date: the province received it once, so it
 * is kept (snapshot, note, who and when) rather than overwritten.
 */
export const reportRevisions = snakeCase.table(
  'report_revisions',
  {
    id: id(),
    submissionId: uuid()
      .notNull()
      .references(() => reportSubmissions.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    snapshot: jsonb().notNull(),
    note: text(),
    submittedBy: uuid()
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    replacedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_revisions_submission').on(t.submissionId, t.version)],
);
