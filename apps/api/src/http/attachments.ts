import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ATTACHMENT_FORMATS,
  ATTACHMENT_MAX_BYTES,
  checkAttachment,
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
import { NO_ID, uuidOrNull } from '../schema/ids.js';
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

async function upload(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { db, sealer, sessionIdleMinutes }: EndpointDeps,
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
  const checked = checkAttachment(bytes);
  if (!checked.ok)
    throw HttpProblem.of(
      checked.code === 'ATTACHMENT_TYPE_NOT_ALLOWED' ? 415 : 400,
      checked.code,
      checked.message,
    );
  const file = await db.transaction(async (tx) => {
    const row = await checkAttachmentMeta(tx as unknown as typeof db, viewer, meta);
    return await addAttachment(tx as unknown as typeof db, sealer, viewer, row, meta, bytes);
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
  res.setHeader('content-security-policy', "default-src 'none'; sandbox");
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
