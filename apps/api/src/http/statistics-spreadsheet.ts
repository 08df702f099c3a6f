import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateIsoDate } from '@bangfu/domain';
import { idOrNothing } from '../schema/ids.js';
import { buildStatisticsWorkbook } from '../spreadsheets/statistics.js';
import { statisticsOf } from '../statistics/service.js';
import {
  answering,
  contentDisposition,
  HttpProblem,
  param,
  requireBearer,
  type EndpointDeps,
} from './io.js';

/*
 * GET /spreadsheets/statistics.xlsx?unionId=…&from=YYYY-MM-01&to=YYYY-MM-DD — the `statistics`
 * query as a workbook, computed by the same code with the same rules: the viewer's union by
 * default, whole months, and a union outside the viewer's subtree is refused (403).
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PATH = '/spreadsheets/statistics.xlsx';

function dateParam(url: URL, name: 'from' | 'to'): string | null {
  const value = param(url, name);
  if (!value) return null;
  const checked = validateIsoDate(value, name);
  if (!checked.ok)
    throw new HttpProblem(400, [{ code: checked.code, message: checked.message, field: name }]);
  return checked.value;
}

async function statisticsFile(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { db, sessionIdleMinutes }: EndpointDeps,
) {
  const viewer = await requireBearer(req, db, sessionIdleMinutes);
  const from = dateParam(url, 'from');
  const to = dateParam(url, 'to');
  const unionId = param(url, 'unionId');
  const { snapshot, scope } = await statisticsOf(db, viewer, {
    unionId: unionId ? idOrNothing(unionId) : null,
    from,
    to,
  });
  // Analysts get the workbook with small groups below county level suppressed (suppress.ts).
  const file = await buildStatisticsWorkbook(snapshot);
  const period = from || to ? `-${(from ?? '').slice(0, 7)}至${(to ?? '').slice(0, 7)}` : '';
  res.statusCode = 200;
  res.setHeader('content-type', XLSX);
  res.setHeader(
    'content-disposition',
    contentDisposition(`建档立卡情况-${scope.name}${period}.xlsx`),
  );
  res.setHeader('cache-control', 'private, no-store');
  res.end(file);
}

/** Handles GET /spreadsheets/statistics.xlsx; false for any other path. */
export async function statisticsSpreadsheetEndpoint(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: EndpointDeps,
): Promise<boolean> {
  if (url.pathname !== PATH) return false;
  await answering(res, async () => {
    if (req.method !== 'GET') throw HttpProblem.of(405, 'METHOD_NOT_ALLOWED', '请用 GET 访问。');
    await statisticsFile(req, res, url, deps);
  });
  return true;
}
