import { eq } from 'drizzle-orm';
import { claimCheck, recordSuccess } from '../../auth/attempts.js';
import { hashPassword, verifyPassword } from '../../auth/password.js';
import { revokeUserSessions } from '../../auth/sessions.js';
import { users } from '../../db/schema/index.js';
import { SignInThrottled, ValidationError, type FieldError } from '../../errors.js';
import { builder } from '../builder.js';
import { inTransaction } from '../transaction.js';
import { requireViewer } from '../viewer.js';
import { checkPassword } from '../../users/service.js';

builder.mutationFields((t) => ({
  changePassword: t.drizzleField({
    type: 'users',
    description:
      '修改自己的密码（首次登录时必须）；其他登录随之失效。Change your own password (required at first sign-in); your other sessions end.',
    errors: {},
    args: {
      currentPassword: t.arg.string({ required: true, description: '当前密码。Current password.' }),
      newPassword: t.arg.string({ required: true, description: '新密码。New password.' }),
    },
    resolve: async (query, _root, { currentPassword, newPassword }, ctx) => {
      const viewer = requireViewer(ctx);
      const errors: FieldError[] = [];
      checkPassword(newPassword, viewer.username, errors);
      if (errors[0]) errors[0].path = ['newPassword'];
      if (newPassword === currentPassword)
        errors.push({
          path: ['newPassword'],
          code: 'PASSWORD_UNCHANGED',
          message: '新密码不能与当前密码相同。',
        });
      // The current password is guessed like at sign-in, so it is throttled like sign-in.
      const who = { username: viewer.username, address: ctx.clientAddress };
      const claim = await claimCheck(ctx.db, who);
      if (!claim.allowed) throw new SignInThrottled(claim.retryAfterSeconds);
      const [row] = await ctx.db
        .select({ passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.id, viewer.id));
      if (!(await verifyPassword(row!.passwordHash, currentPassword)))
        errors.unshift({
          path: ['currentPassword'],
          code: 'CURRENT_PASSWORD_WRONG',
          message: '当前密码不正确。',
        });
      else await recordSuccess(ctx.db, who);
      if (errors.length) throw new ValidationError(errors[0]!.message, errors);
      await inTransaction(ctx, async (tx) => {
        await tx.db
          .update(users)
          .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: false })
          .where(eq(users.id, viewer.id));
        await revokeUserSessions(tx.db, viewer.id, viewer.sessionId);
      });
      return (await ctx.db.query.users.findFirst(query({ where: { id: viewer.id } })))!;
    },
  }),
}));
