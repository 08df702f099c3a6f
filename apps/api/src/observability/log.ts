/*
 * The server's log: one JSON object per line on stdout, for journald, Docker or any collector.
 * Callers pass an event name and a few plain fields of their own (never request bodies, query
 * parameters, headers or driver messages, which carry personal data). As a second wall, every
 * string is scrubbed of what looks like an ID, bank-card or mobile number, or a bearer token.
 */

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

// 11+ digits (mobile, bank card, ID; an ID may end in X), and long base64url runs (session tokens
// are 43 characters). UUIDs and dates never match: their digit runs are short.
const LONG_NUMBER = /\d{11,}[Xx]?|\d{6,}(?:[ -]\d{4,}){2,}/g;
const TOKEN = /[A-Za-z0-9_-]{32,}/g;

export function scrub(text: string): string {
  return text.replace(LONG_NUMBER, '[redacted]').replace(TOKEN, (run) =>
    // A run of letters and hyphens only is a word or a path, not a secret.
    /\d/.test(run) ? '[redacted]' : run,
  );
}

type Sink = (line: string) => void;
let sink: Sink = (line) => process.stdout.write(line + '\n');

/** Tests capture the log here. */
export function setLogSink(next: Sink): Sink {
  const previous = sink;
  sink = next;
  return previous;
}

const RANK: Record<string, number> = { info: 0, warn: 1, error: 2, silent: 3 };

/** BANGFU_LOG_LEVEL: info (default), warn, error or silent (the test suites). */
const enabled = (level: LogLevel) =>
  RANK[level]! >= (RANK[process.env.BANGFU_LOG_LEVEL ?? 'info'] ?? 0);

export function log(level: LogLevel, event: string, fields: LogFields = {}): void {
  if (!enabled(level)) return;
  const entry: Record<string, unknown> = { time: new Date().toISOString(), level, event };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) entry[key] = typeof value === 'string' ? scrub(value) : value;
  }
  sink(JSON.stringify(entry));
}

/**
 * What may be logged of an error: its class, code and (for faults) where it was thrown — never its
 * message, which may quote values.
 */
export function errorFields(error: unknown, withStack = false): LogFields {
  const e = error as {
    name?: unknown;
    code?: unknown;
    stack?: unknown;
    cause?: { code?: unknown; name?: unknown };
  };
  const code = e?.code ?? e?.cause?.code;
  const frames =
    withStack && typeof e?.stack === 'string'
      ? e.stack
          .split('\n')
          .filter((line) => /^\s+at /.test(line))
          .slice(0, 12)
          .map((line) => line.trim())
          .join(' | ')
      : undefined;
  return {
    stack: frames,
    error: typeof e?.name === 'string' ? e.name : typeof error,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(typeof e?.cause?.name === 'string' ? { cause: e.cause.name } : {}),
  };
}
