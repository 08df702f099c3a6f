import { UNION_LEVELS, GRASSROOTS_KINDS } from '@bangfu/domain';
import { and, eq, sql } from 'drizzle-orm';
import { canManageUnion, inSubtree, subtreePattern } from '../../auth/scope.js';
import { unions } from '../../db/schema/index.js';
import { insertUnion } from '../../unions/store.js';
import { builder } from '../builder.js';
import { idOrNothing } from '../ids.js';
import { describedOrders, describedValues } from '../enum-values.js';
import type { Context } from '../context.js';
import { Forbidden, ValidationError } from '../../errors.js';
import { inTransaction } from '../transaction.js';
import { requireViewer } from '../viewer.js';

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

/** Which level may sit under which (domain.md §1; grassroots may sit directly under a city). */
const CHILD_LEVELS: Record<string, string[]> = {
  PROVINCE: ['CITY', 'DIRECT_COUNTY'],
  CITY: ['COUNTY', 'GRASSROOTS'],
  DIRECT_COUNTY: ['GRASSROOTS'],
  COUNTY: ['GRASSROOTS'],
  GRASSROOTS: [],
};

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
  union: t.drizzleField({
    type: 'unions',
    nullable: true,
    description: '按 ID 读取工会；范围外为 null。A union by id; null outside your subtree.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) =>
      (await ctx.db.query.unions.findFirst(
        query({
          where: {
            id: idOrNothing(args.id),
            path: { like: subtreePattern(requireViewer(ctx).unionPath) },
          },
        }),
      )) ?? null,
  }),
  unions: t.drizzleConnection({
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
    totalCount: async (_parent, args, ctx) => {
      const viewer = requireViewer(ctx);
      const [row] = await ctx.db
        .select({ n: sql<number>`count(*)::int` })
        .from(unions)
        .where(
          and(
            sql`${unions.path} like ${subtreePattern(viewer.unionPath)}`,
            args.parentId ? eq(unions.parentId, idOrNothing(args.parentId)) : undefined,
            args.level ? eq(unions.level, args.level) : undefined,
            args.search
              ? sql`(${unions.name} like ${`%${args.search}%`} or ${unions.code} like ${`%${args.search}%`})`
              : undefined,
          ),
        );
      return row?.n ?? 0;
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = requireViewer(ctx);
      return await ctx.db.query.unions.findMany(
        query({
          where: {
            path: { like: subtreePattern(viewer.unionPath) },
            ...(args.parentId ? { parentId: idOrNothing(args.parentId) } : {}),
            ...(args.level ? { level: args.level } : {}),
            ...(args.search
              ? {
                  OR: [
                    { name: { like: `%${args.search}%` } },
                    { code: { like: `%${args.search}%` } },
                  ],
                }
              : {}),
          },
          orderBy: UNION_ORDERS[args.orderBy ?? 'CODE_ASC'].orderBy,
        }),
      );
    },
  }),
}));

async function loadVisibleUnion(ctx: Context, id: string) {
  const viewer = requireViewer(ctx);
  const [row] = await ctx.db.select().from(unions).where(eq(unions.id, id)).limit(1);
  return row && inSubtree(viewer, row.path) ? row : null;
}

function checkUnionInput(input: {
  code: string;
  name: string;
  regionCode: string;
  level: string;
  kind?: string | null;
}) {
  const errors = [];
  if (!/^[0-9A-Za-z-]{2,32}$/.test(input.code.trim()))
    errors.push({
      path: ['code'],
      code: 'UNION_CODE_FORMAT',
      message: '工会代码只能包含字母、数字和连字符，2–32 位。',
    });
  if (!input.name.trim() || input.name.trim().length > 100)
    errors.push({
      path: ['name'],
      code: 'UNION_NAME_REQUIRED',
      message: '请填写工会名称（不超过 100 字）。',
    });
  if (!/^[1-8]\d{5}$/.test(input.regionCode))
    errors.push({
      path: ['regionCode'],
      code: 'REGION_CODE_FORMAT',
      message: '行政区划代码应为 6 位数字（GB/T 2260）。',
    });
  if (input.kind && input.level !== 'GRASSROOTS')
    errors.push({
      path: ['kind'],
      code: 'UNION_KIND_ONLY_GRASSROOTS',
      message: '只有基层工会才有类型（单位、镇街、社区）。',
    });
  if (!input.kind && input.level === 'GRASSROOTS')
    errors.push({
      path: ['kind'],
      code: 'UNION_KIND_REQUIRED',
      message: '请选择基层工会类型（单位、镇街、社区）。',
    });
  if (errors.length) throw new ValidationError(errors[0]!.message, errors);
}

