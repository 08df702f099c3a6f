import { UNION_LEVELS, GRASSROOTS_KINDS } from '@bangfu/domain';
import { sql } from 'drizzle-orm';
import { inSubtree, subtreePattern } from '../../auth/scope.js';
import type { Context } from '../context.js';
import type { unions } from '../../db/schema/index.js';
import { countUnions, createUnion, unionsInView, updateUnion } from '../../unions/service.js';
import { builder, SIGNED_IN } from '../builder.js';
import { idOrNothing } from '../ids.js';
import { describedOrders, describedValues } from '../enum-values.js';

/** Read with the union (drizzle `extras`), so the tree's expand arrows cost no statement. */
const childCount = (u: typeof unions) =>
  sql<number>`(select count(*)::int from unions as child where child.parent_id = ${u.id})`.mapWith(
    Number,
  );

export const UnionLevel = builder.enumType('UnionLevel', {
  description: '工会层级。Level in the union hierarchy.',
  values: describedValues(UNION_LEVELS),
});

export const GrassrootsKind = builder.enumType('GrassrootsKind', {
  description: '基层工会类型。Kind of grassroots union.',
  values: describedValues(GRASSROOTS_KINDS),
});

/**
 * A union reached through any nested path (an archive's spot checks, a report, a user) may lie
 * outside the viewer's subtree: its name and code stay (people must know who checked or holds a
 * record), its liaison's name, phone and address do not. Analysts never see staff contacts.
 */
const visible = (ctx: Context, path: string) =>
  !!ctx.user && ctx.user.role !== 'ANALYST' && inSubtree(ctx.user, path);

export const Union = builder.drizzleObject('unions', {
  name: 'Union',
  description: '工会组织（省、市、直管县、县、基层）。A union in the hierarchy.',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号（UUID）。Identifier (UUID).' }),
    code: t.exposeString('code', { description: '工会代码。Union code.' }),
    name: t.exposeString('name', { description: '名称。Name.' }),
    level: t.expose('level', { type: UnionLevel, description: '层级。Level.' }),
    kind: t.expose('kind', {
      type: GrassrootsKind,
      nullable: true,
      description: '基层工会类型。Grassroots kind.',
    }),
    regionCode: t.exposeString('regionCode', {
      description: '所在地 GB/T 2260 行政区划代码。GB/T 2260 division code.',
    }),
    depth: t.exposeInt('depth', {
      description: '层级深度（省为 0）。Depth in the tree (province 0).',
    }),
    liaisonName: t.string({
      nullable: true,
      description:
        '工会联络人。Liaison；不在你的范围内时为 null。Liaison; null outside your subtree.',
      resolve: (u, _a, ctx) => (visible(ctx, u.path) ? u.liaisonName : null),
    }),
    liaisonPost: t.string({
      nullable: true,
      description:
        '联络人职务。Liaison post；不在你的范围内时为 null。Liaison post; null outside your subtree.',
      resolve: (u, _a, ctx) => (visible(ctx, u.path) ? u.liaisonPost : null),
    }),
    liaisonPhone: t.string({
      nullable: true,
      description:
        '联络人电话。Liaison phone；不在你的范围内时为 null。Liaison phone; null outside your subtree.',
      resolve: (u, _a, ctx) => (visible(ctx, u.path) ? u.liaisonPhone : null),
    }),
    address: t.string({
      nullable: true,
      description:
        '地址（受理异议处）。Address；不在你的范围内时为 null。Address; null outside your subtree.',
      resolve: (u, _a, ctx) => (visible(ctx, u.path) ? u.address : null),
    }),
    establishmentDueOn: t.expose('establishmentDueOn', {
      type: 'Date',
      nullable: true,
      description: '建档立卡完成期限。Due date of establishment work.',
    }),
    version: t.exposeInt('version', { description: '版本号，更新时提交。Version for updates.' }),
    parent: t.relation('parent', {
      nullable: true,
      description: '上级工会（在可见范围内）。Parent union, if visible to you.',
      // The parent of the viewer's own union lies outside their subtree: it reads as null.
      // At sign-in (no viewer yet) the parent is outside the new user's subtree too: null.
      query: (_args, ctx: Context) => ({
        where: { path: { like: ctx.user ? subtreePattern(ctx.user.unionPath) : '' } },
      }),
    }),
    childCount: t.int({
      description: '直属下级工会数量（树形浏览用来决定能否展开）。Number of direct child unions.',
      // The inner table needs its own alias: the outer one is the union being read.
      select: { extras: { childCount } },
      // A union above the viewer (reached from a spot check, say) has no children they may see.
      resolve: (row, _a, ctx) => (ctx.user && inSubtree(ctx.user, row.path) ? row.childCount : 0),
    }),
    children: t.relation('children', {
      description: '直属下级工会；只含你范围内的。Direct child unions, only those in your subtree.',
      // Scope by construction: whichever path reached this union, its children are cut to the subtree.
      query: (_args, ctx: Context) => ({
        where: { path: { like: ctx.user ? subtreePattern(ctx.user.unionPath) : '' } },
        orderBy: { code: 'asc' },
      }),
    }),
  }),
});

