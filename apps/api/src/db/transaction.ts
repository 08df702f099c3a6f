import { is } from 'drizzle-orm';
import { PgAsyncTransaction } from 'drizzle-orm/pg-core';
import { Conflict, ValidationError } from '../errors.js';
import type { Database } from './client.js';

/*
 * The one way services open a transaction. A failure anywhere rolls everything back, so a refused
 * or failed request never leaves half a record. Two things only the database can see are answered
 * here, once for every service:
 * - a unique key lost to a concurrent request (23505) that the service's own check could not
 *   see yet: the same refusal that check gives, with its stable code;
 * - PostgreSQL choosing this transaction as the victim of a deadlock or a serialization failure
 *   (40P01, 40001): the whole work is tried again, a bounded number of times.
 */

/** How often a deadlock or serialization victim is tried in all before giving up. */
export const TRANSACTION_ATTEMPTS = 3;

const RETRYABLE = new Set(['40001', '40P01']);

/** The unique keys people can collide on, as the refusal each means. Keyed by constraint name. */
const UNIQUE_KEY_REFUSALS: Record<string, () => ValidationError> = {
  users_username_key: () =>
    ValidationError.field(['username'], 'USERNAME_TAKEN', '该登录名已被使用。'),
  unions_code_key: () =>
    ValidationError.field(['code'], 'UNION_CODE_TAKEN', '该工会代码已被使用。'),
  report_periods_pkey: () =>
    ValidationError.field(['code'], 'REPORT_PERIOD_CODE_TAKEN', '该期间代码已存在，请换一个。'),
  report_submissions_union_period: () =>
    ValidationError.field(
      ['period'],
      'REPORT_ALREADY_SUBMITTED',
      '本工会该期间的报告刚刚已经报送，本次未写入；请刷新后查看，截止日期前可重新报送。',
    ),
  archives_live_id_number: () =>
    ValidationError.field(
      ['idNumber'],
      'ID_NUMBER_HAS_LIVE_ARCHIVE',
      '该身份证号已有在档档案，一人只能有一份在档档案。',
    ),
  // Two people correcting the same ledger entry at once: the first correction stands.
  ledger_entries_reverses: () =>
    ValidationError.field(
      ['entryId'],
      'LEDGER_ENTRY_ALREADY_CORRECTED',
      '该台账记录刚刚已被更正，本次未写入；请刷新后查看。',
    ),
  ledger_entries_replaces: () =>
    ValidationError.field(
      ['entryId'],
      'LEDGER_ENTRY_ALREADY_CORRECTED',
      '该台账记录刚刚已被更正，本次未写入；请刷新后查看。',
    ),
  dictionary_entries_pkey: () =>
    ValidationError.field(['code'], 'DICTIONARY_CODE_TAKEN', '该代码已被使用，请换一个代码。'),
};

/** Runs `work` in one transaction (a savepoint when `db` is already one). */
export async function inTransaction<T>(
  db: Database,
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  // Inside a transaction only the outermost one can start again from scratch.
  const attempts = is(db, PgAsyncTransaction) ? 1 : TRANSACTION_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => await work(tx));
    } catch (error) {
      const code = postgresError(error)?.code;
      if (code && RETRYABLE.has(code)) {
        if (attempt < attempts) continue;
        if (attempts > 1)
          throw new Conflict('数据正被他人同时修改，本次未写入任何内容；请稍后重试。');
      }
      throw uniqueKeyRefusal(error) ?? error;
    }
  }
}

interface PostgresError {
  code: string;
  /** postgres.js names it `constraint_name`, PGlite `constraint`. */
  constraint_name?: string;
  constraint?: string;
}

/** PostgreSQL's own error behind a driver's or Drizzle's wrapping, if there is one. */
export function postgresError(error: unknown): PostgresError | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as PostgresError;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** The unique key a statement collided with (23505), or null. */
export function violatedUniqueKey(error: unknown): string | null {
  const pg = postgresError(error);
  if (pg?.code !== '23505') return null;
  return pg.constraint_name ?? pg.constraint ?? null;
}

/** The refusal a lost unique-key race means, or null when it is none we know of. */
export function uniqueKeyRefusal(error: unknown): ValidationError | null {
  const key = violatedUniqueKey(error);
  return key ? (UNIQUE_KEY_REFUSALS[key]?.() ?? null) : null;
}
