import { createHash } from 'node:crypto';
import { formatErrorMessage } from '@bangfu/domain';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import { inSubtree } from '../auth/scope.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import { archives, attachments, sensitiveAccessLog } from '../db/schema/index.js';
import { isSelectableCode } from '../dictionaries/selectable.js';
import { inputOfArchive, type ArchiveRow } from '../archives/current.js';
import { isAnalyst } from '../archives/access.js';
import {
  canEditArchivesOf,
  recordHistory,
  snapshotOf,
  visibleArchive,
} from '../archives/service.js';
import { membersOf } from '../archives/validate.js';
import { Forbidden, ValidationError, type FieldError } from '../errors.js';
import { requireQuota } from './quota.js';
import type { VerifiedFile } from './verify.js';

/*
 * 附件: proofs kept with an archive. Files are never deleted — removal only hides them — so a
 * record's evidence survives every change; each addition and removal is in the archive's history.
 */

/** Where a file is downloaded (GET, with a Bearer token). */
export const attachmentUrl = (id: string) => `/attachments/${id}`;

export const ATTACHMENT_NAME_MAX = 100;
export const ATTACHMENT_REMARK_MAX = 200;

export interface AttachmentMeta {
  archiveId: string;
  type: string;
  name: string;
  remark: string | null;
}

/** Who may add or remove files: whoever keeps the archive, until it has exited. */
async function editableArchive(
  db: Database,
  viewer: Viewer,
  archiveId: string,
): Promise<ArchiveRow> {
  const row = await visibleArchive(db, viewer, archiveId);
  if (!canEditArchivesOf(viewer, row.unionId, row.unionPath))
    throw new Forbidden('只有建档的基层工会可以上传或移除附件。');
  if (row.status === 'EXITED') {
    throw ValidationError.field(
      ['archiveId'],
      'ARCHIVE_EXITED',
      '档案已退出，附件不能再增减；如需补充请先重新纳入。',
    );
  }
  return row;
}

/** Checks the description sent with a file (type, name, remark) before the file is read. */
export async function checkAttachmentMeta(
  db: Database,
  viewer: Viewer,
  meta: AttachmentMeta,
): Promise<ArchiveRow> {
  const row = await editableArchive(db, viewer, meta.archiveId);
  const errors: FieldError[] = [];
  if (!meta.type)
    errors.push({
      path: ['type'],
      code: 'REQUIRED',
      message: formatErrorMessage('REQUIRED', { label: '附件类型' }),
    });
  else if (!(await isSelectableCode(db, 'attachmentType', meta.type))) {
    errors.push({
      path: ['type'],
      code: 'NOT_IN_DICTIONARY',
      message: formatErrorMessage('NOT_IN_DICTIONARY', { label: '附件类型', value: meta.type }),
    });
  }
  if (!meta.name)
    errors.push({
      path: ['name'],
      code: 'REQUIRED',
      message: formatErrorMessage('REQUIRED', { label: '附件名称' }),
    });
  else if ([...meta.name].length > ATTACHMENT_NAME_MAX) {
    errors.push({
      path: ['name'],
      code: 'TEXT_TOO_LONG',
      message: formatErrorMessage('TEXT_TOO_LONG', { label: '附件名称', max: ATTACHMENT_NAME_MAX }),
    });
  }
  if (meta.remark && [...meta.remark].length > ATTACHMENT_REMARK_MAX) {
    errors.push({
      path: ['remark'],
      code: 'TEXT_TOO_LONG',
      message: formatErrorMessage('TEXT_TOO_LONG', { label: '备注', max: ATTACHMENT_REMARK_MAX }),
    });
  }
  if (errors.length)
    throw new ValidationError(`附件有 ${errors.length} 处需要修改：${errors[0]!.message}`, errors);
  return row;
}

/**
 * The archive's whole form and its visible files, as a history snapshot records them. Files are
 * named by id, type and checksum only: a file name may name a person, and snapshots reach analysts.
 */
async function snapshotWithAttachments(db: Database, sealer: Sealer, row: ArchiveRow) {
  const files = await db
    .select({ id: attachments.id, type: attachments.type, sha256: attachments.sha256 })
    .from(attachments)
    .where(and(eq(attachments.archiveId, row.id), isNull(attachments.removedAt)))
    .orderBy(asc(attachments.createdAt));
  const input = inputOfArchive(row, await membersOf(db, row.id), sealer);
  return snapshotOf(input, sealer, {
    status: row.status,
    number: row.number,
    cycle: row.cycle,
    attachments: files,
  });
}

