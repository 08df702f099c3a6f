import { UNION_LEVELS, type GrassrootsKind, type UnionLevel } from '@bangfu/domain';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { canManageUnion, inSubtree, subtreePattern } from '../auth/scope.js';
import type { Viewer } from '../auth/sessions.js';
import type { Database } from '../db/client.js';
import { unions } from '../db/schema/index.js';
import { inTransaction } from '../db/transaction.js';
import { Forbidden, ValidationError, type FieldError } from '../errors.js';
import { insertUnion } from './store.js';

/*
 * The union hierarchy (docs/domain.md, "The hierarchy"): a viewer sees their union and its whole
 * subtree; province, city and county admins create and edit the unions below them. A union never
 * moves and never changes level: its materialized path is the archives' scope.
 */

/** Which level may sit under which (grassroots may sit directly under a city). */
export const CHILD_LEVELS: Record<string, string[]> = {
  PROVINCE: ['CITY', 'DIRECT_COUNTY'],
  CITY: ['COUNTY', 'GRASSROOTS'],
  DIRECT_COUNTY: ['GRASSROOTS'],
  COUNTY: ['GRASSROOTS'],
  GRASSROOTS: [],
};

export interface UnionListFilter {
  /** Direct children of this union. */
  parentId?: string | null;
  level?: string | null;
  /** Name or code contains. */
  search?: string | null;
}

/** The unions a viewer may list, as one condition: the page and its count both use it. */
export function unionsInView(viewer: Viewer, filter: UnionListFilter) {
  return (u: typeof unions): SQL =>
    and(
      sql`${u.path} like ${subtreePattern(viewer.unionPath)}`,
      filter.parentId ? eq(u.parentId, filter.parentId) : undefined,
      filter.level ? sql`${u.level} = ${filter.level}` : undefined,
      filter.search
        ? sql`(${u.name} like ${`%${filter.search}%`} or ${u.code} like ${`%${filter.search}%`})`
        : undefined,
    )!;
}

export async function countUnions(db: Database, viewer: Viewer, filter: UnionListFilter) {
  return await db.$count(unions, unionsInView(viewer, filter)(unions));
}

/**
 * A union the viewer may see, or null: the one lookup behind every "this union, if it is yours"
 * (an id outside the subtree answers exactly as one that does not exist).
 */
export async function visibleUnion(db: Database, viewer: Viewer, id: string) {
  const [row] = await db.select().from(unions).where(eq(unions.id, id)).limit(1);
  return row && inSubtree(viewer, row.path) ? row : null;
}

export interface UnionValues {
  code: string;
  name: string;
  level: UnionLevel;
  kind?: GrassrootsKind | null;
  regionCode: string;
  parentId: string;
  liaisonName?: string | null;
  liaisonPost?: string | null;
  liaisonPhone?: string | null;
  address?: string | null;
  establishmentDueOn?: string | null;
}

function checkUnionValues(input: UnionValues) {
  const errors: FieldError[] = [];
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

async function refuseTakenCode(db: Database, code: string, except?: string) {
  const clash = await db
    .select({ id: unions.id })
    .from(unions)
    .where(and(eq(unions.code, code), except ? sql`${unions.id} <> ${except}` : undefined))
    .limit(1);
  if (clash.length)
    throw ValidationError.field(['code'], 'UNION_CODE_TAKEN', '该工会代码已被使用。');
}

/** The columns a person edits, trimmed, with blanks as null. */
const editable = (input: UnionValues) => ({
  code: input.code.trim(),
  name: input.name.trim(),
  kind: input.kind ?? null,
  regionCode: input.regionCode,
  liaisonName: input.liaisonName ?? null,
  liaisonPost: input.liaisonPost ?? null,
  liaisonPhone: input.liaisonPhone ?? null,
  address: input.address ?? null,
  establishmentDueOn: input.establishmentDueOn ?? null,
});

/** Creates a union below a parent in the viewer's subtree; returns its id. */
export async function createUnion(
  db: Database,
  viewer: Viewer,
  input: UnionValues,
): Promise<string> {
  checkUnionValues(input);
  return await inTransaction(db, async (tx) => {
    const parent = await visibleUnion(tx, viewer, input.parentId);
    if (!parent)
      throw ValidationError.field(
        ['parentId'],
        'PARENT_NOT_FOUND',
        '找不到上级工会，或不在你的管理范围内。',
      );
    if (!CHILD_LEVELS[parent.level]?.includes(input.level))
      throw ValidationError.field(
        ['level'],
        'UNION_LEVEL_NOT_ALLOWED',
        `${UNION_LEVELS[parent.level as UnionLevel].label}下不能建立该层级的工会。`,
      );
    await refuseTakenCode(tx, input.code.trim());
    // Below a parent inside the viewer's subtree, so strictly below the viewer's own union.
    const created = await insertUnion(tx, { ...editable(input), level: input.level }, parent);
    return created.id;
  });
}

/** Changes a union read at `version`; its parent and level stay. */
export async function updateUnion(
  db: Database,
  viewer: Viewer,
  id: string,
  version: number,
  input: UnionValues,
): Promise<void> {
  checkUnionValues(input);
  await inTransaction(db, async (tx) => {
    const current = await visibleUnion(tx, viewer, id);
    if (!current || !canManageUnion(viewer, current.path)) throw new Forbidden();
    if (input.parentId !== (current.parentId ?? ''))
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
    await refuseTakenCode(tx, input.code.trim(), current.id);
    const updated = await tx
      .update(unions)
      .set({ ...editable(input), version: current.version + 1 })
      .where(and(eq(unions.id, current.id), eq(unions.version, version)))
      .returning({ id: unions.id });
    if (!updated.length)
      throw ValidationError.field(
        ['version'],
        'VERSION_CONFLICT',
        '该记录已被他人修改，请刷新后再保存（你填写的内容仍保留）。',
      );
  });
}
