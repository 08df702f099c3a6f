import { signIn } from '../../auth/sign-in.js';
import { revokeSession } from '../../auth/sessions.js';
import { builder, SIGNED_IN } from '../builder.js';

interface LoginResult {
  token: string | null;
  expiresAt: Date;
  userId: string;
  mustChangePassword: boolean;
}

const LoginPayload = builder.objectRef<LoginResult>('LoginPayload').implement({
  description: '登录结果。Sign-in result.',
  fields: (t) => ({
    token: t.exposeString('token', {
      nullable: true,
      description:
        '令牌：以 Authorization: Bearer <token> 发送；控制台（x-bangfu-session: cookie）的令牌只在 HttpOnly Cookie 中，此处为 null。Send as Authorization: Bearer <token>; null for the console, whose token is in an HttpOnly cookie.',
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
      const session = await signIn(ctx.db, who, password);
      // The console's token goes where its page scripts cannot read it.
      const inCookie = ctx.sessionCookie.wanted;
      if (inCookie) ctx.sessionCookie.set(session.token);
      return { ...session, token: inCookie ? null : session.token };
    },
  }),
  logout: t.withAuth(SIGNED_IN).boolean({
    description: '退出登录，令牌立即失效。Sign out; the token stops working at once.',
    resolve: async (_root, _args, ctx) => {
      await revokeSession(ctx.db, ctx.user.sessionId);
      ctx.sessionCookie.set(null);
      return true;
    },
  }),
}));
