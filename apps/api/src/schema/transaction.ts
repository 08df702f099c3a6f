import type { Context } from './context.js';

/**
 * Runs a mutation's writes in one transaction: a failure anywhere rolls everything back, so a
 * rejected or failed request never leaves half a record.
 */
export async function inTransaction<T>(
  ctx: Context,
  work: (tx: Context) => Promise<T>,
): Promise<T> {
  return await ctx.db.transaction(
    async (db) => await work({ ...ctx, db: db as unknown as Context['db'] }),
  );
}
