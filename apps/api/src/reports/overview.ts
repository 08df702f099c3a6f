import { todayIso } from '@bangfu/domain';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import { subtreePattern } from '../auth/scope.js';
import type { Database } from '../db/client.js';
import { reportSubmissions, unions } from '../db/schema/index.js';
import { headlineOf } from '../statistics/assemble.js';
import {
  groupedBags,
  progressOf,
  type StatisticsSnapshot,
  type UnionProgress,
  type UnionRow,
} from '../statistics/compute.js';
import type { ReportPeriodRow } from './periods.js';
import { REPORTING_LEVELS } from './submit.js';
import { findReportPeriod } from './periods.js';
import { ValidationError } from '../errors.js';

export type SubmissionRow = typeof reportSubmissions.$inferSelect;

export type ReportStatus = 'SUBMITTED' | 'LATE' | 'PENDING';

export interface ReportOverviewRow {
  union: UnionRow;
  status: ReportStatus;
  /** Submitted after the due date (China time). */
  submittedLate: boolean;
  submission: SubmissionRow | null;
  /** The headline numbers as submitted (from the frozen snapshot). */
  submitted: UnionProgress | null;
  /** The same numbers today, for the same period. */
  today: UnionProgress;
}

const chinaDate = (at: Date) => todayIso(at);

/**
 * Who has reported for a period: every city and direct county in the viewer's subtree (all of
 * them for the province), each with its frozen snapshot beside today's numbers. Today's numbers
 * of all of them come from one statement over the summaries, grouped by city-level union.
 */
export async function reportOverview(
  db: Database,
  viewer: Viewer,
  period: ReportPeriodRow,
): Promise<ReportOverviewRow[]> {
  const today = todayIso();
  const reporting = await db
    .select()
    .from(unions)
    .where(
      and(
        inArray(unions.level, [...REPORTING_LEVELS]),
        like(unions.path, subtreePattern(viewer.unionPath)),
      ),
    )
    .orderBy(asc(unions.code));
  if (!reporting.length) return [];
  const [submissions, bags] = await Promise.all([
    db
      .select()
      .from(reportSubmissions)
      .where(
        and(
          eq(reportSubmissions.period, period.code),
          inArray(
            reportSubmissions.unionId,
            reporting.map((u) => u.id),
          ),
        ),
      ),
    groupedBags(
      db,
      { path: viewer.unionPath },
      1,
      { from: period.startsOn, to: period.endsOn },
      today,
    ),
  ]);
  const byUnion = new Map(submissions.map((s) => [s.unionId, s]));
  return reporting.map((union) => {
    const submission = byUnion.get(union.id) ?? null;
    const snapshot = submission?.snapshot as StatisticsSnapshot | undefined;
    return {
      union,
      status: submission ? 'SUBMITTED' : today > period.dueOn ? 'LATE' : 'PENDING',
      submittedLate: submission !== null && chinaDate(submission.submittedAt) > period.dueOn,
      submission,
      submitted: snapshot ? progressOf(union, snapshot, snapshot.today) : null,
      today: progressOf(
        union,
        headlineOf(bags.get(String(union.serial)) ?? new Map(), true),
        today,
      ),
    };
  });
}

/** The overview of the period with this code; an unknown code is bad input, not an empty list. */
export async function reportOverviewOf(
  db: Database,
  viewer: Viewer,
  code: string,
): Promise<ReportOverviewRow[]> {
  const period = await findReportPeriod(db, code);
  if (!period)
    throw ValidationError.field(['period'], 'REPORT_PERIOD_NOT_FOUND', `找不到报送期间 ${code}。`);
  return await reportOverview(db, viewer, period);
}