builder.mutationFields((t) => ({
  createUnion: t.drizzleField({
    type: 'unions',
    description: '新建下级工会。Create a union inside your subtree.',
    authScopes: { role: ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN'] },
    errors: {},
    args: { input: t.arg({ type: UnionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = requireViewer(ctx);
      checkUnionInput(input);
      const id = await inTransaction(ctx, async (tx) => {
        const parent = await loadVisibleUnion(tx, idOrNothing(input.parentId));
        if (!parent)
          throw ValidationError.field(
            ['parentId'],
            'PARENT_NOT_FOUND',
            '找不到上级工会，或不在你的管理范围内。',
          );
        // The new union sits below its parent, so a parent inside the viewer's subtree puts the
        // new union strictly below the viewer's own union.
        if (!inSubtree(viewer, parent.path)) throw new Forbidden();
        if (!CHILD_LEVELS[parent.level]?.includes(input.level))
          throw ValidationError.field(
            ['level'],
            'UNION_LEVEL_NOT_ALLOWED',
            `${UNION_LEVELS[parent.level as keyof typeof UNION_LEVELS].label}下不能建立该层级的工会。`,
          );
        const clash = await tx.db
          .select({ id: unions.id })
          .from(unions)
          .where(eq(unions.code, input.code.trim()))
          .limit(1);
        if (clash.length)
          throw ValidationError.field(['code'], 'UNION_CODE_TAKEN', '该工会代码已被使用。');
        const created = await insertUnion(
          tx.db,
          {
            code: input.code.trim(),
            name: input.name.trim(),
            level: input.level,
            kind: input.kind ?? null,
            regionCode: input.regionCode,
            liaisonName: input.liaisonName ?? null,
            liaisonPost: input.liaisonPost ?? null,
            liaisonPhone: input.liaisonPhone ?? null,
            address: input.address ?? null,
            establishmentDueOn: input.establishmentDueOn ?? null,
          },
          parent,
        );
        return created.id;
      });
      return (await ctx.db.query.unions.findFirst(query({ where: { id } })))!;
    },
  }),
  updateUnion: t.drizzleField({
    type: 'unions',
    description: '修改工会信息（不改变上下级关系）。Update a union (not its place in the tree).',
    authScopes: { role: ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN'] },
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true, description: '读取时的版本号。Version you read.' }),
      input: t.arg({ type: UnionInput, required: true }),
    },
    resolve: async (query, _root, { id, version, input }, ctx) => {
      const viewer = requireViewer(ctx);
      checkUnionInput(input);
      await inTransaction(ctx, async (tx) => {
        const current = await loadVisibleUnion(tx, idOrNothing(id));
        if (!current) throw new Forbidden();
        if (!canManageUnion(viewer, current.path)) throw new Forbidden();
        if (String(input.parentId) !== (current.parentId ?? ''))
          throw ValidationError.field(
            ['parentId'],
            'UNION_MOVE_NOT_SUPPORTED',
            '不能通过修改来变更上级工会。',
          );
        if (input.level !== current.level)
          throw ValidationError.field(
            ['level'],
            'UNION_LEVEL_CHANGE_NOT_SUPPORTED',
            '不能修改工会层级。',
          );
        const clash = await tx.db
          .select({ id: unions.id })
          .from(unions)
          .where(and(eq(unions.code, input.code.trim()), sql`${unions.id} <> ${current.id}`))
          .limit(1);
        if (clash.length)
          throw ValidationError.field(['code'], 'UNION_CODE_TAKEN', '该工会代码已被使用。');
        const updated = await tx.db
          .update(unions)
          .set({
            code: input.code.trim(),
            name: input.name.trim(),
            kind: input.kind ?? null,
            regionCode: input.regionCode,
            liaisonName: input.liaisonName ?? null,
            liaisonPost: input.liaisonPost ?? null,
            liaisonPhone: input.liaisonPhone ?? null,
            address: input.address ?? null,
            establishmentDueOn: input.establishmentDueOn ?? null,
            version: current.version + 1,
          })
          .where(and(eq(unions.id, current.id), eq(unions.version, version)))
          .returning({ id: unions.id });
        if (!updated.length)
          throw ValidationError.field(
            ['version'],
            'VERSION_CONFLICT',
            '该记录已被他人修改，请刷新后再保存（你填写的内容仍保留）。',
          );
      });
      return (await ctx.db.query.unions.findFirst(query({ where: { id: idOrNothing(id) } })))!;
    },
  }),
}));