/**
 * Bytes travel as base64 text and are decoded by the database: the embedded PGlite converts a
 * binary parameter byte by byte in JavaScript (~14 s for 10 MiB, ~8 s to read back) while
 * decode/encode take a fraction of that; PostgreSQL is indifferent.
 */
const asBase64Param = (bytes: Buffer) => sql`decode(${bytes.toString('base64')}, 'base64')`;

/**
 * Stores a verified file within the union's quota (call inside a transaction, after
 * `checkAttachmentMeta`).
 */
export async function addAttachment(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  row: ArchiveRow,
  meta: AttachmentMeta,
  file: VerifiedFile,
  quotaMb: number,
) {
  const { bytes } = file;
  await requireQuota(db, row.unionId, bytes.length, quotaMb);
  const [created] = await db
    .insert(attachments)
    .values({
      archiveId: row.id,
      type: meta.type,
      name: meta.name,
      remark: meta.remark,
      contentType: file.contentType,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      content: asBase64Param(bytes),
      createdBy: viewer.id,
    })
    .returning({
      id: attachments.id,
      type: attachments.type,
      name: attachments.name,
      remark: attachments.remark,
      contentType: attachments.contentType,
      size: attachments.size,
      sha256: attachments.sha256,
      createdAt: attachments.createdAt,
    });
  const stored = created!;
  await recordHistory(db, {
    archiveId: row.id,
    by: viewer.id,
    action: 'ATTACHMENT_ADDED',
    changes: {
      attachments: {
        from: null,
        to: {
          id: stored.id,
          type: stored.type,
          name: stored.name,
          size: stored.size,
          sha256: stored.sha256,
        },
      },
    },
    snapshot: await snapshotWithAttachments(db, sealer, row),
  });
  return stored;
}

/** Hides a file from the archive; its bytes stay stored. */
export async function removeAttachment(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  id: string,
): Promise<string> {
  const [file] = await db
    .select({
      archiveId: attachments.archiveId,
      removedAt: attachments.removedAt,
      name: attachments.name,
      type: attachments.type,
    })
    .from(attachments)
    .where(eq(attachments.id, id));
  if (!file) throw new Forbidden('找不到该附件，或不在你的管理范围内。');
  const row = await editableArchive(db, viewer, file.archiveId);
  if (file.removedAt)
    throw ValidationError.field(['id'], 'ATTACHMENT_ALREADY_REMOVED', '该附件已经移除。');
  await db
    .update(attachments)
    .set({ removedAt: new Date(), removedBy: viewer.id })
    .where(eq(attachments.id, id));
  await recordHistory(db, {
    archiveId: row.id,
    by: viewer.id,
    action: 'ATTACHMENT_REMOVED',
    changes: { attachments: { from: { id, type: file.type, name: file.name }, to: null } },
    snapshot: await snapshotWithAttachments(db, sealer, row),
  });
  return id;
}

/**
 * A file to send back, to anyone who may read the archive's identifying details: analysts read
 * de-identified records only, and a scanned proof is anything but. Another union's file, or a
 * removed one, is simply not found.
 */
export async function attachmentForDownload(db: Database, viewer: Viewer, id: string) {
  const analyst = isAnalyst(viewer);
  const [file] = await db
    .select({
      archiveId: attachments.archiveId,
      name: attachments.name,
      contentType: attachments.contentType,
      sha256: attachments.sha256,
      unionPath: archives.unionPath,
      // Never load the bytes for a request that is going to be refused.
      content: analyst ? sql<null>`null` : sql<string>`encode(${attachments.content}, 'base64')`,
    })
    .from(attachments)
    .innerJoin(archives, eq(archives.id, attachments.archiveId))
    .where(and(eq(attachments.id, id), isNull(attachments.removedAt)));
  if (!file || !inSubtree(viewer, file.unionPath)) return null;
  if (analyst || !file.content) throw new Forbidden('统计分析员不能查看附件。');
  // A scanned proof is as sensitive as an ID number: every download is logged like a reveal.
  await db
    .insert(sensitiveAccessLog)
    .values({ userId: viewer.id, archiveId: file.archiveId, field: `attachments.${id}` });
  return { ...file, content: Buffer.from(file.content, 'base64') };
}
