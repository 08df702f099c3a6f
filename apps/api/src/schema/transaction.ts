import { inTransaction as inDatabaseTransaction } from '../db/transaction.js';
import type { Context } from './context.js';

/**
 * Runs a mutation's writes in one transaction, through the services' transaction helper
 * (src/db/transaction.ts): the resolver's context with the transaction as its database.
 */
export async function inTransaction<T>(
  ctx: Context,
  work: (tx: Context) => Promise<T>,
): Promise<T> {
  return await inDatabaseTransaction(ctx.db, async (db) => await work({ ...ctx, db }));
}