const UnionInput = builder.inputType('UnionInput', {
  description: '工会信息。Union details.',
  fields: (t) => ({
    code: t.string({ required: true, description: '工会代码（唯一）。Unique code.' }),
    name: t.string({ required: true, description: '名称。Name.' }),
    level: t.field({ type: UnionLevel, required: true, description: '层级。Level.' }),
    kind: t.field({ type: GrassrootsKind, description: '基层工会类型。Grassroots kind.' }),
    regionCode: t.string({ required: true, description: 'GB/T 2260 行政区划代码。Division code.' }),
    parentId: t.id({ required: true, description: '上级工会。Parent union.' }),
    liaisonName: t.string({ description: '联络人。Liaison.' }),
    liaisonPost: t.string({ description: '联络人职务。Liaison post.' }),
    liaisonPhone: t.string({ description: '联络人电话。Liaison phone.' }),
    address: t.string({ description: '地址。Address.' }),
    establishmentDueOn: t.field({ type: 'Date', description: '建档立卡完成期限。Due date.' }),
  }),
});

const UNION_ORDERS = {
  CODE_ASC: { description: '按代码（默认）。By code (default).', orderBy: { code: 'asc' } },
  NAME_ASC: { description: '按名称。By name.', orderBy: { name: 'asc' } },
  LEVEL_ASC: {
    description: '按层级（上级在前），同级按代码。By level, then code.',
    orderBy: { depth: 'asc', code: 'asc' },
  },
} as const;

const UnionOrder = builder.enumType('UnionOrder', {
  description: '工会排序。Union ordering.',
  values: describedOrders(UNION_ORDERS),
});

builder.queryFields((t) => ({
  union: t.withAuth(SIGNED_IN).drizzleField({
    type: 'unions',
    nullable: true,
    description: '按 ID 读取工会；范围外为 null。A union by id; null outside your subtree.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) =>
      (await ctx.db.query.unions.findFirst(
        query({
          where: {
            id: idOrNothing(args.id),
            path: { like: subtreePattern(ctx.user.unionPath) },
          },
        }),
      )) ?? null,
  }),
  unions: t.withAuth(SIGNED_IN).drizzleConnection({
    type: 'unions',
    description:
      '工会列表：给出 parentId 时为其直属下级，否则为你的整个可见范围（按代码排序）。' +
      'Direct children of parentId, or every union you may see.',
    args: {
      parentId: t.arg.id({ description: '上级工会。Parent union.' }),
      level: t.arg({ type: UnionLevel, description: '只列此层级。Only this level.' }),
      search: t.arg.string({ description: '名称或代码包含。Name or code contains.' }),
      orderBy: t.arg({
        type: UnionOrder,
        description: '排序，默认按代码。Ordering, by code by default.',
      }),
    },
    totalCount: async (_parent, args, ctx) => await countUnions(ctx.db, ctx.user, listFilter(args)),
    resolve: async (query, _root, args, ctx) =>
      await ctx.db.query.unions.findMany(
        query({
          where: { RAW: unionsInView(ctx.user, listFilter(args)) },
          orderBy: UNION_ORDERS[args.orderBy ?? 'CODE_ASC'].orderBy,
        }),
      ),
  }),
}));

/** The list's arguments as the service's filter; a malformed parent id names nothing. */
const listFilter = (args: {
  parentId?: string | number | null;
  level?: string | null;
  search?: string | null;
}) => ({
  parentId: args.parentId ? idOrNothing(args.parentId) : null,
  level: args.level ?? null,
  search: args.search ?? null,
});

// The province and the city and county admins register the unions below them (auth/scope.ts).
const UNION_MANAGERS = {
  role: ['PROVINCE_ADMIN' as const, 'CITY_ADMIN' as const, 'COUNTY_ADMIN' as const],
};

builder.mutationFields((t) => ({
  createUnion: t.withAuth(UNION_MANAGERS).drizzleField({
    type: 'unions',
    description: '新建下级工会。Create a union inside your subtree.',
    errors: {},
    args: { input: t.arg({ type: UnionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createUnion(ctx.db, ctx.user, {
        ...input,
        parentId: idOrNothing(input.parentId),
      });
      return (await ctx.db.query.unions.findFirst(query({ where: { id } })))!;
    },
  }),
  updateUnion: t.withAuth(UNION_MANAGERS).drizzleField({
    type: 'unions',
    description: '修改工会信息（不改变上下级关系）。Update a union (not its place in the tree).',
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true, description: '读取时的版本号。Version you read.' }),
      input: t.arg({ type: UnionInput, required: true }),
    },
    resolve: async (query, _root, { id, version, input }, ctx) => {
      await updateUnion(ctx.db, ctx.user, idOrNothing(id), version, {
        ...input,
        parentId: String(input.parentId),
      });
      return (await ctx.db.query.unions.findFirst(query({ where: { id: idOrNothing(id) } })))!;
    },
  }),
}));
