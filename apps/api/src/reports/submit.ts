import { todayIso } from '@bangfu/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import type { Database } from '../db/client.js';
import { reportRevisions, reportSubmissions } from '../db/schema/index.js';
import { Forbidden, ValidationError } from '../errors.js';
import { computeStatistics } from '../statistics/compute.js';
import { statisticsScope } from '../statistics/scope.js';
import { findReportPeriod } from './periods.js';

/** The unions that report to the province (DOMAIN §1): cities and directly administered counties. */
export const REPORTING_LEVELS = ['CITY', 'DIRECT_COUNTY'] as const;

const NOTE_MAX = 2000;

/**
 * 报送建档立卡情况: a city-level admin freezes its union's statistics for the period, with a note.
 * Until the due date a resubmission replaces the report; the replaced one is kept as a revision
 * (the province may already have read it). After the due date a report can still be submitted
 * once, late, but no longer changed.
 */
export async function submitReport(
  db: Database,
  viewer: Viewer,
  code: string,
  note: string | null | undefined,
): Promise<{ id: string; version: number }> {
  if (
    viewer.role !== 'CITY_ADMIN' ||
    !(REPORTING_LEVELS as readonly string[]).includes(viewer.unionLevel)
  ) {
    throw new Forbidden('只有省辖市、直管县（市）总工会的管理员可以向省总工会报送。');
  }
  const period = await findReportPeriod(db, code);
  if (!period)
    throw ValidationError.field(['period'], 'REPORT_PERIOD_NOT_FOUND', `找不到报送期间 ${code}。`);
  const text = note?.trim() || null;
  if (text && text.length > NOTE_MAX) {
    throw ValidationError.field(
      ['note'],
      'REPORT_NOTE_TOO_LONG',
      `报送说明不能超过 ${NOTE_MAX} 字。`,
    );
  }
  const today = todayIso();
  const [existing] = await db
    .select()
    .from(reportSubmissions)
    .where(
      and(eq(reportSubmissions.unionId, viewer.unionId), eq(reportSubmissions.period, period.code)),
    )
    .for('update');
  if (existing && today > period.dueOn) {
    throw ValidationError.field(
      ['period'],
      'REPORT_DUE_DATE_PASSED',
      `报送截止日期（${period.dueOn}）已过，已报送的报告不能再修改。`,
    );
  }
  const { scope, children } = (await statisticsScope(db, viewer, viewer.unionId))!;
  const snapshot = await computeStatistics(
    db,
    scope,
    children,
    { from: period.startsOn, to: period.endsOn },
    today,
  );
  if (!existing) {
    const [created] = await db
      .insert(reportSubmissions)
      .values({
        unionId: viewer.unionId,
        period: period.code,
        snapshot,
        note: text,
        submittedBy: viewer.id,
      })
      .returning({ id: reportSubmissions.id, version: reportSubmissions.version });
    return created!;
  }
  await db.insert(reportRevisions).values({
    submissionId: existing.id,
    version: existing.version,
    snapshot: existing.snapshot,
    note: existing.note,
    submittedBy: existing.submittedBy,
    submittedAt: existing.submittedAt,
  });
  await db
    .update(reportSubmissions)
    .set({
      snapshot,
      note: text,
      submittedBy: viewer.id,
      submittedAt: sql`now()`,
      version: existing.version + 1,
    })
    .where(eq(reportSubmissions.id, existing.id));
  return { id: existing.id, version: existing.version + 1 };
}
