import type { IncomingMessage, ServerResponse } from 'node:http';
import { todayIso } from '@bangfu/domain';
import { coerceInputValue, type GraphQLInputObjectType } from 'graphql';
import type { ArchiveFilterArgs } from '../archives/filter.js';
import { NO_ID, uuidOrNull } from '../schema/ids.js';
import { schema } from '../schema/index.js';
import { Codebook } from '../spreadsheets/codebook.js';
import { countForExport, MAX_EXPORT_ROWS, writeArchiveExport } from '../spreadsheets/export.js';
import { importArchives, targetUnion } from '../spreadsheets/import.js';
import { takeImportSlot } from '../spreadsheets/import-slots.js';
import { buildTemplate } from '../spreadsheets/template.js';
import {
  answering,
  contentDisposition,
  HttpProblem,
  param,
  readBytes,
  requireBearer,
  sendJson,
  type EndpointDeps,
} from './io.js';

/*
 * Spreadsheets over plain HTTP, for the console's buttons and for anyone with a token:
 *   GET  /spreadsheets/archive-template.xlsx
 *   POST /spreadsheets/archives/import?unionId=…      (body: the .xlsx)
 *   GET  /spreadsheets/archives/export.xlsx?filter=<ArchiveFilter as JSON>
 */

const ARCHIVE_FILTER = schema.getType('ArchiveFilter') as GraphQLInputObjectType;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

function sendWorkbookHeaders(res: ServerResponse, filename: string) {
  res.statusCode = 200;
  res.setHeader('content-type', XLSX);
  res.setHeader('content-disposition', contentDisposition(filename));
  res.setHeader('cache-control', 'private, no-store');
}

/**
 * `?filter=` is the GraphQL ArchiveFilter as JSON, coerced by graphql-js against the schema's own
 * input type: a field added to ArchiveFilter works here at once, with the same types and enums.
 */
export function parseFilter(text: string | undefined): ArchiveFilterArgs {
  if (!text) return {};
  const refuse = (why: string) =>
    HttpProblem.of(400, 'FILTER_INVALID', `筛选条件（filter）有误：${why}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refuse('不是有效的 JSON。');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw refuse('应为 JSON 对象。');
  const problems: string[] = [];
  const filter = coerceInputValue(value, ARCHIVE_FILTER, (path, _v, error) =>
    problems.push(path.length ? `${path.join('.')}：${error.message}` : error.message),
  ) as Record<string, unknown> | undefined;
  if (problems.length || !filter) throw refuse(problems[0] ?? '无法解析。');
  // Like an id in GraphQL: a malformed union id names no union, so the export is empty.
  if (typeof filter.unionId === 'string') filter.unionId = uuidOrNull(filter.unionId) ?? NO_ID;
  return filter as ArchiveFilterArgs;
}

async function template(
  req: IncomingMessage,
  res: ServerResponse,
  { db, sessionIdleMinutes }: EndpointDeps,
) {
  await requireBearer(req, db, sessionIdleMinutes);
  const file = await buildTemplate(await Codebook.load(db));
  sendWorkbookHeaders(res, '困难职工档案表-导入模板.xlsx');
  res.end(file);
}

async function importFile(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { db, sealer, sessionIdleMinutes }: EndpointDeps,
) {
  const viewer = await requireBearer(req, db, sessionIdleMinutes);
  const unionId = param(url, 'unionId');
  // Who may import where is settled before the file is taken in.
  const union = await targetUnion(db, viewer, unionId ? (uuidOrNull(unionId) ?? NO_ID) : null);
  const slot = takeImportSlot(union.id);
  if (!slot.ok) {
    req.resume();
    const status = slot.code === 'IMPORT_IN_PROGRESS' ? 409 : 429;
    if (status === 429) res.setHeader('retry-after', '10');
    throw HttpProblem.of(status, slot.code, slot.message);
  }
  try {
    const file = await readBytes(req, MAX_WORKBOOK_BYTES, {
      code: 'SPREADSHEET_TOO_LARGE',
      message: '文件超过10MB，请分批导入。',
    });
    const outcome = await importArchives(db, sealer, viewer, union, file);
    slot.release(outcome.ok ? 'created' : 'invalid', outcome.ok ? outcome.created : 0);
    sendJson(res, outcome.ok ? 200 : 422, outcome);
  } finally {
    slot.release('failed');
  }
}

async function exportFile(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { db, sealer, sessionIdleMinutes }: EndpointDeps,
) {
  const viewer = await requireBearer(req, db, sessionIdleMinutes);
  const filter = parseFilter(param(url, 'filter'));
  const count = await countForExport(db, viewer, filter, sealer);
  if (count > MAX_EXPORT_ROWS) {
    throw HttpProblem.of(
      413,
      'EXPORT_TOO_LARGE',
      `符合条件的档案有 ${count} 份，一次最多导出 ${MAX_EXPORT_ROWS} 份，请缩小筛选范围。`,
    );
  }
  const codes = await Codebook.load(db);
  sendWorkbookHeaders(res, `困难职工档案-${todayIso()}.xlsx`);
  await writeArchiveExport(db, sealer, viewer, filter, codes, res);
}

const ROUTES: Record<
  string,
  {
    method: string;
    run: (req: IncomingMessage, res: ServerResponse, url: URL, deps: EndpointDeps) => Promise<void>;
  }
> = {
  '/spreadsheets/archive-template.xlsx': {
    method: 'GET',
    run: (req, res, _url, deps) => template(req, res, deps),
  },
  '/spreadsheets/archives/import': { method: 'POST', run: importFile },
  '/spreadsheets/archives/export.xlsx': { method: 'GET', run: exportFile },
};

/** Handles the request when it is for /spreadsheets/…; false otherwise. */
export async function spreadsheetEndpoint(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: EndpointDeps,
): Promise<boolean> {
  const route = Object.hasOwn(ROUTES, url.pathname) ? ROUTES[url.pathname] : undefined;
  if (!route) return false;
  await answering(res, async () => {
    if (req.method !== route.method)
      throw HttpProblem.of(405, 'METHOD_NOT_ALLOWED', `请用 ${route.method} 访问。`);
    await route.run(req, res, url, deps);
  });
  return true;
}
