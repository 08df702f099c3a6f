import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { users } from '../db/schema/index.js';
import { inTransaction } from '../db/transaction.js';
import {
  InvalidCredentials,
  SignInThrottled,
  ValidationError,
  type FieldError,
} from '../errors.js';
import { claimCheck, recordSuccess, type AttemptKeys } from './attempts.js';
import { DUMMY_HASH_PROMISE, checkPassword, hashPassword, verifyPassword } from './password.js';
import { createSession, revokeUserSessions, type Viewer } from './sessions.js';

/*
 * Signing in and changing one's own password (docs/architecture.md, "Sign-in"). Both guess a
 * password, so both are throttled by the attempts counted in the database, never by a hard lock.
 */

export interface SignedIn {
  token: string;
  expiresAt: Date;
  userId: string;
  mustChangePassword: boolean;
}

/** Checks the password and opens a session; wrong, unknown and disabled answer alike. */
export async function signIn(db: Database, who: AttemptKeys, password: string): Promise<SignedIn> {
  const claim = await claimCheck(db, who);
  if (!claim.allowed) throw new SignInThrottled(claim.retryAfterSeconds);
  const [user] = await db.select().from(users).where(eq(users.username, who.username)).limit(1);
  // Verify against a dummy hash for unknown users, so timing does not tell which usernames exist.
  const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH_PROMISE), password);
  if (!user || !ok || user.disabled) throw new InvalidCredentials();
  await recordSuccess(db, who);
  const session = await createSession(db, user.id);
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return { ...session, userId: user.id, mustChangePassword: user.mustChangePassword };
}

/** The viewer's own new password; every other session of theirs ends. */
export async function changeOwnPassword(
  db: Database,
  viewer: Viewer,
  address: string,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const errors: FieldError[] = [];
  checkPassword(newPassword, viewer.username, errors);
  if (errors[0]) errors[0].path = ['newPassword'];
  if (newPassword === currentPassword)
    errors.push({
      path: ['newPassword'],
      code: 'PASSWORD_UNCHANGED',
      message: '新密码不能与当前密码相同。',
    });
  const who = { username: viewer.username, address };
  const claim = await claimCheck(db, who);
  if (!claim.allowed) throw new SignInThrottled(claim.retryAfterSeconds);
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, viewer.id));
  if (!(await verifyPassword(row!.passwordHash, currentPassword)))
    errors.unshift({
      path: ['currentPassword'],
      code: 'CURRENT_PASSWORD_WRONG',
      message: '当前密码不正确。',
    });
  else await recordSuccess(db, who);
  if (errors.length) throw new ValidationError(errors[0]!.message, errors);
  await inTransaction(db, async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: false })
      .where(eq(users.id, viewer.id));
    await revokeUserSessions(tx, viewer.id, viewer.sessionId);
  });
}
