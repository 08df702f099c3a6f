import { and, asc, eq, like, or } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import { subtreePattern } from '../auth/scope.js';
import type { Database } from '../db/client.js';
import { unions } from '../db/schema/index.js';
import type { UnionRow } from './compute.js';

/**
 * The union statistics are asked for and its children, in one statement, both limited to the
 * viewer's subtree: null when the union is not there (or does not exist — the same answer, so
 * that ids outside one's subtree reveal nothing).
 */
export async function statisticsScope(
  db: Database,
  viewer: Viewer,
  unionId: string,
): Promise<{ scope: UnionRow; children: UnionRow[] } | null> {
  const rows = await db
    .select()
    .from(unions)
    .where(
      and(
        or(eq(unions.id, unionId), eq(unions.parentId, unionId)),
        like(unions.path, subtreePattern(viewer.unionPath)),
      ),
    )
    .orderBy(asc(unions.code));
  const scope = rows.find((u) => u.id === unionId);
  return scope ? { scope, children: rows.filter((u) => u.id !== unionId) } : null;
}
