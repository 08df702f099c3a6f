import { changeOwnPassword } from '../../auth/sign-in.js';
import { builder, SIGNED_IN } from '../builder.js';

builder.mutationFields((t) => ({
  changePassword: t.withAuth(SIGNED_IN).drizzleField({
    type: 'users',
    description:
      '修改自己的密码（首次登录时必须）；其他登录随之失效。Change your own password (required at first sign-in); your other sessions end.',
    errors: {},
    args: {
      currentPassword: t.arg.string({ required: true, description: '当前密码。Current password.' }),
      newPassword: t.arg.string({ required: true, description: '新密码。New password.' }),
    },
    resolve: async (query, _root, { currentPassword, newPassword }, ctx) => {
      const viewer = ctx.user;
      await changeOwnPassword(ctx.db, viewer, ctx.clientAddress, currentPassword, newPassword);
      return (await ctx.db.query.users.findFirst(query({ where: { id: viewer.id } })))!;
    },
  }),
}));
