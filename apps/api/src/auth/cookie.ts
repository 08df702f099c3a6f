import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { SESSION_HOURS } from './sessions.js';

/*
 * The console's session lives in an HttpOnly, SameSite=Strict cookie that page scripts cannot
 * read; API clients keep sending `Authorization: Bearer`. A request is only answered from the
 * cookie when it also carries CSRF_HEADER: a custom header, which another site's page can only
 * send after a CORS preflight this server never grants, so a forged form or image cannot act with
 * the console's session (SameSite already keeps the cookie off cross-site requests; the header
 * also covers sibling subdomains, which count as the same site).
 */
export const SESSION_COOKIE = 'bangfu_session';
export const CSRF_HEADER = 'x-bangfu-csrf';
/** Sent with `login` by the console: put the session in the cookie, not in the answer. */
export const COOKIE_MODE_HEADER = 'x-bangfu-session';

function cookieValue(header: string | undefined, name: string): string {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return '';
}

/** The bearer token, or the console's cookie when the CSRF header came with it; '' for none. */
export function sessionToken(headers: IncomingHttpHeaders): string {
  const auth = headers.authorization ?? '';
  if (auth.startsWith('Bearer ')) return auth.slice(7).trim();
  if (!headers[CSRF_HEADER]) return '';
  return cookieValue(headers.cookie, SESSION_COOKIE);
}

/** Whether the console asked for its session in the cookie. */
export const wantsCookie = (headers: IncomingHttpHeaders) =>
  headers[COOKIE_MODE_HEADER] === 'cookie';

/** Over TLS (directly or behind a proxy that says so) the cookie is Secure too. */
function secure(req: IncomingMessage): boolean {
  return (
    ('encrypted' in req.socket && Boolean(req.socket.encrypted)) ||
    req.headers['x-forwarded-proto'] === 'https'
  );
}

export function sessionCookie(req: IncomingMessage, token: string): string {
  const attributes = ['HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${SESSION_HOURS * 3600}`];
  if (secure(req)) attributes.push('Secure');
  return `${SESSION_COOKIE}=${token}; ${attributes.join('; ')}`;
}

export function clearedSessionCookie(req: IncomingMessage): string {
  return sessionCookie(req, '').replace(/Max-Age=\d+/, 'Max-Age=0');
}
