import { todayIso } from '@bangfu/domain';
import { isAnalyst } from '../archives/access.js';
import type { Viewer } from '../auth/sessions.js';
import type { Database } from '../db/client.js';
import { Forbidden, ValidationError } from '../errors.js';
import { computeStatistics, type StatisticsSnapshot, type UnionRow } from './compute.js';
import { checkPeriod } from './period.js';
import { statisticsScope } from './scope.js';
import { suppressSmallGroups } from './suppress.js';

/*
 * The statistics of a union subtree, as the `statistics` query and the statistics workbook both
 * answer them: one function, so the two cannot drift (docs/analysts.md). Whole months only; a
 * union outside the viewer's subtree is refused like one that does not exist; analysts get small
 * groups below county level suppressed.
 */

export interface StatisticsRequest {
  /** The union; the viewer's own when null. Already checked as a UUID. */
  unionId: string | null;
  from: string | null;
  to: string | null;
}

export interface StatisticsAnswer {
  snapshot: StatisticsSnapshot;
  scope: UnionRow;
  children: UnionRow[];
}

export async function statisticsOf(
  db: Database,
  viewer: Viewer,
  { unionId, from, to }: StatisticsRequest,
): Promise<StatisticsAnswer> {
  const problems = checkPeriod(from, to);
  if (problems.length)
    throw new ValidationError(problems.map((p) => p.message).join(' '), problems);
  const found = await statisticsScope(db, viewer, unionId ?? viewer.unionId);
  if (!found) throw new Forbidden('找不到该工会，或不在你的查看范围内。');
  const snapshot = await computeStatistics(
    db,
    found.scope,
    found.children,
    { from, to },
    todayIso(),
  );
  return {
    snapshot: isAnalyst(viewer) ? suppressSmallGroups(snapshot) : snapshot,
    scope: found.scope,
    children: found.children,
  };
}
