import type { IncomingMessage, ServerResponse } from 'node:http';
import { viewerForToken, type Viewer } from '../auth/sessions.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import {
  Conflict,
  Forbidden,
  NotForAnalysts,
  QuotaExceeded,
  Unauthenticated,
  ValidationError,
  type FieldError,
} from '../errors.js';

/*
 * Plumbing for the plain HTTP endpoints beside /graphql (file upload and download, spreadsheets).
 * They answer JSON in one shape — `{ ok: false, errors: [{ code, message, … }] }` — with the same
 * codes and Chinese messages as the GraphQL API, and the same rules: a Bearer token, the viewer's
 * subtree, nothing written when anything is refused.
 */

export interface EndpointDeps {
  db: Database;
  sealer: Sealer;
  /** Attachment storage per union, in MB (BANGFU_ATTACHMENT_QUOTA_MB). */
  attachmentQuotaMb: number;
  /** Sessions unused this long have ended (BANGFU_SESSION_IDLE_MINUTES). */
  sessionIdleMinutes: number;
}

/** A refusal with its HTTP status; `errors` carry the same fields as GraphQL's fieldErrors. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly errors: ({ code: string; message: string } & Record<string, unknown>)[],
  ) {
    super(errors[0]?.message ?? 'error');
  }

  static of(status: number, code: string, message: string): HttpProblem {
    return new HttpProblem(status, [{ code, message }]);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

/** The signed-in viewer, or 401 — as a GraphQL request without a valid token. */
export async function requireBearer(
  req: IncomingMessage,
  db: Database,
  idleMinutes: number,
): Promise<Viewer> {
  const auth = req.headers.authorization ?? '';
  const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
  const viewer = token ? await viewerForToken(db, token, idleMinutes) : null;
  if (!viewer) throw HttpProblem.of(401, 'UNAUTHENTICATED', '请先登录。Sign in first.');
  return viewer;
}

/** The raw body, refused with 413 as soon as it passes `limit` (declared or actual). */
export function readBytes(
  req: IncomingMessage,
  limit: number,
  tooLarge: { code: string; message: string },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const refuse = () => reject(HttpProblem.of(413, tooLarge.code, tooLarge.message));
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      // Answer without reading: the client learns at once instead of after uploading it all.
      req.resume();
      return refuse();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        refuse();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The services' refusals as HTTP: bad input 400 (or `validationStatus`), 401, 403, 409, 413. */
export function asHttpProblem(error: unknown, validationStatus = 400): HttpProblem | null {
  if (error instanceof HttpProblem) return error;
  if (error instanceof ValidationError) {
    const errors = error.fieldErrors.length
      ? error.fieldErrors
      : [{ path: [], code: 'INVALID', message: error.message }];
    return new HttpProblem(
      validationStatus,
      errors.map((e: FieldError) => ({ ...e, field: e.path.join('.') })),
    );
  }
  if (error instanceof Forbidden || error instanceof NotForAnalysts)
    return HttpProblem.of(403, error.code, error.message);
  if (error instanceof Unauthenticated) return HttpProblem.of(401, error.code, error.message);
  if (error instanceof Conflict) return HttpProblem.of(409, error.code, error.message);
  if (error instanceof QuotaExceeded) return HttpProblem.of(413, error.code, error.message);
  return null;
}

/** Runs an endpoint; refusals become their JSON answer, anything else goes to the server's 500. */
export async function answering(res: ServerResponse, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const problem = asHttpProblem(error);
    if (!problem || res.headersSent) throw error;
    sendJson(res, problem.status, { ok: false, errors: problem.errors });
  }
}

/** A query parameter, trimmed; absent and blank are the same. */
export function param(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name)?.trim();
  return value ? value : undefined;
}

/**
 * `Content-Disposition` for a download: an ASCII fallback plus the UTF-8 name (RFC 6266/5987), so
 * 收入证明.pdf arrives as itself in every browser and can never break out of the header.
 */
export function contentDisposition(filename: string): string {
  const clean = [...filename]
    .map((c) => (c < ' ' || c === '\x7f' || '"\\/'.includes(c) ? '_' : c))
    .join('');
  const ascii = clean.replace(/[^\x20-\x7e]/g, '_');
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
