import type { ArchiveInput } from '@bangfu/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import { inSubtree } from '../auth/scope.js';
import { visibleUnion } from '../unions/service.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import { uniqueKeyRefusal } from '../db/transaction.js';
import { archiveHistory, archiveMembers, archives, spotChecks } from '../db/schema/index.js';
import { Forbidden, ValidationError, type FieldError } from '../errors.js';
import { inputOfArchive, type ArchiveRow, type MemberRow } from './current.js';
import { diffArchive } from './history.js';
import {
  archiveColumns,
  determinationColumns,
  memberRows,
  reserveArchiveNumbers,
} from './store.js';
import { membersOf, validateArchive } from './validate.js';

/** Archives are edited while being prepared and while being assisted; in between they are frozen. */
export const EDITABLE_STATUSES = new Set(['DRAFT', 'ESTABLISHED']);

/** Grassroots admins keep their own union's archives; the province admin may do everything. */
export function canEditArchivesOf(viewer: Viewer, unionId: string, unionPath: string): boolean {
  if (viewer.role === 'PROVINCE_ADMIN') return inSubtree(viewer, unionPath);
  return viewer.role === 'GRASSROOTS_ADMIN' && viewer.unionId === unionId;
}

/** The history snapshot: the whole archive as input, with sensitive numbers sealed. */
export function snapshotOf(input: ArchiveInput, sealer: Sealer, extra: Record<string, unknown>) {
  const seal = (value: string | undefined) =>
    value ? sealer.seal(value).toString('base64') : null;
  return {
    ...extra,
    ...input,
    idNumber: seal(input.idNumber),
    bankCardNumber: seal(input.bankCardNumber),
    members: (input.members ?? []).map((m) => ({ ...m, idNumber: seal(m.idNumber) })),
  };
}

export interface HistoryEntry {
  archiveId: string;
  by: string;
  action: string;
  changes: unknown;
  snapshot: unknown;
  reason?: string | null;
}

/** The insert of a history row, not yet sent: a caller may send it inside a larger statement. */
export function historyInsert(db: Database, entry: HistoryEntry) {
  return db.insert(archiveHistory).values({
    archiveId: entry.archiveId,
    byUserId: entry.by,
    action: entry.action,
    changes: entry.changes,
    snapshot: entry.snapshot,
    reason: entry.reason ?? null,
  });
}

export async function recordHistory(db: Database, entry: HistoryEntry) {
  await historyInsert(db, entry);
}

/**
 * A unique-index violation from a race the pre-check could not see, as the same user error
 * (the transaction helper's mapping, applied here too for callers outside a transaction).
 */
export function asLiveArchiveConflict(error: unknown): never {
  throw uniqueKeyRefusal(error) ?? error;
}

export interface SavedArchive {
  id: string;
  warnings: FieldError[];
}

export async function createArchive(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  raw: Record<string, unknown>,
  unionId: string | null,
): Promise<SavedArchive> {
  const targetUnionId = unionId ?? viewer.unionId;
  const union = await visibleUnion(db, viewer, targetUnionId);
  if (!union) throw new Forbidden('找不到该工会，或不在你的管理范围内。');
  if (union.level !== 'GRASSROOTS') {
    throw ValidationError.field(
      ['unionId'],
      'ARCHIVE_UNION_NOT_GRASSROOTS',
      '档案由基层工会建立，请选择一个基层工会。',
    );
  }
  if (!canEditArchivesOf(viewer, union.id, union.path))
    throw new Forbidden('只有本基层工会可以为其职工建档。');
  const { input, warnings } = await validateArchive(db, sealer, raw, null);
  const year = Number(new Date().toISOString().slice(0, 4));
  const [number] = await reserveArchiveNumbers(db, union.regionCode, year);
  try {
    const [created] = await db
      .insert(archives)
      .values({
        ...archiveColumns(input, sealer),
        number: number!,
        unionId: union.id,
        unionPath: union.path,
        createdBy: viewer.id,
        updatedBy: viewer.id,
      })
      .returning({ id: archives.id });
    const id = created!.id;
    if (input.members?.length)
      await db.insert(archiveMembers).values(memberRows(id, input.members, sealer));
    await recordHistory(db, {
      archiveId: id,
      by: viewer.id,
      action: 'CREATE',
      changes: diffArchive(null, { ...input, status: 'DRAFT' } as Record<string, unknown>),
      snapshot: snapshotOf(input, sealer, { status: 'DRAFT', number }),
    });
    return { id, warnings };
  } catch (error) {
    asLiveArchiveConflict(error);
  }
}

const NOT_VISIBLE = '找不到该档案，或不在你的管理范围内。';

/** The archive if the viewer may see it; FORBIDDEN otherwise (never another union's data). */
export async function visibleArchive(
  db: Database,
  viewer: Viewer,
  id: string,
): Promise<ArchiveRow> {
  const [row] = await db.select().from(archives).where(eq(archives.id, id)).limit(1);
  if (!row || !inSubtree(viewer, row.unionPath)) throw new Forbidden(NOT_VISIBLE);
  return row;
}

