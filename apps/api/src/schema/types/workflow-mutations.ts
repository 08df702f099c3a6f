import { WORKFLOW_TRANSITIONS as W } from '@bangfu/domain';
import { recordApplication } from '../../archives/application.js';
import { approveArchive, redetermineArchive, rejectArchive } from '../../archives/approval.js';
import { exitArchive, reenterArchive } from '../../archives/exit.js';
import {
  recordObjection,
  startPublicNotice,
  submitForApproval,
  withdrawPublicNotice,
} from '../../archives/notice.js';
import type { Actor } from '../../archives/workflow.js';
import { builder, SIGNED_IN } from '../builder.js';
import type { SignedInContext } from '../context.js';
import { idOrNothing } from '../ids.js';
import { inTransaction } from '../transaction.js';
import { DeterminationInput } from './archive-input.js';

/**
 * The workflow mutations (domain.md §4). Each runs in one transaction, writes a
 * history entry, and answers the archive as it now is, or a ValidationError (nothing written).
 */
async function afterStep(
  ctx: SignedInContext,
  query: (selection: { where: { id: string } }) => object,
  step: (actor: Actor) => Promise<string>,
) {
  const id = await inTransaction(ctx, (tx) =>
    step({ db: tx.db, sealer: ctx.sealer, viewer: ctx.user }),
  );
  return (await ctx.db.query.archives.findFirst(
    query({ where: { id } }) as { where: { id: string } },
  ))!;
}

const described = (action: keyof typeof W, who: string, more = '') =>
  `${W[action].label}（${who}）${more}。${W[action].labelEn}.`;

