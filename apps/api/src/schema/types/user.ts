import { PASSWORD_MIN_LENGTH, ROLES } from '@bangfu/domain';
import { sql } from 'drizzle-orm';
import { inSubtree, subtreePattern } from '../../auth/scope.js';
import type { users } from '../../db/schema/index.js';
import { countUsers, createUser, updateUser, usersInView } from '../../users/service.js';
import { ADMINS_ONLY, builder, SIGNED_IN } from '../builder.js';
import { idOrNothing } from '../ids.js';
import { describedOrders, describedValues } from '../enum-values.js';
import type { Context } from '../context.js';

export const RoleEnum = builder.enumType('Role', {
  description: '角色。Role.',
  values: describedValues(ROLES),
});

/** Read with the user (drizzle `extras`), so masking costs no statement. */
const unionPath = (u: typeof users) =>
  sql<string>`(select path from unions where unions.id = ${u.unionId})`;

/**
 * A user reached from a history row, a report or a reveal log may belong to a union above or
 * beside the viewer: the name and role stay (who did it), their contacts and sign-ins do not.
 * Who signs in sees their own. Analysts see no staff contacts.
 */
function visible(ctx: Context, u: { id: string; unionPath: string }): boolean {
  if (!ctx.user) return true; // the login payload: the user signing in
  if (ctx.user.id === u.id) return true;
  return ctx.user.role !== 'ANALYST' && inSubtree(ctx.user, u.unionPath);
}

export const User = builder.drizzleObject('users', {
  name: 'User',
  description: '系统用户，属于一个工会。A user, belonging to one union.',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号（UUID）。Identifier (UUID).' }),
    username: t.exposeString('username', { description: '登录名。Username.' }),
    name: t.exposeString('name', { description: '姓名。Full name.' }),
    role: t.expose('role', { type: RoleEnum, description: '角色。Role.' }),
    post: t.string({
      nullable: true,
      description: '职务；范围外或统计分析员为 null。Post; null outside your subtree.',
      select: { extras: { unionPath } },
      resolve: (u, _a, ctx) => (visible(ctx, u) ? u.post : null),
    }),
    phone: t.string({
      nullable: true,
      description: '联系电话；范围外或统计分析员为 null。Phone; null outside your subtree.',
      select: { extras: { unionPath } },
      resolve: (u, _a, ctx) => (visible(ctx, u) ? u.phone : null),
    }),
    disabled: t.exposeBoolean('disabled', { description: '已停用。Disabled.' }),
    mustChangePassword: t.boolean({
      nullable: true,
      description:
        '密码由管理员设定，须在首次登录时修改；范围外为 null。Must change the issued password; null outside your subtree.',
      select: { extras: { unionPath } },
      resolve: (u, _a, ctx) => (visible(ctx, u) ? u.mustChangePassword : null),
    }),
    lastLoginAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: '最近登录；范围外为 null。Last sign-in; null outside your subtree.',
      select: { extras: { unionPath } },
      resolve: (u, _a, ctx) => (visible(ctx, u) ? u.lastLoginAt : null),
    }),
    version: t.exposeInt('version', { description: '版本号。Version for updates.' }),
    union: t.relation('union', {
      nullable: true,
      description:
        '所属工会；不在你的范围内时为 null（如档案历史中的上级工会用户）。The union; null outside your subtree.',
      // At sign-in there is no viewer yet: the payload's user is the one signing in, whose union is theirs.
      query: (_args, ctx: Context) =>
        ctx.user ? { where: { path: { like: subtreePattern(ctx.user.unionPath) } } } : {},
    }),
  }),
});

const USER_ORDERS = {
  USERNAME_ASC: {
    description: '按登录名（默认）。By username (default).',
    orderBy: { username: 'asc' },
  },
  NAME_ASC: { description: '按姓名。By name.', orderBy: { name: 'asc' } },
  LAST_LOGIN_DESC: {
    description: '最近登录在前。Most recent sign-in first.',
    orderBy: { lastLoginAt: 'desc' },
  },
} as const;

const UserOrder = builder.enumType('UserOrder', {
  description: '用户排序。User ordering.',
  values: describedOrders(USER_ORDERS),
});

// Analysts see only themselves (me); users are created and edited at the province and the cities.
const USER_MANAGERS = { role: ['PROVINCE_ADMIN' as const, 'CITY_ADMIN' as const] };

