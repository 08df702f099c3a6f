import { DEFAULT_DICTIONARIES } from '@bangfu/domain';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password.js';
import type { Database } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { dictionaryEntries, unions, users } from '../db/schema/index.js';
import { insertUnion } from '../unions/store.js';

export const PROVINCE = { code: '410000', name: '河南省总工会', regionCode: '410000' } as const;

/**
 * Makes a database usable: the dictionaries' shipped entries (new ones added, edited ones left
 * alone), and on an empty database the province union and its `admin` user (CONTRACT).
 * Idempotent: runs at every start.
 */
export async function bootstrap(
  db: Database,
  options: { adminPassword: string | undefined },
): Promise<void> {
  const entries = Object.values(DEFAULT_DICTIONARIES).flatMap((d) =>
    d.entries.map((e, i) => ({
      dictionary: d.name,
      code: e.code,
      label: e.label,
      labelEn: e.labelEn,
      sortOrder: (i + 1) * 10,
      builtin: true,
    })),
  );
  await db.insert(dictionaryEntries).values(entries).onConflictDoNothing();

  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(unions);
  if ((existing?.n ?? 0) > 0) return;
  if (!options.adminPassword) {
    throw new Error(
      'BANGFU_ADMIN_PASSWORD is required to create the first administrator (outside demo mode).',
    );
  }
  await inTransaction(db, async (tx) => {
    const province = await insertUnion(
      tx,
      { ...PROVINCE, level: 'PROVINCE', establishmentDueOn: '2016-10-31' },
      null,
    );
    await tx.insert(users).values({
      username: 'admin',
      name: '省总工会管理员',
      passwordHash: await hashPassword(options.adminPassword!),
      role: 'PROVINCE_ADMIN',
      unionId: province.id,
    });
  });
}
