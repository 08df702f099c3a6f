import { ROLES } from '@bangfu/domain';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { checkPassword, hashPassword } from '../auth/password.js';
import { ROLE_LEVELS, type Role } from '../auth/roles.js';
import { canManageUsersIn, subtreePattern } from '../auth/scope.js';
import { revokeUserSessions, type Viewer } from '../auth/sessions.js';
import type { Database } from '../db/client.js';
import { unions, users } from '../db/schema/index.js';
import { inTransaction } from '../db/transaction.js';
import { visibleUnion } from '../unions/service.js';
import { Forbidden, ValidationError, type FieldError } from '../errors.js';

/*
 * Staff accounts (docs/domain.md, "Roles"): who sees which users, who may create and change them.
 * The province and city admins manage the users of their subtree; nobody issues a role above
 * their own or at a level it does not belong to. Ids arrive already checked as UUIDs (or a UUID
 * that names nothing), so a malformed id simply finds nothing.
 */

export interface UserListFilter {
  /** Only this union and its whole subtree. */
  unionId?: string | null;
  /** Username or name contains. */
  search?: string | null;
}

/**
 * The users a viewer may list, as one condition on the users table: the page and its
 * `totalCount` both use it, so they cannot drift apart (they once did).
 */
export function usersInView(viewer: Viewer, filter: UserListFilter) {
  return (u: typeof users): SQL =>
    and(
      sql`${u.unionId} in (select id from unions where path like ${subtreePattern(viewer.unionPath)}${
        filter.unionId
          ? sql` and path like (select path || '%' from unions where id = ${filter.unionId})`
          : sql``
      })`,
      filter.search
        ? sql`(${u.username} like ${`%${filter.search}%`} or ${u.name} like ${`%${filter.search}%`})`
        : undefined,
    )!;
}

export async function countUsers(db: Database, viewer: Viewer, filter: UserListFilter) {
  return await db.$count(users, usersInView(viewer, filter)(users));
}

function fail(errors: FieldError[]): void {
  if (errors.length) throw new ValidationError(errors[0]!.message, errors);
}

async function unionForUser(db: Database, viewer: Viewer, unionId: string, errors: FieldError[]) {
  const union = await visibleUnion(db, viewer, unionId);
  if (!union) {
    errors.push({
      path: ['unionId'],
      code: 'UNION_NOT_FOUND',
      message: '找不到该工会，或不在你的管理范围内。',
    });
    return null;
  }
  if (!canManageUsersIn(viewer, union.path)) throw new Forbidden();
  return union;
}

function checkRoleFits(role: Role, level: string, viewerRole: Role, errors: FieldError[]) {
  if (!ROLE_LEVELS[role].includes(level))
    errors.push({
      path: ['role'],
      code: 'ROLE_NOT_FOR_LEVEL',
      message: `${ROLES[role].label}不能设在该层级的工会。`,
    });
  if (role === 'PROVINCE_ADMIN' && viewerRole !== 'PROVINCE_ADMIN')
    errors.push({
      path: ['role'],
      code: 'ROLE_NOT_ALLOWED',
      message: '只有省总工会管理员可以设立省级管理员。',
    });
}

export interface NewUser {
  username: string;
  name: string;
  password: string;
  role: Role;
  unionId: string;
  post?: string | null;
  phone?: string | null;
}

/** Creates a user whose issued password must be changed at first sign-in; returns the id. */
export async function createUser(db: Database, viewer: Viewer, input: NewUser): Promise<string> {
  const errors: FieldError[] = [];
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{1,39}$/.test(username))
    errors.push({
      path: ['username'],
      code: 'USERNAME_FORMAT',
      message: '登录名只能用小写字母、数字和 . _ -，2–40 位。',
    });
  if (!input.name.trim())
    errors.push({ path: ['name'], code: 'NAME_REQUIRED', message: '请填写姓名。' });
  checkPassword(input.password, username, errors);
  return await inTransaction(db, async (tx) => {
    const union = await unionForUser(tx, viewer, input.unionId, errors);
    if (union) checkRoleFits(input.role, union.level, viewer.role, errors);
    const taken = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, username))
      .limit(1);
    if (taken.length)
      errors.push({ path: ['username'], code: 'USERNAME_TAKEN', message: '该登录名已被使用。' });
    fail(errors);
    const [created] = await tx
      .insert(users)
      .values({
        username,
        name: input.name.trim(),
        passwordHash: await hashPassword(input.password),
        role: input.role,
        unionId: union!.id,
        post: input.post ?? null,
        phone: input.phone ?? null,
        mustChangePassword: true,
      })
      .returning({ id: users.id });
    return created!.id;
  });
}

export interface UserChange {
  name?: string | null;
  password?: string | null;
  role?: Role | null;
  unionId?: string | null;
  post?: string | null;
  phone?: string | null;
  disabled?: boolean | null;
}

/**
 * Changes a user read at `version`. A new password, role or union, or disabling, ends the
 * user's sessions: old sessions must not keep old powers.
 */
export async function updateUser(
  db: Database,
  viewer: Viewer,
  id: string,
  version: number,
  input: UserChange,
): Promise<void> {
  const errors: FieldError[] = [];
  await inTransaction(db, async (tx) => {
    const [current] = await tx
      .select({ user: users, path: unions.path, level: unions.level })
      .from(users)
      .innerJoin(unions, eq(unions.id, users.unionId))
      .where(eq(users.id, id))
      .limit(1);
    if (!current || !canManageUsersIn(viewer, current.path)) throw new Forbidden();
    if (
      current.user.id === viewer.id &&
      (input.disabled || (input.role && input.role !== viewer.role))
    )
      errors.push({
        path: ['role'],
        code: 'CANNOT_DEMOTE_SELF',
        message: '不能停用自己或修改自己的角色。',
      });
    let level = current.level;
    if (input.unionId) {
      const union = await unionForUser(tx, viewer, input.unionId, errors);
      if (union) level = union.level;
    }
    checkRoleFits(input.role ?? current.user.role, level, viewer.role, errors);
    if (input.password != null) checkPassword(input.password, current.user.username, errors);
    if (input.name != null && !input.name.trim())
      errors.push({ path: ['name'], code: 'NAME_REQUIRED', message: '请填写姓名。' });
    fail(errors);
    const updated = await tx
      .update(users)
      .set({
        ...(input.name != null ? { name: input.name.trim() } : {}),
        ...(input.role ? { role: input.role } : {}),
        ...(input.unionId ? { unionId: input.unionId } : {}),
        ...(input.post !== undefined ? { post: input.post } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.disabled != null ? { disabled: input.disabled } : {}),
        ...(input.password != null
          ? {
              passwordHash: await hashPassword(input.password),
              // Issued by an admin: the owner chooses their own at the next sign-in.
              mustChangePassword: current.user.id !== viewer.id,
            }
          : {}),
        version: current.user.version + 1,
      })
      .where(and(eq(users.id, current.user.id), eq(users.version, version)))
      .returning({ id: users.id });
    if (!updated.length)
      throw ValidationError.field(
        ['version'],
        'VERSION_CONFLICT',
        '该用户已被他人修改，请刷新后再保存。',
      );
    if (input.password != null || input.disabled || input.role || input.unionId)
      await revokeUserSessions(tx, current.user.id);
  });
}
