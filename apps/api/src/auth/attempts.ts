import { eq, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { signInAttempts } from '../db/schema/index.js';

/*
 * Sign-in throttling, counted in the database so it holds across server processes. A password is
 * only verified after a check has been claimed, in one transaction holding the rows' locks: of 40
 * guesses sent at once, the limit are verified and the rest refused unverified.
 *
 * Three counters, because each closes a different door:
 * - `pair` (this username from this address): the guesser is slowed after 5 checks, while the
 *   owner signing in from elsewhere is not;
 * - `account` (this username from anywhere): guessing from many addresses is slowed too;
 * - `address` (any username from this address): one address cannot try many accounts, but the
 *   limit is high enough that colleagues behind one office address are not refused for another's
 *   typos.
 * At a limit nobody is locked out: each further check is allowed once the delay has passed, and the
 * delay doubles from one minute to at most 15. The right password then signs the owner in and
 * clears the account's counters.
 */
export const ATTEMPT_LIMITS = { pair: 5, account: 10, address: 50 } as const;
const FIRST_DELAY_MS = 60_000;
const LONGEST_DELAY_MS = 15 * 60_000;
/** Counters untouched this long start again from zero. */
const FORGET_AFTER_MS = 24 * 3600_000;

type Kind = keyof typeof ATTEMPT_LIMITS;

export interface AttemptKeys {
  username: string;
  address: string;
}

function keysOf({ username, address }: AttemptKeys): Record<Kind, string> {
  return {
    pair: `pair:${username}|${address}`,
    account: `account:${username}`,
    address: `address:${address}`,
  };
}

/** The delay set by the check numbered `checks` against `limit`: none below it, then doubling. */
export function delayAfter(checks: number, limit: number): number {
  if (checks < limit) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(checks - limit, 10), LONGEST_DELAY_MS);
}

export type Claim = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Claims one password check for this username from this address, or says how long to wait.
 * A refused claim counts nothing: waiting callers cannot extend their own delay by knocking.
 */
export async function claimCheck(db: Database, who: AttemptKeys, now = new Date()): Promise<Claim> {
  const keys = keysOf(who);
  return await db.transaction(async (tx) => {
    // Sorted, so that concurrent claims lock the rows in one order and never deadlock.
    const ordered = Object.values(keys).sort();
    const rows = await tx
      .insert(signInAttempts)
      .values(ordered.map((key) => ({ key, lastAt: now })))
      .onConflictDoUpdate({ target: signInAttempts.key, set: { key: sql`excluded.key` } })
      .returning();
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const current = (kind: Kind) => {
      const row = byKey.get(keys[kind])!;
      const stale = now.getTime() - row.lastAt.getTime() > FORGET_AFTER_MS;
      return stale ? { checks: 0, blockedUntil: null } : row;
    };
    const waitUntil = Math.max(
      ...(Object.keys(keys) as Kind[]).map((k) => current(k).blockedUntil?.getTime() ?? 0),
    );
    if (waitUntil > now.getTime())
      return {
        allowed: false as const,
        retryAfterSeconds: Math.ceil((waitUntil - now.getTime()) / 1000),
      };
    for (const kind of Object.keys(keys) as Kind[]) {
      const checks = current(kind).checks + 1;
      const delay = delayAfter(checks, ATTEMPT_LIMITS[kind]);
      await tx
        .update(signInAttempts)
        .set({
          checks,
          lastAt: now,
          blockedUntil: delay ? new Date(now.getTime() + delay) : null,
        })
        .where(eq(signInAttempts.key, keys[kind]));
    }
    return { allowed: true as const };
  });
}

/**
 * The right password: the account's counters start again, and the address is not charged for it.
 * Old rows of anyone are swept here, so the table keeps only what still matters.
 */
export async function recordSuccess(db: Database, who: AttemptKeys, now = new Date()) {
  const keys = keysOf(who);
  await db.delete(signInAttempts).where(inArray(signInAttempts.key, [keys.pair, keys.account]));
  await db
    .update(signInAttempts)
    .set({ checks: sql`greatest(${signInAttempts.checks} - 1, 0)` })
    .where(eq(signInAttempts.key, keys.address));
  await db
    .delete(signInAttempts)
    .where(lt(signInAttempts.lastAt, new Date(now.getTime() - FORGET_AFTER_MS)));
}
