import { formatErrorMessage } from '@bangfu/domain';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { archives, attachments, unions } from '../db/schema/index.js';
import { QuotaExceeded } from '../errors.js';

const MB = 1024 * 1024;
const inMb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/**
 * Refuses a file that would take the union's stored attachments past its quota. Call inside the
 * transaction that stores the file: the union's row stays locked until it ends, so two uploads for
 * one union are counted one after the other and cannot both slip under the limit. Removed files
 * count — their bytes are kept as evidence.
 */
export async function requireQuota(
  db: Database,
  unionId: string,
  size: number,
  quotaMb: number,
): Promise<void> {
  await db
    .select({ id: unions.id })
    .from(unions)
    .where(eq(unions.id, unionId))
    .for('no key update');
  const [stored] = await db
    .select({ used: sql<string>`coalesce(sum(${attachments.size}), 0)` })
    .from(attachments)
    .innerJoin(archives, eq(archives.id, attachments.archiveId))
    .where(eq(archives.unionId, unionId));
  const used = Number(stored?.used ?? 0);
  if (used + size <= quotaMb * MB) return;
  throw new QuotaExceeded(
    formatErrorMessage('ATTACHMENT_QUOTA_EXCEEDED', {
      used: inMb(used),
      quota: inMb(quotaMb * MB),
      size: inMb(size),
    }),
  );
}
