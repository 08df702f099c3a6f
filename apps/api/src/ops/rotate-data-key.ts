import { normalizeIdNumber } from '@bangfu/domain';
import { asc, eq, gt } from 'drizzle-orm';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { archiveHistory, archiveMembers, archives } from '../db/schema/index.js';

/*
 * Re-encrypts every sealed number (ID and bank-card numbers of archives and household members,
 * and the sealed values inside history snapshots) from the old data key to the new one, and
 * recomputes the lookup hashes. In batches, each in its own transaction: an interrupted run is
 * simply started again — values that already open with the new key are left as they are.
 */

export interface RotationProgress {
  table: string;
  done: number;
  rewritten: number;
}

export interface RotationOptions {
  batch?: number;
  onProgress?: (progress: RotationProgress) => void;
}

/** The plain value of a sealed one, and whether it must be re-sealed (false: done already). */
function reopen(sealed: Uint8Array, from: Sealer, to: Sealer): { plain: string; stale: boolean } {
  try {
    return { plain: to.open(sealed), stale: false };
  } catch {
    return { plain: from.open(sealed), stale: true };
  }
}

const hashOf = (sealer: Sealer, idNumber: string) => sealer.lookupHash(normalizeIdNumber(idNumber));

type Table = {
  name: string;
  /** One batch after the key `after`: returns the last key, or null when there is no more. */
  batch(
    db: Database,
    after: unknown,
    size: number,
  ): Promise<{ last: unknown; rewritten: number; count: number } | null>;
};

export async function rotateDataKey(
  db: Database,
  from: Sealer,
  to: Sealer,
  options: RotationOptions = {},
): Promise<Record<string, number>> {
  const size = options.batch ?? 500;
  const tables: Table[] = [
    {
      name: 'archives',
      async batch(tx, after, n) {
        const rows = await tx
          .select({ id: archives.id, id_: archives.idNumberCipher, bank: archives.bankCardCipher })
          .from(archives)
          .where(after ? gt(archives.id, after as string) : undefined)
          .orderBy(asc(archives.id))
          .limit(n);
        let rewritten = 0;
        for (const row of rows) {
          const id = reopen(row.id_, from, to);
          const bank = row.bank ? reopen(row.bank, from, to) : null;
          if (!id.stale && !bank?.stale) continue;
          rewritten++;
          await tx
            .update(archives)
            .set({
              idNumberCipher: id.stale ? to.seal(id.plain) : Buffer.from(row.id_),
              idNumberHash: hashOf(to, id.plain),
              ...(bank?.stale ? { bankCardCipher: to.seal(bank.plain) } : {}),
            })
            .where(eq(archives.id, row.id));
        }
        return rows.length ? { last: rows.at(-1)!.id, rewritten, count: rows.length } : null;
      },
    },
    {
      name: 'archive_members',
      async batch(tx, after, n) {
        const rows = await tx
          .select({ id: archiveMembers.id, cipher: archiveMembers.idNumberCipher })
          .from(archiveMembers)
          .where(after ? gt(archiveMembers.id, after as never) : undefined)
          .orderBy(asc(archiveMembers.id))
          .limit(n);
        let rewritten = 0;
        for (const row of rows) {
          if (!row.cipher) continue;
          const id = reopen(row.cipher, from, to);
          if (!id.stale) continue;
          rewritten++;
          await tx
            .update(archiveMembers)
            .set({ idNumberCipher: to.seal(id.plain), idNumberHash: hashOf(to, id.plain) })
            .where(eq(archiveMembers.id, row.id));
        }
        return rows.length ? { last: rows.at(-1)!.id, rewritten, count: rows.length } : null;
      },
    },
    {
      name: 'archive_history',
      async batch(tx, after, n) {
        const rows = await tx
          .select({ id: archiveHistory.id, snapshot: archiveHistory.snapshot })
          .from(archiveHistory)
          .where(after ? gt(archiveHistory.id, after as number) : undefined)
          .orderBy(asc(archiveHistory.id))
          .limit(n);
        let rewritten = 0;
        for (const row of rows) {
          const snapshot = resealSnapshot(row.snapshot as Record<string, unknown>, from, to);
          if (!snapshot) continue;
          rewritten++;
          await tx.update(archiveHistory).set({ snapshot }).where(eq(archiveHistory.id, row.id));
        }
        return rows.length ? { last: rows.at(-1)!.id, rewritten, count: rows.length } : null;
      },
    },
  ];
  const totals: Record<string, number> = {};
  for (const table of tables) {
    let after: unknown = null;
    let done = 0;
    totals[table.name] = 0;
    for (;;) {
      const result = await inTransaction(db, async (tx) => await table.batch(tx, after, size));
      if (!result) break;
      after = result.last;
      done += result.count;
      totals[table.name]! += result.rewritten;
      options.onProgress?.({ table: table.name, done, rewritten: totals[table.name]! });
    }
  }
  return totals;
}

/** The snapshot with its sealed values (base64) under the new key; null when nothing changed. */
function resealSnapshot(snapshot: Record<string, unknown>, from: Sealer, to: Sealer) {
  let changed = false;
  const reseal = (value: unknown) => {
    if (typeof value !== 'string' || !value) return value;
    const { plain, stale } = reopen(Buffer.from(value, 'base64'), from, to);
    if (!stale) return value;
    changed = true;
    return to.seal(plain).toString('base64');
  };
  const members = Array.isArray(snapshot.members)
    ? snapshot.members.map((m: Record<string, unknown>) => ({ ...m, idNumber: reseal(m.idNumber) }))
    : snapshot.members;
  const next = {
    ...snapshot,
    idNumber: reseal(snapshot.idNumber),
    bankCardNumber: reseal(snapshot.bankCardNumber),
    members,
  };
  return changed ? next : null;
}
