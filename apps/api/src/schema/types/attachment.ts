import { attachmentUrl, removeAttachment } from '../../attachments/service.js';
import { ADMINS_ONLY, builder, SIGNED_IN } from '../builder.js';
import { idOrNothing } from '../ids.js';
import { inTransaction } from '../transaction.js';
import { Archive } from './archive.js';

// Only the columns named here (and those the fields expose) are read: never the file's bytes.
export const Attachment = builder.drizzleObject('attachments', {
  name: 'Attachment',
  description: '附件：收入证明、疾病诊断证明、残疾证、职工签字页等。A file kept with an archive.',
  select: { columns: { id: true } },
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号（UUID）。Identifier (UUID).' }),
    type: t.exposeString('type', {
      description: '附件类型（attachmentType 字典代码）。Attachment type code.',
    }),
    name: t.exposeString('name', { description: '附件名称。Name.' }),
    remark: t.exposeString('remark', { nullable: true, description: '备注。Remark.' }),
    contentType: t.exposeString('contentType', {
      description:
        '文件格式（按文件内容识别）：PDF、JPEG、PNG 或 WebP。Format, as sniffed from the content.',
    }),
    size: t.exposeInt('size', { description: '文件大小（字节）。Size in bytes.' }),
    sha256: t.exposeString('sha256', {
      description: '文件的 SHA-256（十六进制），用于核对。SHA-256 of the content, hex.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '上传时间。Uploaded at.' }),
    removedAt: t.expose('removedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        '移除时间；文件不会删除，只是不再列出。Removed at; the file is kept, only hidden.',
    }),
    url: t.string({
      description:
        '下载地址（GET，须带 Authorization: Bearer）。Download path (GET with a Bearer token).',
      resolve: (file) => attachmentUrl(file.id),
    }),
  }),
});

builder.drizzleObjectFields(Archive, (t) => ({
  attachments: t.relation('attachments', {
    nullable: true,
    description:
      '附件（不含已移除的），按上传时间排序；统计分析员不可见。Attachments in upload order; null for analysts.',
    query: { where: { removedAt: { isNull: true } }, orderBy: { createdAt: 'asc', id: 'asc' } },
    authScopes: ADMINS_ONLY,
    unauthorizedResolver: () => null,
  }),
}));

builder.mutationFields((t) => ({
  removeAttachment: t.withAuth(SIGNED_IN).drizzleField({
    type: 'attachments',
    description:
      '移除附件（建档的基层工会，档案退出前）。文件不会删除，只是不再列出，并记入档案历史。' +
      'Hide an attachment (the archive keeper, before exit); the file itself is kept and the removal is in the history.',
    errors: {},
    args: { id: t.arg.id({ required: true, description: '附件 ID。Attachment id.' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await inTransaction(ctx, (tx) =>
        removeAttachment(tx.db, ctx.sealer, ctx.user, idOrNothing(args.id)),
      );
      return (await ctx.db.query.attachments.findFirst(query({ where: { id } })))!;
    },
  }),
}));
