import {
  ledgerEntryCount,
  ledgerTotalOfAllCycles,
  ledgerTotalOfCycle,
} from '../../assistance/archive-extras.js';
import { addLedgerEntry } from '../../assistance/ledger.js';
import { correctLedgerEntry, type LedgerCorrection } from '../../assistance/ledger-correction.js';
import { builder, SIGNED_IN } from '../builder.js';
import { idOrNothing } from '../ids.js';
import { inTransaction } from '../transaction.js';
import { Archive } from './archive.js';
import { ActionPlanEnum } from './archive-enums.js';

export const LedgerEntry = builder.drizzleObject('ledgerEntries', {
  name: 'LedgerEntry',
  description: '帮扶台账的一条记录。One entry of the assistance ledger (帮扶台账).',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号（UUID）。Identifier (UUID).' }),
    cycle: t.exposeInt('cycle', { description: '帮扶周期。Assistance cycle.' }),
    on: t.expose('on', { type: 'Date', description: '帮扶日期。Date of the assistance.' }),
    actionPlan: t.field({
      type: ActionPlanEnum,
      description: '所属行动计划。Action plan.',
      resolve: (e) => e.actionPlan as never,
    }),
    description: t.exposeString('description', { description: '帮扶内容。What was done.' }),
    amountFen: t.exposeInt('amountFen', {
      description: '金额或物资折价，单位：分。Amount or value of goods, in fen.',
    }),
    by: t.exposeString('by', { description: '经办人。Done by.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '登记时间。Recorded at.' }),
    correctionReason: t.exposeString('correctionReason', {
      nullable: true,
      description:
        '更正原因（仅冲销记录有）。Why the entry it reverses was corrected (reversals only).',
    }),
    reverses: t.relation('reverses', {
      nullable: true,
      description:
        '冲销记录所冲销的原记录（金额为其相反数）。For a reversal: the entry it takes back.',
    }),
    reversal: t.relation('reversal', {
      nullable: true,
      description:
        '已更正时：冲销本条的记录（含更正原因）。Once corrected: the reversal that took it back, with the reason.',
    }),
    replaces: t.relation('replaces', {
      nullable: true,
      description: '替换记录所替换的原记录。For a replacement: the entry it replaces.',
    }),
    replacement: t.relation('replacement', {
      nullable: true,
      description:
        '已更正时：替换本条的记录（整条作废时为空）。Once corrected: the entry in its place, if any.',
    }),
  }),
});

builder.drizzleObjectFields(Archive, (t) => ({
  ledger: t.relatedConnection('ledger', {
    description:
      '帮扶台账，最新的在前（默认全部周期）。The ledger, newest first (every cycle unless one is given).',
    args: { cycle: t.arg.int({ description: '只看该帮扶周期。Only this cycle.' }) },
    query: (args) => ({
      where: args.cycle == null ? {} : { cycle: args.cycle },
      orderBy: { on: 'desc', createdAt: 'desc' },
    }),
    // No `totalCount: true`: the plugin's related count builds broken SQL with drizzle 1.0 rc.5
    // (relationToSQL now returns chunks); ledgerEntryCount below counts in the same statement.
  }),
  ledgerEntryCount: t.int({
    description:
      '台账记录条数（与 ledger 的 cycle 参数一致）。Number of ledger entries, in one cycle or all.',
    args: { cycle: t.arg.int({ description: '只数该帮扶周期。Only this cycle.' }) },
    select: (args) => ({ extras: { ledgerEntryCount: ledgerEntryCount(args.cycle ?? null) } }),
    resolve: (row) => row.ledgerEntryCount,
  }),
  // Float, like the statistics' amounts: a total may pass GraphQL's 32-bit Int; exact to 2^53 fen.
  ledgerTotalFen: t.float({
    description: '本帮扶周期的台账合计，单位：分。Ledger total of the current cycle, in fen.',
    select: { extras: { ledgerTotalOfCycle } },
    resolve: (row) => row.ledgerTotalOfCycle,
  }),
  ledgerTotalAllCyclesFen: t.float({
    description: '全部帮扶周期的台账合计，单位：分。Ledger total over every cycle, in fen.',
    select: { extras: { ledgerTotalOfAllCycles } },
    resolve: (row) => row.ledgerTotalOfAllCycles,
  }),
}));

export const LedgerEntryInput = builder.inputType('LedgerEntryInput', {
  description: '一条帮扶台账。A ledger entry.',
  fields: (t) => ({
    on: t.field({
      type: 'Date',
      required: true,
      description: '帮扶日期（不晚于今天，不早于审批建档）。Date, not future, not before approval.',
    }),
    actionPlan: t.field({
      type: ActionPlanEnum,
      required: true,
      description: '所属行动计划。Action plan.',
    }),
    description: t.string({ required: true, description: '帮扶内容。What was done.' }),
    amountFen: t.int({
      required: true,
      description:
        '金额或物资折价（分，0 至 20,000,000，即不超过 20 万元）。Amount in fen, 0 to 20,000,000 (200,000 yuan).',
    }),
    by: t.string({ required: true, description: '经办人。Done by.' }),
  }),
});