builder.queryFields((t) => ({
  me: t.withAuth(SIGNED_IN).drizzleField({
    type: 'users',
    description: '当前登录的用户。The signed-in user.',
    resolve: async (query, _root, _args, ctx) =>
      (await ctx.db.query.users.findFirst(query({ where: { id: ctx.user.id } })))!,
  }),
  user: t.withAuth(ADMINS_ONLY).drizzleField({
    type: 'users',
    nullable: true,
    description: '按 ID 读取用户；范围外为 null。A user by id; null outside your subtree.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) =>
      (await ctx.db.query.users.findFirst(
        query({
          where: {
            id: idOrNothing(args.id),
            union: { path: { like: subtreePattern(ctx.user.unionPath) } },
          },
        }),
      )) ?? null,
  }),
  users: t.withAuth(ADMINS_ONLY).drizzleConnection({
    type: 'users',
    description: '你的范围内的用户。Users in your subtree.',
    args: {
      unionId: t.arg.id({
        description: '该工会及其全部下级的用户。Users of this union and its whole subtree.',
      }),
      orderBy: t.arg({
        type: UserOrder,
        description: '排序，默认按登录名。Ordering, by username by default.',
      }),
      search: t.arg.string({ description: '登录名或姓名包含。Username or name contains.' }),
    },
    totalCount: async (_parent, args, ctx) => await countUsers(ctx.db, ctx.user, listFilter(args)),
    resolve: async (query, _root, args, ctx) =>
      await ctx.db.query.users.findMany(
        query({
          where: { RAW: usersInView(ctx.user, listFilter(args)) },
          orderBy: USER_ORDERS[args.orderBy ?? 'USERNAME_ASC'].orderBy,
        }),
      ),
  }),
}));

const CreateUserInput = builder.inputType('CreateUserInput', {
  description: '新用户。A new user.',
  fields: (t) => ({
    username: t.string({
      required: true,
      description: '登录名（小写字母、数字、. _ -）。Username.',
    }),
    name: t.string({ required: true, description: '姓名。Full name.' }),
    password: t.string({
      required: true,
      description: `初始密码（至少 ${PASSWORD_MIN_LENGTH} 位，不能是常见密码或包含登录名）；首次登录须修改。Initial password; changed at first sign-in.`,
    }),
    role: t.field({ type: RoleEnum, required: true, description: '角色。Role.' }),
    unionId: t.id({ required: true, description: '所属工会。Union.' }),
    post: t.string({ description: '职务。Post.' }),
    phone: t.string({ description: '联系电话。Phone.' }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  description: '修改用户；未给出的字段保持不变。Fields left out stay as they are.',
  fields: (t) => ({
    name: t.string({ description: '姓名。Full name.' }),
    password: t.string({
      description:
        '重设密码；该用户的所有登录失效，下次登录须修改。Reset the password; signs the user out, who must change it at next sign-in.',
    }),
    role: t.field({ type: RoleEnum, description: '角色。Role.' }),
    unionId: t.id({ description: '所属工会。Union.' }),
    post: t.string({ description: '职务。Post.' }),
    phone: t.string({ description: '联系电话。Phone.' }),
    disabled: t.boolean({ description: '停用（立即退出登录）。Disable (signs out at once).' }),
  }),
});

/** The list's arguments as the service's filter; a malformed union id names nothing. */
const listFilter = (args: { unionId?: string | number | null; search?: string | null }) => ({
  unionId: args.unionId ? idOrNothing(args.unionId) : null,
  search: args.search ?? null,
});

builder.mutationFields((t) => ({
  createUser: t.withAuth(USER_MANAGERS).drizzleField({
    type: 'users',
    description: '新建用户（管理员，在其范围内）。Create a user inside your subtree.',
    errors: {},
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createUser(ctx.db, ctx.user, {
        ...input,
        unionId: idOrNothing(input.unionId),
      });
      return (await ctx.db.query.users.findFirst(query({ where: { id } })))!;
    },
  }),
  updateUser: t.withAuth(USER_MANAGERS).drizzleField({
    type: 'users',
    description: '修改用户（管理员，在其范围内）。Update a user inside your subtree.',
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true, description: '读取时的版本号。Version you read.' }),
      input: t.arg({ type: UpdateUserInput, required: true }),
    },
    resolve: async (query, _root, { id, version, input }, ctx) => {
      await updateUser(ctx.db, ctx.user, idOrNothing(id), version, {
        ...input,
        unionId: input.unionId ? idOrNothing(input.unionId) : null,
      });
      return (await ctx.db.query.users.findFirst(query({ where: { id: idOrNothing(id) } })))!;
    },
  }),
}));
