import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { sessions, unions, users } from '../db/schema/index.js';
import type { Role } from './roles.js';

/** Who is asking: the signed-in user with what scoping needs, read once per request. */
export interface Viewer {
  id: string;
  username: string;
  name: string;
  role: Role;
  unionId: string;
  unionPath: string;
  unionLevel: string;
  sessionId: string;
}

/** However active, a session ends this long after sign-in. */
export const SESSION_HOURS = 12;
/** How often `lastSeenAt` is written: at most once a minute, not at every request. */
const TOUCH_EVERY_MS = 60_000;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function createSession(
  db: Database,
  userId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.insert(sessions).values({ tokenHash: tokenHash(token), userId, expiresAt });
  return { token, expiresAt };
}

/**
 * One statement: the session, its user and the user's union — if the session is neither idle
 * past `idleMinutes` nor older than SESSION_HOURS. A second statement, once a minute at most,
 * records that it was used.
 */
export async function viewerForToken(
  db: Database,
  token: string,
  idleMinutes: number,
  now = new Date(),
): Promise<Viewer | null> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      name: users.name,
      role: users.role,
      unionId: users.unionId,
      unionPath: unions.path,
      unionLevel: unions.level,
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(unions, eq(unions.id, users.unionId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash(token)),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        gt(sessions.createdAt, new Date(now.getTime() - SESSION_HOURS * 3600_000)),
        gt(sessions.lastSeenAt, new Date(now.getTime() - idleMinutes * 60_000)),
        eq(users.disabled, false),
      ),
    )
    .limit(1);
  if (!row) return null;
  const { lastSeenAt, ...viewer } = row;
  if (now.getTime() - lastSeenAt.getTime() >= TOUCH_EVERY_MS)
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.sessionId));
  return viewer;
}

export async function revokeSession(db: Database, sessionId: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, sessionId));
}

/** Signs the user out everywhere, except (when given) the session asking. */
export async function revokeUserSessions(
  db: Database,
  userId: string,
  exceptSessionId?: string,
): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined,
      ),
    );
}