const LedgerEntryPayload = builder
  .objectRef<{ entryId: string; archiveId: string }>('LedgerEntryPayload')
  .implement({
    description: '登记的台账记录及其档案。The recorded entry and its archive.',
    fields: (t) => ({
      entry: t.drizzleField({
        type: 'ledgerEntries',
        description: '登记的台账记录。The entry.',
        resolve: async (query, saved, _a, ctx) =>
          (await ctx.db.query.ledgerEntries.findFirst(query({ where: { id: saved.entryId } })))!,
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
  addLedgerEntry: t.withAuth(SIGNED_IN).field({
    type: LedgerEntryPayload,
    description:
      '登记帮扶台账（已建档档案，建档的基层工会或省总工会）。Add a ledger entry to an established archive.',
    errors: {},
    args: {
      archiveId: t.arg.id({ required: true, description: '档案 ID。Archive id.' }),
      input: t.arg({ type: LedgerEntryInput, required: true, description: '台账内容。The entry.' }),
    },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) =>
        addLedgerEntry(tx.db, ctx.sealer, ctx.user, idOrNothing(args.archiveId), args.input),
      ),
  }),
}));

export const LedgerReplacementInput = builder.inputType('LedgerReplacementInput', {
  description:
    '更正后的台账内容；未填的项沿用原记录。What the entry should have said; fields left out stay as they were.',
  fields: (t) => ({
    on: t.field({ type: 'Date', description: '帮扶日期。Date.' }),
    actionPlan: t.field({ type: ActionPlanEnum, description: '所属行动计划。Action plan.' }),
    description: t.string({ description: '帮扶内容。What was done.' }),
    amountFen: t.int({ description: '金额或物资折价（分）。Amount in fen.' }),
    by: t.string({ description: '经办人。Done by.' }),
  }),
});

export const LedgerCorrectionInput = builder.inputType('LedgerCorrectionInput', {
  description: '台账更正。A ledger correction.',
  fields: (t) => ({
    reason: t.string({ required: true, description: '更正原因（必填）。Why (required).' }),
    replacement: t.field({
      type: LedgerReplacementInput,
      description:
        '更正后的内容；不填则整条冲销作废。What it should have said; left out, the entry is only reversed.',
    }),
  }),
});

const LedgerCorrectionPayload = builder
  .objectRef<LedgerCorrection>('LedgerCorrectionPayload')
  .implement({
    description:
      '更正结果：原记录、冲销记录、替换记录及档案。The corrected entry, its reversal and replacement, the archive.',
    fields: (t) => {
      const entry = (id: (saved: LedgerCorrection) => string, description: string) =>
        t.drizzleField({
          type: 'ledgerEntries',
          description,
          resolve: async (query, saved, _a, ctx) =>
            (await ctx.db.query.ledgerEntries.findFirst(query({ where: { id: id(saved) } })))!,
        });
      return {
        corrected: entry((s) => s.correctedId, '被更正的原记录。The entry corrected.'),
        reversal: entry((s) => s.reversalId, '冲销记录。The reversal.'),
        replacement: t.drizzleField({
          type: 'ledgerEntries',
          nullable: true,
          description: '替换记录（整条作废时为空）。The replacement, if any.',
          resolve: async (query, saved, _a, ctx) =>
            saved.replacementId
              ? ((await ctx.db.query.ledgerEntries.findFirst(
                  query({ where: { id: saved.replacementId } }),
                )) ?? null)
              : null,
        }),
        archive: t.drizzleField({
          type: 'archives',
          description: '所属档案。The archive.',
          resolve: async (query, saved, _a, ctx) =>
            (await ctx.db.query.archives.findFirst(query({ where: { id: saved.archiveId } })))!,
        }),
      };
    },
  });

builder.mutationFields((t) => ({
  correctLedgerEntry: t.withAuth(SIGNED_IN).field({
    type: LedgerCorrectionPayload,
    description:
      '更正一条帮扶台账：写入冲销记录（及替换记录），原记录保留并标明已更正；不能重复更正，冲销记录不能再更正。' +
      'Correct a ledger entry with a reversal (and a replacement); the entry is kept, marked corrected.',
    errors: {},
    args: {
      entryId: t.arg.id({ required: true, description: '要更正的台账记录 ID。Entry id.' }),
      input: t.arg({
        type: LedgerCorrectionInput,
        required: true,
        description: '更正原因与内容。Reason and values.',
      }),
    },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) =>
        correctLedgerEntry(tx.db, ctx.sealer, ctx.user, idOrNothing(args.entryId), {
          reason: args.input.reason,
          replacement: args.input.replacement as never,
        }),
      ),
  }),
}));
