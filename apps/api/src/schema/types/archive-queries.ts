import { sql } from 'drizzle-orm';
import { subtreePattern } from '../../auth/scope.js';
import {
  archiveFilterSql,
  filterUnionPath,
  type ArchiveFilterArgs,
} from '../../archives/filter.js';
import { refuseIdentifyingLookup } from '../../archives/access.js';
import type { Context } from '../context.js';
import { archives } from '../../db/schema/index.js';
import { builder, SIGNED_IN } from '../builder.js';
import { idOrNothing } from '../ids.js';
import {
  ActionPlanEnum,
  ArchiveStatusEnum,
  HardshipCauseEnum,
  KeyGroupEnum,
  MeasureEnum,
} from './archive-enums.js';

export const ArchiveFilter = builder.inputType('ArchiveFilter', {
  description: '档案筛选条件（均可选，条件之间为“且”）。Archive filters, combined with AND.',
  fields: (t) => ({
    unionId: t.id({ description: '该工会及其全部下级。This union and its whole subtree.' }),
    status: t.field({ type: ArchiveStatusEnum, description: '状态。Workflow state.' }),
    hardshipCategory: t.string({ description: '困难类别代码。Hardship category code.' }),
    primaryCause: t.field({ type: HardshipCauseEnum, description: '主要致困原因。Primary cause.' }),
    keyGroup: t.field({ type: KeyGroupEnum, description: '属于该重点群体。In this key group.' }),
    measure: t.field({ type: MeasureEnum, description: '采取该措施。With this measure.' }),
    actionPlan: t.field({
      type: ActionPlanEnum,
      description: '纳入该行动计划。In this action plan.',
    }),
    search: t.string({
      description:
        '姓名或职工编号（前缀），或完整的身份证号；统计分析员不可用。Name or archive number prefix, or a full ID number; not for analysts.',
    }),
    spotCheckFlagged: t.boolean({
      description: '抽查未通过待整改。Flagged by a failed spot check.',
    }),
    overdue: t.boolean({
      description: '已超过帮扶计划完成时限。Past the current plan’s target month.',
    }),
    neverAssisted: t.boolean({
      description: '已建档但本周期尚无台账记录。Established with no ledger entry this cycle.',
    }),
    noUpdateInAYear: t.boolean({
      description: '一年以上未更新（未退出）。Not exited and unchanged for over a year.',
    }),
  }),
});

const ORDERS = {
  UPDATED_AT_DESC: {
    description: '最近修改在前（默认）。Most recently changed first (default).',
    orderBy: { updatedAt: 'desc' },
  },
  UPDATED_AT_ASC: {
    description: '最早修改在前。Least recently changed first.',
    orderBy: { updatedAt: 'asc' },
  },
  CREATED_AT_DESC: { description: '最近建立在前。Newest first.', orderBy: { createdAt: 'desc' } },
  NUMBER_ASC: {
    description: '按职工编号（统计分析员不可用）。By archive number; not for analysts.',
    orderBy: { number: 'asc' },
  },
  NAME_ASC: {
    description: '按姓名（统计分析员不可用）。By name; not for analysts.',
    orderBy: { name: 'asc' },
  },
} as const;

export const ArchiveOrder = builder.enumType('ArchiveOrder', {
  description: '档案排序。Archive ordering.',
  values: Object.fromEntries(
    Object.entries(ORDERS).map(([k, v]) => [k, { description: v.description }]),
  ) as Record<keyof typeof ORDERS, { description: string }>,
});

// The page and its totalCount share one lookup of the filter's union (same args object).
const unionPaths = new WeakMap<object, Promise<string | null | undefined>>();
function unionPathOnce(ctx: Context, filter: ArchiveFilterArgs | null | undefined) {
  if (!filter) return Promise.resolve(undefined);
  let path = unionPaths.get(filter);
  if (!path) unionPaths.set(filter, (path = filterUnionPath(ctx.db, filter, ctx.user)));
  return path;
}

builder.queryFields((t) => ({
  archive: t.withAuth(SIGNED_IN).drizzleField({
    type: 'archives',
    nullable: true,
    description:
      '按 ID 读取档案；不在你的范围内时为 null。An archive by id; null outside your subtree.',
    args: { id: t.arg.id({ required: true, description: '档案 ID。Archive id.' }) },
    resolve: async (query, _root, args, ctx) =>
      (await ctx.db.query.archives.findFirst(
        query({
          where: {
            id: idOrNothing(args.id),
            unionPath: { like: subtreePattern(ctx.user.unionPath) },
          },
        }),
      )) ?? null,
  }),
  archiveByNumber: t.withAuth(SIGNED_IN).drizzleField({
    type: 'archives',
    nullable: true,
    description:
      '按职工编号读取档案（统计分析员不可用）。An archive by its number (职工编号); not for analysts.',
    args: { number: t.arg.string({ required: true, description: '职工编号。Archive number.' }) },
    resolve: async (query, _root, args, ctx) => {
      refuseIdentifyingLookup(ctx.user, { search: args.number });
      return (
        (await ctx.db.query.archives.findFirst(
          query({
            where: {
              number: args.number.trim(),
              unionPath: { like: subtreePattern(ctx.user.unionPath) },
            },
          }),
        )) ?? null
      );
    },
  }),
  archives: t.withAuth(SIGNED_IN).drizzleConnection({
    type: 'archives',
    description:
      '档案列表（Relay 分页，键集游标），仅限你的范围。Archives in your subtree, Relay-paginated with keyset cursors.',
    args: {
      filter: t.arg({ type: ArchiveFilter, description: '筛选。Filters.' }),
      orderBy: t.arg({ type: ArchiveOrder, description: '排序。Ordering.' }),
    },
    totalCount: async (_parent, args, ctx) => {
      refuseIdentifyingLookup(ctx.user, { search: args.filter?.search, orderBy: args.orderBy });
      const unionPath = await unionPathOnce(ctx, args.filter);
      const [row] = await ctx.db
        .select({ n: sql<number>`count(*)::int` })
        .from(archives)
        .where(archiveFilterSql(archives, ctx.user, args.filter, ctx.sealer, unionPath));
      return row?.n ?? 0;
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = ctx.user;
      refuseIdentifyingLookup(viewer, { search: args.filter?.search, orderBy: args.orderBy });
      const unionPath = await unionPathOnce(ctx, args.filter);
      return await ctx.db.query.archives.findMany(
        query({
          where: {
            RAW: (table) => archiveFilterSql(table, viewer, args.filter, ctx.sealer, unionPath),
          },
          orderBy: ORDERS[args.orderBy ?? 'UPDATED_AT_DESC'].orderBy,
        }),
      );
    },
  }),
}));
