import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { unions } from '../db/schema/index.js';

export type NewUnion = Omit<
  typeof unions.$inferInsert,
  'id' | 'serial' | 'path' | 'depth' | 'parentId'
>;
export interface PlacedUnion {
  id: string;
  path: string;
  depth: number;
}

/**
 * Inserts a union below `parent` (or as the root) and gives it its materialized path, which ends
 * in the union's own serial number — known only after the insert, hence the second statement.
 */
export async function insertUnion(
  db: Database,
  values: NewUnion,
  parent: PlacedUnion | null,
): Promise<PlacedUnion> {
  const [created] = await db
    .insert(unions)
    .values({
      ...values,
      parentId: parent?.id ?? null,
      path: `pending:${crypto.randomUUID()}`,
      depth: parent ? parent.depth + 1 : 0,
    })
    .returning({ id: unions.id, serial: unions.serial, depth: unions.depth });
  const path = `${parent?.path ?? '/'}${created!.serial}/`;
  await db.update(unions).set({ path }).where(eq(unions.id, created!.id));
  return { id: created!.id, path, depth: created!.depth };
}