/**
 * The same, with its members, in one statement (a join, one row per member): work that snapshots
 * the archive into its history needs both, and a second round trip costs more than the repeated
 * archive columns of a household's few rows.
 */
export async function visibleArchiveWithMembers(
  db: Database,
  viewer: Viewer,
  id: string,
): Promise<ArchiveRow & { members: MemberRow[] }> {
  const rows = await db
    .select({ archive: archives, member: archiveMembers })
    .from(archives)
    .leftJoin(archiveMembers, eq(archiveMembers.archiveId, archives.id))
    .where(eq(archives.id, id));
  const row = rows[0]?.archive;
  if (!row || !inSubtree(viewer, row.unionPath)) throw new Forbidden(NOT_VISIBLE);
  return { ...row, members: rows.flatMap((r) => (r.member ? [r.member] : [])) };
}

export async function updateArchive(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  id: string,
  version: number,
  raw: Record<string, unknown>,
): Promise<SavedArchive> {
  const row = await visibleArchive(db, viewer, id);
  if (!canEditArchivesOf(viewer, row.unionId, row.unionPath))
    throw new Forbidden('只有建档的基层工会可以修改档案。');
  if (row.version !== version) {
    throw ValidationError.field(
      ['version'],
      'VERSION_CONFLICT',
      '该档案已被他人修改（你读取的是旧版本）。请刷新查看最新内容后再保存；你填写的内容不会丢失。',
    );
  }
  if (!EDITABLE_STATUSES.has(row.status)) {
    throw ValidationError.field(
      ['status'],
      'ARCHIVE_NOT_EDITABLE',
      '公示中、待审批或已退出的档案不能修改。',
    );
  }
  const before = inputOfArchive(row, await membersOf(db, id), sealer);
  const approved = row.status === 'ESTABLISHED';
  // Once approved, the determination is the approving union's (重新确定); an edit keeps it.
  const sent =
    approved && raw.determination == null ? { ...raw, determination: before.determination } : raw;
  const { input, warnings } = await validateArchive(db, sealer, sent, { row, input: before });
  if (approved && !sameDetermination(input.determination, before.determination)) {
    throw ValidationError.field(
      ['determination'],
      'DETERMINATION_BELONGS_TO_APPROVER',
      '是否为解困脱困对象及其分类由审批的县级工会确定，建档后只能由其“重新确定”；本次修改未写入任何内容。',
    );
  }
  const changes = diffArchive(before as Record<string, unknown>, input as Record<string, unknown>);
  try {
    const updated = await db
      .update(archives)
      .set({
        ...archiveColumns(input, sealer),
        version: row.version + 1,
        updatedBy: viewer.id,
        // A correction answers a failed spot check (动态管理: fixed until checked again).
        spotCheckFlagged: false,
      })
      .where(and(eq(archives.id, id), eq(archives.version, version)))
      .returning({ id: archives.id });
    if (!updated.length) {
      throw ValidationError.field(
        ['version'],
        'VERSION_CONFLICT',
        '该档案已被他人修改，请刷新后再保存；你填写的内容不会丢失。',
      );
    }
    await db.delete(archiveMembers).where(eq(archiveMembers.archiveId, id));
    if (input.members?.length)
      await db.insert(archiveMembers).values(memberRows(id, input.members, sealer));
    if (row.spotCheckFlagged) {
      await db
        .update(spotChecks)
        .set({ resolvedAt: sql`now()` })
        .where(and(eq(spotChecks.archiveId, id), isNull(spotChecks.resolvedAt)));
    }
    await recordHistory(db, {
      archiveId: id,
      by: viewer.id,
      action: 'UPDATE',
      changes,
      snapshot: snapshotOf(input, sealer, { status: row.status, number: row.number }),
    });
    return { id, warnings };
  } catch (error) {
    asLiveArchiveConflict(error);
  }
}

export async function deleteArchive(
  db: Database,
  viewer: Viewer,
  id: string,
): Promise<{ id: string; number: string }> {
  const row = await visibleArchive(db, viewer, id);
  if (!canEditArchivesOf(viewer, row.unionId, row.unionPath))
    throw new Forbidden('只有建档的基层工会可以删除档案。');
  if (row.status !== 'DRAFT') {
    throw ValidationError.field(
      ['status'],
      'ARCHIVE_NOT_DRAFT',
      '只能删除录入中的档案；已公示或建档的档案请走退出流程。',
    );
  }
  await db.delete(archives).where(eq(archives.id, id));
  return { id, number: row.number };
}

/** Whether two determinations say the same (list order aside). */
function sameDetermination(a: ArchiveInput['determination'], b: ArchiveInput['determination']) {
  const norm = (d: ArchiveInput['determination']) => {
    const c = determinationColumns(d ?? null);
    return JSON.stringify({
      ...c,
      keyGroups: c.keyGroups.sort(),
      measures: c.measures.sort(),
      actionPlans: c.actionPlans.sort(),
    });
  };
  return norm(a) === norm(b);
}
