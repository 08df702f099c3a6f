import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/client.js';
import { TRANSACTION_ATTEMPTS, inTransaction } from '../src/db/transaction.js';
import { Conflict, ValidationError } from '../src/errors.js';
import { openTestDatabase, testDatabaseKind } from './support/database.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await handle.db.execute(sql`create table counters (id int primary key, n int not null)`);
  await handle.db.execute(sql`insert into counters values (1, 0), (2, 0)`);
});
afterAll(() => handle?.close());

const count = async (query: ReturnType<typeof sql>) =>
  (await handle.db.execute<{ n: number }>(query, 'objects'))[0]!.n;

/** Resolves once `parties` callers have arrived. */
function barrier(parties: number) {
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return () => {
    if (++arrived === parties) release();
    return all;
  };
}

describe('the transaction helper', () => {
  it('answers a lost unique key with the refusal it means, and writes nothing', async () => {
    const error = await inTransaction(handle.db, async (tx) => {
      await tx.execute(sql`insert into counters values (9, 0)`);
      await tx.execute(sql`insert into users (username, name, password_hash, role, union_id)
        select 'admin', '重名', 'x', role, union_id from users where username = 'admin'`);
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual([
      { path: ['username'], code: 'USERNAME_TAKEN', message: '该登录名已被使用。' },
    ]);
    expect(await count(sql`select count(*)::int as n from counters where id = 9`)).toBe(0);
  });

  it('passes other failures through unchanged', async () => {
    const error = await inTransaction(handle.db, async (tx) => {
      await tx.execute(sql`insert into counters values (3, null)`);
    }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ValidationError);
    expect(error).not.toBeInstanceOf(Conflict);
  });

  it(`gives up on a serialization failure after ${TRANSACTION_ATTEMPTS} attempts with VERSION_CONFLICT`, async () => {
    let attempts = 0;
    const error = await inTransaction(handle.db, async (tx) => {
      attempts++;
      await tx.execute(sql`update counters set n = n + 1 where id = 1`);
      // What PostgreSQL raises under SERIALIZABLE when two transactions could not be ordered.
      await tx.execute(sql`do $$ begin raise exception serialization_failure; end $$`);
    }).catch((e: unknown) => e);
    expect(attempts).toBe(TRANSACTION_ATTEMPTS);
    expect(error).toBeInstanceOf(Conflict);
    expect((error as Conflict).code).toBe('VERSION_CONFLICT');
    expect(await count(sql`select n from counters where id = 1`)).toBe(0);
  });

  it('runs the victim of a deadlock again, so both transactions complete', async () => {
    const bothHoldOne = barrier(2);
    let attempts = 0;
    // Each takes one row, then (on its first attempt, once both hold theirs) the other's row.
    const crossing = (first: number, second: number) =>
      inTransaction(handle.db, async (tx) => {
        const attempt = ++attempts;
        await tx.execute(sql`update counters set n = n + 1 where id = ${first}`);
        if (attempt <= 2 && testDatabaseKind() === 'postgres') await bothHoldOne();
        await tx.execute(sql`update counters set n = n + 1 where id = ${second}`);
      });
    await Promise.all([crossing(1, 2), crossing(2, 1)]);
    expect(await count(sql`select sum(n)::int as n from counters`)).toBe(4);
    // PGlite runs one transaction at a time, so only the server deadlocks (and retries once).
    expect(attempts).toBe(testDatabaseKind() === 'postgres' ? 3 : 2);
  });
});
