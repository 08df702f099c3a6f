import { randomUUID } from 'node:crypto';
import {
  archiveWarnings,
  makeArchiveInputSchema,
  normalizeIdNumber,
  toFieldErrors,
  type ArchiveInput,
  type FieldSpec,
} from '@bangfu/domain';
import { eq } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import { inSubtree } from '../auth/scope.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { archiveHistory, archiveMembers, archives, unions } from '../db/schema/index.js';
import { diffArchive } from '../archives/history.js';
import { canEditArchivesOf, snapshotOf } from '../archives/service.js';
import { archiveColumns, memberRows, reserveArchiveNumbers } from '../archives/store.js';
import {
  liveArchiveError,
  liveArchivesHolding,
  memberConflictWarnings,
  selectableCodes,
} from '../archives/validate.js';
import { Forbidden, ValidationError, type FieldError } from '../errors.js';
import { Codebook } from './codebook.js';
import { ARCHIVE_COLUMNS, MEMBER_COLUMNS } from './layout.js';
import {
  readArchiveWorkbook,
  readError,
  type ArchiveRowRead,
  type SheetError,
  type WorkbookRead,
} from './read.js';

/*
 * Batch import of archives from the template (POST /spreadsheets/archives/import): every row is
 * checked first — the same rules as createArchive, plus duplicates within the file — and then
 * either nothing is written and every problem is listed by sheet, row and column, or all rows
 * are written in one transaction. One validation pass: a handful of statements however many rows.
 */

export type ImportOutcome =
  | { ok: true; created: number; numbers: string[]; warnings: SheetError[] }
  | { ok: false; errors: SheetError[] };

const ARCHIVE_SPECS = new Map<string, Pick<FieldSpec, 'name' | 'label'>>(
  ARCHIVE_COLUMNS.map((s) => [s.name, s]),
);

/** Points a validator's field path (['members', '1', 'idNumber']) at the cell it came from. */
function locate(
  read: WorkbookRead,
  row: ArchiveRowRead,
  { path, code, message }: FieldError,
): SheetError {
  const [head, index, memberField] = path;
  if (head === 'members' && memberField !== undefined) {
    const spec = MEMBER_COLUMNS.find((s) => s.name === memberField) ?? {
      name: memberField,
      label: memberField,
    };
    return readError(
      read.memberSheet,
      row.members[Number(index)]?.row ?? null,
      spec,
      code,
      message,
    );
  }
  const spec = ARCHIVE_SPECS.get(head ?? '') ?? { name: head ?? '', label: head ?? '' };
  return readError(read.archiveSheet, row.row, spec, code, message);
}

type Union = typeof unions.$inferSelect;

interface Checked {
  row: ArchiveRowRead;
  input: ArchiveInput;
  idHash: string;
  memberHashes: (string | null)[];
}

/** The grassroots union the archives go to, with the same checks as createArchive. */
export async function targetUnion(db: Database, viewer: Viewer, unionId: string | null) {
  const [union] = await db
    .select()
    .from(unions)
    .where(eq(unions.id, unionId ?? viewer.unionId))
    .limit(1);
  if (!union || !inSubtree(viewer, union.path))
    throw new Forbidden('找不到该工会，或不在你的管理范围内。');
  if (union.level !== 'GRASSROOTS') {
    throw ValidationError.field(
      ['unionId'],
      'ARCHIVE_UNION_NOT_GRASSROOTS',
      '档案由基层工会建立，请选择一个基层工会。',
    );
  }
  if (!canEditArchivesOf(viewer, union.id, union.path))
    throw new Forbidden('只有本基层工会可以为其职工建档。');
  return union;
}

async function check(db: Database, sealer: Sealer, read: WorkbookRead) {
  const errors: SheetError[] = [...read.errors];
  const warnings: SheetError[] = [];
  // A cell that could not be read already has its error; the validator would only repeat it.
  const unreadable = new Set(read.errors.map((e) => `${e.sheet}:${e.row}:${e.field}`));
  const schema = makeArchiveInputSchema({ isSelectable: await selectableCodes(db, null) });
  const checked: Checked[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of read.archives) {
    const parsed = schema.safeParse({ ...row.raw, members: row.members.map((m) => m.raw) });
    if (!parsed.success) {
      for (const e of toFieldErrors(parsed.error).map((e) => locate(read, row, e))) {
        if (!unreadable.has(`${e.sheet}:${e.row}:${e.field}`)) errors.push(e);
      }
      continue;
    }
    const input = parsed.data;
    const id = normalizeIdNumber(input.idNumber);
    const first = firstRowOf.get(id);
    if (first !== undefined) {
      errors.push(
        locate(read, row, {
          path: ['idNumber'],
          code: 'ID_NUMBER_DUPLICATE_IN_FILE',
          message: `身份证号与第${first}行相同，一名职工只能建一份档案。`,
        }),
      );
      continue;
    }
    firstRowOf.set(id, row.row);
    const memberHashes = (input.members ?? []).map((m) =>
      m.idNumber ? sealer.lookupHash(normalizeIdNumber(m.idNumber)) : null,
    );
    checked.push({ row, input, idHash: sealer.lookupHash(id), memberHashes });
    for (const w of archiveWarnings(input)) warnings.push(locate(read, row, w));
    (input.members ?? []).forEach((m, i) => {
      const worker = m.idNumber ? firstRowOf.get(normalizeIdNumber(m.idNumber)) : undefined;
      if (worker !== undefined && worker !== row.row) {
        const message = `第${i + 1}位家庭成员是本表第${worker}行档案的职工本人，请核实。`;
        warnings.push(
          locate(read, row, {
            path: ['members', String(i), 'idNumber'],
            code: 'MEMBER_IS_WORKER_OF_ANOTHER_ARCHIVE',
            message,
          }),
        );
      }
    });
  }
  const holders = await liveArchivesHolding(
    db,
    checked.map((c) => c.idHash),
    null,
  );
  const others = await liveArchivesHolding(
    db,
    checked.flatMap((c) => c.memberHashes.filter((h): h is string => h !== null)),
    null,
  );
  for (const c of checked) {
    const holder = holders.find((h) => h.hash === c.idHash);
    if (holder)
      errors.push(
        ...liveArchiveError(c.input.idNumber, holder).fieldErrors.map((e) =>
          locate(read, c.row, e),
        ),
      );
    for (const w of memberConflictWarnings(c.memberHashes, others))
      warnings.push(locate(read, c.row, w));
  }
  return { checked, errors, warnings };
}

// Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table (archives).
const BATCH = 500;

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** Writes every checked archive with its members and a history entry; the caller's transaction. */
async function write(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  union: Union,
  checked: Checked[],
) {
  const year = Number(new Date().toISOString().slice(0, 4));
  const numbers = await reserveArchiveNumbers(db, union.regionCode, year, checked.length);
  const ids = checked.map(() => randomUUID());
  const base = {
    unionId: union.id,
    unionPath: union.path,
    createdBy: viewer.id,
    updatedBy: viewer.id,
  };
  await insertInBatches(
    checked.map((c, i) => ({
      ...archiveColumns(c.input, sealer),
      ...base,
      id: ids[i]!,
      number: numbers[i]!,
    })),
    (batch) => db.insert(archives).values(batch),
  );
  await insertInBatches(
    checked.flatMap((c, i) => memberRows(ids[i]!, c.input.members ?? [], sealer)),
    (batch) => db.insert(archiveMembers).values(batch),
  );
  await insertInBatches(
    checked.map((c, i) => ({
      archiveId: ids[i]!,
      byUserId: viewer.id,
      action: 'CREATE',
      changes: diffArchive(null, { ...c.input, status: 'DRAFT' } as Record<string, unknown>),
      snapshot: snapshotOf(c.input, sealer, { status: 'DRAFT', number: numbers[i] }),
      reason: '表格导入',
    })),
    (batch) => db.insert(archiveHistory).values(batch),
  );
  return numbers;
}

/** Errors in reading order: 档案 before 家庭成员, then by row and column. */
function inReadingOrder(read: WorkbookRead, list: SheetError[]): SheetError[] {
  const sheet = (e: SheetError) => (e.sheet === read.archiveSheet.name ? 0 : 1);
  const column = (e: SheetError) => (e.column ?? '').padStart(3, ' ');
  return list.sort(
    (a, b) =>
      sheet(a) - sheet(b) || (a.row ?? 0) - (b.row ?? 0) || column(a).localeCompare(column(b)),
  );
}

export async function importArchives(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  union: Union,
  file: Buffer,
): Promise<ImportOutcome> {
  const read = await readArchiveWorkbook(file, await Codebook.load(db));
  if (read.errors.some((e) => e.row === 1 || e.row === null))
    return { ok: false, errors: read.errors };
  const { checked, errors, warnings } = await check(db, sealer, read);
  if (errors.length) return { ok: false, errors: inReadingOrder(read, errors) };
  if (!checked.length) {
    return {
      ok: false,
      errors: [
        {
          sheet: read.archiveSheet.name,
          row: null,
          column: null,
          columnLabel: '',
          field: '',
          code: 'IMPORT_EMPTY',
          message: '表中没有填写任何档案。',
        },
      ],
    };
  }
  try {
    const numbers = await inTransaction(
      db,
      async (tx) => await write(tx, sealer, viewer, union, checked),
    );
    return { ok: true, created: numbers.length, numbers, warnings: inReadingOrder(read, warnings) };
  } catch (error) {
    // Someone created an archive for one of these workers while the file was being checked.
    const raceLost =
      error instanceof ValidationError &&
      error.fieldErrors[0]?.code === 'ID_NUMBER_HAS_LIVE_ARCHIVE';
    if (!raceLost) throw error;
    const message =
      '检查期间有人为表中的某位职工建了档，未导入任何档案；请重新上传，系统会指出是哪一行。';
    return {
      ok: false,
      errors: [
        {
          sheet: read.archiveSheet.name,
          row: null,
          column: null,
          columnLabel: '',
          field: 'idNumber',
          code: 'ID_NUMBER_HAS_LIVE_ARCHIVE',
          message,
        },
      ],
    };
  }
}
