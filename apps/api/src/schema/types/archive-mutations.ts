import * as service from '../../archives/service.js';
import { builder, SIGNED_IN } from '../builder.js';
import type { FieldError } from '../../errors.js';
import { idOrNothing, uuidOrNull } from '../ids.js';
import { inTransaction } from '../transaction.js';
import { ArchiveInput } from './archive-input.js';
import { FieldErrorRef } from './validation-error.js';

interface SavedShape {
  id: string;
  warnings: FieldError[];
}

const ArchivePayload = builder.objectRef<SavedShape>('ArchivePayload').implement({
  description:
    '保存后的档案及提示（提示不阻止保存）。The saved archive, with warnings that did not block saving.',
  fields: (t) => ({
    archive: t.drizzleField({
      type: 'archives',
      description: '保存后的档案。The saved archive.',
      resolve: async (query, saved, _args, ctx) =>
        (await ctx.db.query.archives.findFirst(query({ where: { id: saved.id } })))!,
    }),
    warnings: t.field({
      type: [FieldErrorRef],
      description: '需要核实但不阻止保存的问题。Things to check that did not block saving.',
      resolve: (saved) => saved.warnings,
    }),
  }),
});

const DeletedArchive = builder
  .objectRef<{ id: string; number: string }>('DeletedArchive')
  .implement({
    description: '已删除的草稿档案。A deleted draft archive.',
    fields: (t) => ({
      id: t.exposeID('id', { description: '编号（UUID）。Identifier (UUID).' }),
      number: t.exposeString('number', { description: '职工编号。Archive number.' }),
    }),
  });

builder.mutationFields((t) => ({
  createArchive: t.withAuth(SIGNED_IN).field({
    type: ArchivePayload,
    description:
      '新建档案（录入中）。基层工会为本会职工建档。Create a draft archive (grassroots admins, for their union).',
    errors: {},
    args: {
      input: t.arg({
        type: ArchiveInput,
        required: true,
        description: '档案内容。The archive form.',
      }),
      unionId: t.arg.id({
        description: '建档的基层工会；默认为你所在的工会。The grassroots union; yours by default.',
      }),
    },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) =>
        service.createArchive(
          tx.db,
          ctx.sealer,
          ctx.user,
          args.input as Record<string, unknown>,
          args.unionId ? idOrNothing(args.unionId) : null,
        ),
      ),
  }),
  updateArchive: t.withAuth(SIGNED_IN).field({
    type: ArchivePayload,
    description:
      '修改档案（录入中或已建档），须提交读取时的版本号；旧版本返回 VERSION_CONFLICT，不写入任何内容。' +
      'Update an archive with the version you read; a stale version is VERSION_CONFLICT and writes nothing.',
    errors: {},
    args: {
      id: t.arg.id({ required: true, description: '档案 ID。Archive id.' }),
      version: t.arg.int({ required: true, description: '读取时的版本号。Version you read.' }),
      input: t.arg({
        type: ArchiveInput,
        required: true,
        description: '档案内容（完整）。The whole archive form.',
      }),
    },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) =>
        service.updateArchive(
          tx.db,
          ctx.sealer,
          ctx.user,
          idOrNothing(args.id),
          args.version,
          args.input as Record<string, unknown>,
        ),
      ),
  }),
  deleteArchive: t.withAuth(SIGNED_IN).field({
    type: DeletedArchive,
    description: '删除录入中的档案（仅草稿）。Delete a draft archive.',
    errors: {},
    args: { id: t.arg.id({ required: true, description: '档案 ID。Archive id.' }) },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) =>
        service.deleteArchive(tx.db, ctx.user, uuidOrNull(args.id) ?? idOrNothing(null)),
      ),
  }),
}));
