import { recordSpotCheck } from '../../assistance/spot-check.js';
import { builder, SIGNED_IN } from '../builder.js';
import { idOrNothing } from '../ids.js';
import { inTransaction } from '../transaction.js';
import { Archive } from './archive.js';

export const SpotCheck = builder.drizzleObject('spotChecks', {
  name: 'SpotCheck',
  description:
    '市级工会对电子档案的抽查核实。A spot check of the archive by a city-level union (抽查核实).',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号（UUID）。Identifier (UUID).' }),
    cycle: t.exposeInt('cycle', { description: '帮扶周期。Assistance cycle.' }),
    on: t.expose('on', { type: 'Date', description: '抽查日期。Checked on.' }),
    checker: t.exposeString('checker', { description: '抽查人。Checked by.' }),
    result: t.exposeString('result', {
      description: '抽查结果（spotCheckResult 字典代码）。Result code.',
    }),
    note: t.exposeString('note', { nullable: true, description: '抽查说明。Note.' }),
    union: t.relation('union', { description: '抽查的工会。The checking union.' }),
    resolvedAt: t.expose('resolvedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        '问题整改（或复查属实）的时间；未整改时为 null。When the problem was fixed, null while open.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '登记时间。Recorded at.' }),
  }),
});

builder.drizzleObjectFields(Archive, (t) => ({
  spotChecks: t.relation('spotChecks', {
    description: '抽查核实记录，最新的在前。Spot checks, newest first.',
    query: { orderBy: { on: 'desc', createdAt: 'desc' } },
  }),
}));

export const SpotCheckInput = builder.inputType('SpotCheckInput', {
  description: '一次抽查核实。A spot check.',
  fields: (t) => ({
    on: t.field({ type: 'Date', required: true, description: '抽查日期。Checked on.' }),
    checker: t.string({ required: true, description: '抽查人。Checked by.' }),
    result: t.string({
      required: true,
      description: '抽查结果：spotCheckResult 字典代码（属实 CONFIRMED…）。Result code.',
    }),
    note: t.string({
      description: '抽查说明；结果不是“属实”时必填。Note; required unless CONFIRMED.',
    }),
  }),
});

const SpotCheckPayload = builder
  .objectRef<{ spotCheckId: string; archiveId: string }>('SpotCheckPayload')
  .implement({
    description: '登记的抽查及其档案。The recorded check and its archive.',
    fields: (t) => ({
      spotCheck: t.drizzleField({
        type: 'spotChecks',
        description: '登记的抽查。The check.',
        resolve: async (query, saved, _a, ctx) =>
          (await ctx.db.query.spotChecks.findFirst(query({ where: { id: saved.spotCheckId } })))!,
      }),
      archive: t.drizzleField({
        type: 'archives',
        description: '所属档案。The archive.',
        resolve: async (query, saved, _a, ctx) =>
          (await ctx.db.query.archives.findFirst(query({ where: { id: saved.archiveId } })))!,
      }),
    }),
  });

builder.mutationFields((t) => ({
  recordSpotCheck: t.withAuth(SIGNED_IN).field({
    type: SpotCheckPayload,
    description:
      '登记抽查核实（市级工会、直管县工会或省总工会，已建档档案）；不属实或需整改时档案被标记，直到修改档案或复查属实。' +
      'Record a spot check; a failed one flags the archive until it is corrected or re-checked as confirmed.',
    errors: {},
    args: {
      archiveId: t.arg.id({ required: true, description: '档案 ID。Archive id.' }),
      input: t.arg({ type: SpotCheckInput, required: true, description: '抽查内容。The check.' }),
    },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) =>
        recordSpotCheck(tx.db, ctx.sealer, ctx.user, idOrNothing(args.archiveId), args.input),
      ),
  }),
}));
