import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ATTACHMENT_FORMATS,
  ATTACHMENT_MAX_BYTES,
  formatErrorMessage,
  type AttachmentContentType,
} from '@bangfu/domain';
import {
  addAttachment,
  attachmentForDownload,
  attachmentUrl,
  checkAttachmentMeta,
  type AttachmentMeta,
} from '../attachments/service.js';
import { verifyAttachment } from '../attachments/verify.js';
import { NO_ID, uuidOrNull } from '../schema/ids.js';
import { inTransaction } from '../db/transaction.js';
import { ValidationError } from '../errors.js';
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
import { ATTACHMENT_SECURITY_POLICY } from './security-headers.js';

/*
 * 附件 over plain HTTP, since files do not travel well inside GraphQL:
 *   POST /attachments?archiveId=…&type=…&name=…&remark=…  (body: the file itself)
 *   GET  /attachments/:id
 * Listing and removal are GraphQL (`Archive.attachments`, `removeAttachment`).
 */

const TOO_LARGE = {
  code: 'ATTACHMENT_TOO_LARGE',
  message: formatErrorMessage('ATTACHMENT_TOO_LARGE', { max: ATTACHMENT_MAX_BYTES / 1024 / 1024 }),
};

/** Not one of the formats, or not wholly that format: 415; an empty file or too many pixels: 400. */
const UNSUPPORTED = new Set([
  'ATTACHMENT_TYPE_NOT_ALLOWED',
  'ATTACHMENT_DAMAGED',
  'ATTACHMENT_ACTIVE_CONTENT',
  'ATTACHMENT_ENCRYPTED',
]);
const statusOf = (code: string) => (UNSUPPORTED.has(code) ? 415 : 400);

async function upload(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { db, sealer, attachmentQuotaMb, sessionIdleMinutes }: EndpointDeps,
) {
  const viewer = await requireBearer(req, db, sessionIdleMinutes);
  const rawId = param(url, 'archiveId');
  if (!rawId) throw ValidationError.field(['archiveId'], 'REQUIRED', '请指定档案（archiveId）。');
  const meta: AttachmentMeta = {
    // A malformed id names no archive: refused like another union's archive.
    archiveId: uuidOrNull(rawId) ?? NO_ID,
    type: param(url, 'type') ?? '',
    name: param(url, 'name') ?? '',
    remark: param(url, 'remark') ?? null,
  };
  // Refuse a wrong archive, type or name before taking in up to 10 MiB.
  await checkAttachmentMeta(db, viewer, meta);
  const bytes = await readBytes(req, ATTACHMENT_MAX_BYTES, TOO_LARGE);
  // Decoding a large photo takes a moment: done before the transaction, which it would hold open.
  const checked = await verifyAttachment(bytes);
  if (!checked.ok) throw HttpProblem.of(statusOf(checked.code), checked.code, checked.message);
  const file = await inTransaction(db, async (tx) => {
    const row = await checkAttachmentMeta(tx, viewer, meta);
    return await addAttachment(tx, sealer, viewer, row, meta, checked.value, attachmentQuotaMb);
  });
  sendJson(res, 201, { ok: true, attachment: { ...file, url: attachmentUrl(file.id) } });
}

/** The stored name, with the format's extension when the name does not already end in it. */
function downloadName(name: string, contentType: string): string {
  const extension = ATTACHMENT_FORMATS[contentType as AttachmentContentType]?.extension;
  if (!extension) return name;
  const lower = name.toLowerCase();
  const has = lower.endsWith(`.${extension}`) || (extension === 'jpg' && lower.endsWith('.jpeg'));
  return has ? name : `${name}.${extension}`;
}

async function download(
  req: IncomingMessage,
  res: ServerResponse,
  rawId: string,
  { db, sessionIdleMinutes }: EndpointDeps,
) {
  const viewer = await requireBearer(req, db, sessionIdleMinutes);
  const id = uuidOrNull(rawId);
  const file = id ? await attachmentForDownload(db, viewer, id) : null;
  if (!file) throw HttpProblem.of(404, 'NOT_FOUND', '找不到该附件，或不在你的管理范围内。');
  res.statusCode = 200;
  res.setHeader('content-type', file.contentType);
  res.setHeader('content-length', file.content.length);
  res.setHeader(
    'content-disposition',
    contentDisposition(downloadName(file.name, file.contentType)),
  );
  res.setHeader('x-content-type-options', 'nosniff');
  // A proof is personal data: never kept by shared caches, never able to run anything if opened.
  res.setHeader('cache-control', 'private, no-store');
  res.setHeader('content-security-policy', ATTACHMENT_SECURITY_POLICY);
  res.setHeader('etag', `"${file.sha256}"`);
  res.end(req.method === 'HEAD' ? undefined : file.content);
}

/** Handles the request when it is for /attachments; false otherwise. */
export async function attachmentEndpoint(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: EndpointDeps,
): Promise<boolean> {
  if (url.pathname === '/attachments') {
    await answering(res, async () => {
      if (req.method !== 'POST')
        throw HttpProblem.of(405, 'METHOD_NOT_ALLOWED', '请用 POST 上传附件。');
      await upload(req, res, url, deps);
    });
    return true;
  }
  const match = /^\/attachments\/([^/]+)$/.exec(url.pathname);
  if (!match) return false;
  await answering(res, async () => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      throw HttpProblem.of(405, 'METHOD_NOT_ALLOWED', '请用 GET 下载附件。');
    await download(req, res, match[1]!, deps);
  });
  return true;
}
