import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  ARCHIVE_FIELDS,
  ARCHIVE_STATUSES,
  maskMobile,
  type ArchiveStatus,
  type FieldSpec,
} from '@bangfu/domain';
import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import { archiveMembers, archives, unions } from '../db/schema/index.js';
import { HIDDEN_TEXT } from '../archives/analyst-view.js';
import {
  ANALYST_HIDDEN_ARCHIVE_FIELDS,
  ANALYST_HIDDEN_MEMBER_FIELDS,
  isAnalyst,
  personName,
} from '../archives/access.js';
import {
  archiveFilterSql,
  refuseAnalystLookups,
  type ArchiveFilterArgs,
} from '../archives/filter.js';
import type { Codebook } from './codebook.js';
import { ARCHIVE_ROW, DETERMINATION_COLUMNS, header, MEMBER_COLUMNS, SHEETS } from './layout.js';

/*
 * The archive list as a workbook (GET /spreadsheets/archives/export.xlsx): the same rows as the
 * `archives` query with the same filter — the viewer's subtree, archiveFilterSql — and the same
 * masking: ID, bank and mobile numbers masked for everyone, analysts de-identified. Streamed in
 * pages, so memory stays flat however many rows; members follow on their own sheet.
 */

/** More than this is refused: narrow the filter (a province-wide file would be hundreds of MB). */
export const MAX_EXPORT_ROWS = 50_000;
const PAGE = 1000;

// The same fields the Archive type and its history hide from analysts (access.ts).
const ANALYST_HIDDEN = new Set(ANALYST_HIDDEN_ARCHIVE_FIELDS);
const MEMBER_ANALYST_HIDDEN = new Set(ANALYST_HIDDEN_MEMBER_FIELDS);

const { idNumberCipher: _id, bankCardCipher: _card, ...listed } = getTableColumns(archives);
type Listed = { [K in keyof typeof listed]: (typeof archives.$inferSelect)[K] };
type MemberRow = typeof archiveMembers.$inferSelect;

const FORM_COLUMNS = Object.values<FieldSpec>(ARCHIVE_FIELDS).filter(
  (f) => f.kind !== 'attachments' && f.name !== 'number',
);

/** A stored value as a person reads it: labels for codes, yuan for fen, 是/否. */
function shown(spec: FieldSpec, value: unknown, codes: Codebook): ExcelJS.CellValue {
  if (value == null) return null;
  switch (spec.kind) {
    case 'dictionary':
    case 'enum':
      return codes.label(spec, String(value));
    case 'enumList':
      return (value as string[]).map((code) => codes.label(spec, code)).join('、') || null;
    case 'bool':
      return value ? '是' : '否';
    case 'fen':
      return (value as number) / 100;
    default:
      return value as ExcelJS.CellValue;
  }
}

function archiveValue(name: string, row: Listed, viewer: Viewer): unknown {
  if (name === 'name') return personName(viewer, row.name);
  if (isAnalyst(viewer) && ANALYST_HIDDEN.has(name)) return null;
  if (name === 'idNumber') return row.idNumberMasked;
  if (name === 'bankCardNumber') return row.bankCardMasked;
  if (name === 'mobile') return row.mobile ? maskMobile(row.mobile) : null;
  // Classification belongs to a determination; without one the columns stay empty.
  if (row.isTarget == null && DETERMINATION_COLUMNS.some((d) => d.name === name)) return null;
  return (row as Record<string, unknown>)[name];
}

function memberValue(name: string, m: MemberRow, viewer: Viewer): unknown {
  if (name === 'name') return personName(viewer, m.name);
  if (isAnalyst(viewer) && MEMBER_ANALYST_HIDDEN.has(name)) return null;
  if (name === 'idNumber') return m.idNumberMasked;
  return (m as Record<string, unknown>)[name];
}

const widthOf = (text: string) => Math.max(10, [...text].length * 2 + 2);

function startSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, headers: string[]) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((h) => ({ width: widthOf(h) }));
  const row = sheet.addRow(headers);
  row.font = { bold: true };
  row.commit();
  return sheet;
}

/** The filter's rows in the list's default order (most recently changed first), a page at a time. */
type Page = (Listed & { unionName: string; placeName: string; cursorAt: string })[];

