import { inTransaction as inDatabaseTransaction } from '../db/transaction.js';
import type { Context } from './context.js';

/**
 * Runs a mutation's writes in one transaction, through the services' transaction helper
 * (src/db/transaction.ts): the resolver's context (a signed-in one stays signed in) with the
 * transaction as its database.
 */
export async function inTransaction<C extends Context, T>(
  ctx: C,
  work: (tx: C) => Promise<T>,
): Promise<T> {
  return await inDatabaseTransaction(ctx.db, async (db) => await work({ ...ctx, db }));
}
