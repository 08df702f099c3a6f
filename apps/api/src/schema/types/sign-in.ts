import { eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { claimCheck, recordSuccess } from '../../auth/attempts.js';
import { DUMMY_HASH_PROMISE, verifyPassword } from '../../auth/password.js';
import { createSession, revokeSession } from '../../auth/sessions.js';
import { users } from '../../db/schema/index.js';
import { SignInThrottled } from '../../errors.js';
import { builder } from '../builder.js';
import { requireViewer } from '../viewer.js';

interface LoginResult {
  token: string;
  expiresAt: Date;
  userId: string;
  mustChangePassword: boolean;
}

const LoginPayload = builder.objectRef<LoginResult>('LoginPayload').implement({
  description: '登录结果。Sign-in result.',
  fields: (t) => ({
    token: t.exposeString('token', {
      description:
        '令牌：以 Authorization: Bearer <token> 发送。Send as Authorization: Bearer <token>.',
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: '最迟过期时间（闲置更早失效）。Latest expiry (idle sessions end sooner).',
    }),
    mustChangePassword: t.exposeBoolean('mustChangePassword', {
      description:
        '密码由管理员设定，须先用 changePassword 修改（控制台会要求）。The password was issued: change it first.',
    }),
    user: t.drizzleField({
      type: 'users',
      description: '登录的用户。The signed-in user.',
      resolve: async (query, payload, _args, ctx) =>
        (await ctx.db.query.users.findFirst(query({ where: { id: payload.userId } })))!,
    }),
  }),
});

const INVALID_LOGIN = '用户名或密码错误。Wrong username or password.';

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    description:
      '登录，取得令牌。失败过多时须等待 retryAfter 秒（SIGN_IN_THROTTLED）。Sign in and get a bearer token.',
    skipTypeScopes: true,
    args: {
      username: t.arg.string({ required: true, description: '登录名。Username.' }),
      password: t.arg.string({ required: true, description: '密码。Password.' }),
    },
    resolve: async (_root, { username, password }, ctx) => {
      const who = { username: username.trim().toLowerCase(), address: ctx.clientAddress };
      const claim = await claimCheck(ctx.db, who);
      if (!claim.allowed) throw new SignInThrottled(claim.retryAfterSeconds);
      const [user] = await ctx.db
        .select()
        .from(users)
        .where(eq(users.username, who.username))
        .limit(1);
      // Verify against a dummy hash for unknown users, so timing does not tell which usernames exist.
      const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH_PROMISE), password);
      if (!user || !ok || user.disabled)
        throw new GraphQLError(INVALID_LOGIN, { extensions: { code: 'INVALID_CREDENTIALS' } });
      await recordSuccess(ctx.db, who);
      const session = await createSession(ctx.db, user.id);
      await ctx.db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
      return { ...session, userId: user.id, mustChangePassword: user.mustChangePassword };
    },
  }),
  logout: t.boolean({
    description: '退出登录，令牌立即失效。Sign out; the token stops working at once.',
    resolve: async (_root, _args, ctx) => {
      await revokeSession(ctx.db, requireViewer(ctx).sessionId);
      return true;
    },
  }),
}));