builder.mutationFields((t) => {
  const id = () => t.arg.id({ required: true, description: '档案 ID。Archive id.' });
  const reason = (what: string) =>
    t.arg.string({ required: true, description: `${what}。Reason.` });
  return {
    recordApplication: t.withAuth(SIGNED_IN).drizzleField({
      type: 'archives',
      description: described(
        'recordApplication',
        '建档的基层工会',
        '：录入中，开始公示前必须登记（依据困难职工申请）',
      ),
      errors: {},
      args: {
        id: id(),
        on: t.arg({
          type: 'Date',
          required: true,
          description: '申请日期（不晚于今天）。The day the worker applied.',
        }),
        channel: t.arg.string({
          required: true,
          description: '申请方式（applicationChannel 字典代码）。How the application was made.',
        }),
        attachmentId: t.arg.id({
          description:
            '申请书扫描件：本档案类型为“困难职工申请书”的附件 ID。The scanned application.',
        }),
      },
      resolve: (query, _root, args, ctx) =>
        afterStep(ctx, query, (a) =>
          recordApplication(
            a,
            idOrNothing(args.id),
            args.on,
            args.channel,
            args.attachmentId == null ? null : idOrNothing(String(args.attachmentId)),
          ),
        ),
    }),
    startPublicNotice: t.withAuth(SIGNED_IN).drizzleField({
      type: 'archives',
      description: described(
        'startPublicNotice',
        '建档的基层工会',
        '：录入中 → 公示中；日期可早于今天（补录纸质公示）',
      ),
      errors: {},
      args: {
        id: id(),
        startsOn: t.arg({
          type: 'Date',
          required: true,
          description: '公示开始日期。First day of the notice.',
        }),
        endsOn: t.arg({
          type: 'Date',
          required: true,
          description: '公示结束日期（不早于开始日期）。Last day of the notice.',
        }),
      },
      resolve: (query, _root, args, ctx) =>
        afterStep(ctx, query, (a) =>
          startPublicNotice(a, idOrNothing(args.id), args.startsOn, args.endsOn),
        ),
    }),
    recordObjection: t.withAuth(SIGNED_IN).drizzleField({
      type: 'archives',
      description: described('recordObjection', '建档的基层工会', '：公示期间收到的异议'),
      errors: {},
      args: {
        id: id(),
        note: t.arg.string({ required: true, description: '异议内容。What was objected.' }),
      },
      resolve: (query, _root, args, ctx) =>
        afterStep(ctx, query, (a) => recordObjection(a, idOrNothing(args.id), args.note)),
    }),
    withdrawPublicNotice: t.withAuth(SIGNED_IN).drizzleField({
      type: 'archives',
      description: described(
        'withdrawPublicNotice',
        '建档的基层工会',
        '：公示中 → 录入中，公示作废',
      ),
      errors: {},
      args: { id: id(), reason: reason('撤回原因') },
      resolve: (query, _root, args, ctx) =>
        afterStep(ctx, query, (a) => withdrawPublicNotice(a, idOrNothing(args.id), args.reason)),
    }),
    submitForApproval: t.withAuth(SIGNED_IN).drizzleField({
      type: 'archives',
      description: described(
        'submitForApproval',
        '建档的基层工会',
        '：公示期结束后，公示中 → 待审批',
      ),
      errors: {},
      args: { id: id() },
      resolve: (query, _root, args, ctx) =>
        afterStep(ctx, query, (a) => submitForApproval(a, idOrNothing(args.id))),
    }),
    approveArchive: t.withAuth(SIGNED_IN).drizzleField({
      type: 'archives',
      description: described(
        'approveArchive',
        '上级县级工会；市直基层工会由市总工会',
        '：待审批 → 已建档，确定是（并分类）或否为解困脱困对象；不符合建档条件的请退回',
      ),
      errors: {},
      args: {
        id: id(),
        determination: t.arg({
          type: DeterminationInput,
          required: true,
          description: '确定信息与分类。Determination.',
        }),
      },
      resolve: (query, _root, args, ctx) =>
        afterStep(ctx, query, (a) =>
          approveArchive(a, idOrNothing(args.id), args.determination as Record<string, unknown>),
        ),
    }),
    rejectArchive: t.withAuth(SIGNED_IN).drizzleField({
      type: 'archives',
      description: described(
        'rejectArchive',
        '上级县级工会；市直基层工会由市总工会',
        '：待审批 → 录入中，须写明原因',
      ),
      errors: {},
      args: { id: id(), reason: reason('退回原因') },
      resolve: (query, _root, args, ctx) =>
        afterStep(ctx, query, (a) => rejectArchive(a, idOrNothing(args.id), args.reason)),
    }),
    redetermineArchive: t.withAuth(SIGNED_IN).drizzleField({
      type: 'archives',
      description: described(
        'redetermineArchive',
        '审批该档案的县级工会；市直基层工会由市总工会',
        '：已建档档案的解困脱困对象确定与分类，须写明原因；档案修改不改变它',
      ),
      errors: {},
      args: {
        id: id(),
        determination: t.arg({
          type: DeterminationInput,
          required: true,
          description: '新的确定信息与分类。The new determination.',
        }),
        reason: reason('重新确定的原因'),
      },
      resolve: (query, _root, args, ctx) =>
        afterStep(ctx, query, (a) =>
          redetermineArchive(
            a,
            idOrNothing(args.id),
            args.determination as Record<string, unknown>,
            args.reason,
          ),
        ),
    }),
    exitArchive: t.withAuth(SIGNED_IN).drizzleField({
      type: 'archives',
      description: described(
        'exitArchive',
        '上级县级工会；市直基层工会由市总工会',
        '：已建档 → 已脱困/退出',
      ),
      errors: {},
      args: {
        id: id(),
        on: t.arg({
          type: 'Date',
          required: true,
          description: '退出日期（不晚于今天，不早于本轮建档）。Exit date.',
        }),
        reason: t.arg.string({
          required: true,
          description: '退出原因（exitReason 字典代码）。Exit reason code.',
        }),
        note: t.arg.string({
          description: '退出说明；原因为“其他”时必填。Note; required for OTHER.',
        }),
      },
      resolve: (query, _root, args, ctx) =>
        afterStep(ctx, query, (a) =>
          exitArchive(a, idOrNothing(args.id), args.on, args.reason, args.note),
        ),
    }),
    reenterArchive: t.withAuth(SIGNED_IN).drizzleField({
      type: 'archives',
      description: described(
        'reenterArchive',
        '上级县级工会；市直基层工会由市总工会',
        '：已退出 → 录入中，开始新一轮（须重新申请、公示和审批）',
      ),
      errors: {},
      args: { id: id() },
      resolve: (query, _root, args, ctx) =>
        afterStep(ctx, query, (a) => reenterArchive(a, idOrNothing(args.id))),
    }),
  };
});
