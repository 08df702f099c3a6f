import { sql } from 'drizzle-orm';
import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns most tables share: a random id (ids reveal nothing about volume or order) and timestamps. */
export const id = () => uuid().primaryKey().defaultRandom();
// Millisecond precision, as JavaScript holds them: a keyset cursor carries the exact value it read.
export const createdAt = () =>
  timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp({ withTimezone: true, precision: 3 })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
/** Optimistic concurrency: every update names the version it read; a stale one is refused. */
export const version = () => integer().notNull().default(1);

/** Check constraint helper: a text column limited to fixed codes. */
export const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`);
