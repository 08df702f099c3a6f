import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';

/*
 * Headers every response carries, so that a page of ours cannot be framed, sniffed into another
 * type, made to run a script it did not load from this server, or leak its address to another site.
 */

/**
 * No inline script anywhere: the console and GraphiQL load every script from files of this server.
 * Inline styles stay allowed: MUI (emotion) and GraphiQL insert <style> elements as they render,
 * and a style cannot run code. Images and frames may be `blob:` — the console previews an
 * attachment it fetched with the token (an image, or a PDF in a frame) from a blob URL.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A downloaded attachment: nothing in it may run or load anything, even when opened directly. */
export const ATTACHMENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** One year, subdomains included: the browser then never tries this host over plain HTTP. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Whether the client reached us over TLS: a TLS socket of our own, or — only when the operator
 * says a proxy in front terminates TLS (BANGFU_TRUST_PROXY=1) — the proxy's X-Forwarded-Proto.
 * Without that setting anyone could send the header, so it is ignored.
 */
export function servedOverTls(req: IncomingMessage, trustProxy: boolean): boolean {
  if ((req.socket as Partial<TLSSocket>).encrypted) return true;
  if (!trustProxy) return false;
  const forwarded = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0];
  return first?.trim().toLowerCase() === 'https';
}

export function setSecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  options: { trustProxy: boolean },
): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  // For browsers older than frame-ancestors.
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  // HSTS over plain HTTP is ignored by browsers and would only mislead; sent when it means something.
  if (servedOverTls(req, options.trustProxy))
    res.setHeader('strict-transport-security', STRICT_TRANSPORT_SECURITY);
}