async function* pages(
  db: Database,
  viewer: Viewer,
  filter: ArchiveFilterArgs,
  sealer: Sealer,
): AsyncGenerator<Page> {
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const page: Page = await db
      .select({
        ...listed,
        unionName: unions.name,
        // What analysts see instead of a grassroots union: the union above it (county level).
        placeName: sql<string>`case when ${unions.level} = 'GRASSROOTS'
          then coalesce((select p.name from unions p where p.id = ${unions.parentId}), ${HIDDEN_TEXT})
          else ${unions.name} end`,
        cursorAt: sql<string>`${archives.updatedAt}::text`,
      })
      .from(archives)
      .innerJoin(unions, eq(unions.id, archives.unionId))
      .where(
        and(
          archiveFilterSql(archives, viewer, filter, sealer),
          // Keyset on the exact stored timestamp (text keeps its microseconds; a Date would not).
          after
            ? sql`(${archives.updatedAt}, ${archives.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(archives.updatedAt), desc(archives.id))
      .limit(PAGE);
    if (page.length) yield page;
    if (page.length < PAGE) return;
    const last: Page[number] = page[page.length - 1]!;
    after = { at: last.cursorAt, id: last.id };
  }
}

export async function countForExport(
  db: Database,
  viewer: Viewer,
  filter: ArchiveFilterArgs,
  sealer: Sealer,
): Promise<number> {
  await refuseAnalystLookups(db, viewer, filter);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(archives)
    .where(archiveFilterSql(archives, viewer, filter, sealer));
  return row?.n ?? 0;
}

export async function writeArchiveExport(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  filter: ArchiveFilterArgs,
  codes: Codebook,
  out: Writable,
): Promise<void> {
  await refuseAnalystLookups(db, viewer, filter);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const plain = (spec: FieldSpec) => header({ ...spec, required: false });
  const archiveSheet = startSheet(book, SHEETS.archives, [
    ARCHIVE_FIELDS.number.label,
    '状态',
    '建档工会',
    ...FORM_COLUMNS.map(plain),
    ...DETERMINATION_COLUMNS.map(plain),
  ]);
  // The members sheet is written after the archives (a streamed workbook writes one sheet at a
  // time), so the first pass only remembers which row each archive landed on.
  const placed: { id: string; number: string; row: number }[] = [];
  for await (const page of pages(db, viewer, filter, sealer)) {
    for (const a of page) {
      const row = archiveSheet.addRow([
        a.number,
        ARCHIVE_STATUSES[a.status as ArchiveStatus]?.label ?? a.status,
        isAnalyst(viewer) ? a.placeName : a.unionName,
        ...[...FORM_COLUMNS, ...DETERMINATION_COLUMNS].map((spec) =>
          shown(spec, archiveValue(spec.name, a, viewer), codes),
        ),
      ]);
      FORM_COLUMNS.forEach((spec, i) => {
        if (spec.kind === 'fen') row.getCell(4 + i).numFmt = '0.00';
      });
      placed.push({ id: a.id, number: a.number, row: row.number });
      row.commit();
    }
  }
  archiveSheet.commit();
  const memberSheet = startSheet(book, SHEETS.members, [
    ARCHIVE_ROW.label,
    ARCHIVE_FIELDS.number.label,
    ...MEMBER_COLUMNS.map(plain),
  ]);
  for (let i = 0; i < placed.length; i += PAGE) {
    const slice = placed.slice(i, i + PAGE);
    const members = await db
      .select()
      .from(archiveMembers)
      .where(
        inArray(
          archiveMembers.archiveId,
          slice.map((p) => p.id),
        ),
      )
      .orderBy(asc(archiveMembers.archiveId), asc(archiveMembers.position));
    const byArchive = new Map<string, MemberRow[]>();
    for (const m of members) byArchive.set(m.archiveId, [...(byArchive.get(m.archiveId) ?? []), m]);
    for (const p of slice) {
      for (const m of byArchive.get(p.id) ?? []) {
        const values = MEMBER_COLUMNS.map((spec) =>
          shown(spec, memberValue(spec.name, m, viewer), codes),
        );
        memberSheet.addRow([p.row, p.number, ...values]).commit();
      }
    }
  }
  memberSheet.commit();
  await book.commit();
}
