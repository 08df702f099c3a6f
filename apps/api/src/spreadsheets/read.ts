import type { CellValue } from 'exceljs';
import { ARCHIVE_FIELDS, type FieldSpec } from '@bangfu/domain';
import type { Codebook } from './codebook.js';
import { readSheets } from './read-sheets.js';
import { plainValue, readCell } from './cells.js';
import {
  ARCHIVE_COLUMNS,
  ARCHIVE_ROW,
  columnLetter,
  header,
  headerKey,
  MEMBER_COLUMNS,
  SHEETS,
} from './layout.js';

/*
 * Reads an uploaded archive workbook into archive inputs (API names), remembering which sheet,
 * row and column each value came from so that every problem can be pointed at its cell.
 */

/** One problem, where a person finds it in Excel. */
export interface SheetError {
  sheet: string;
  row: number | null;
  /** Column letter, when the field has a column. */
  column: string | null;
  columnLabel: string;
  /** The field's API name (on 家庭成员, the member's field). */
  field: string;
  code: string;
  message: string;
}

export interface SheetRow {
  row: number;
  raw: Record<string, unknown>;
}

export interface ArchiveRowRead extends SheetRow {
  members: SheetRow[];
}

export interface SheetLayout {
  name: string;
  /** Field name → column number, for the columns present. */
  columns: Map<string, number>;
}

export interface WorkbookRead {
  archives: ArchiveRowRead[];
  archiveSheet: SheetLayout;
  memberSheet: SheetLayout;
  errors: SheetError[];
}

// Columns the export adds that are not typed in: ignored if a sheet comes back with them.
const NOT_TYPED_IN = new Set<string>([
  ARCHIVE_FIELDS.number.label,
  ARCHIVE_FIELDS.monthlyIncomePerMemberFen.label,
]);

export function readError(
  sheet: SheetLayout,
  row: number | null,
  spec: Pick<FieldSpec, 'name' | 'label'>,
  code: string,
  message: string,
): SheetError {
  const n = sheet.columns.get(spec.name);
  return {
    sheet: sheet.name,
    row,
    column: n ? columnLetter(n) : null,
    columnLabel: spec.label,
    field: spec.name,
    code,
    message,
  };
}

/** One sheet as read: its name and the values of each row that has any, by column number. */
export interface SheetValues {
  name: string;
  rows: Map<number, Map<number, CellValue>>;
}

function mapHeader(
  sheet: SheetValues,
  specs: readonly FieldSpec[],
  errors: SheetError[],
): SheetLayout {
  const layout: SheetLayout = { name: sheet.name, columns: new Map() };
  const byKey = new Map(specs.map((s) => [headerKey(header(s)), s]));
  for (const [n, value] of sheet.rows.get(1) ?? []) {
    const text = String(plainValue(value) ?? '');
    const key = headerKey(text);
    if (!key || NOT_TYPED_IN.has(key)) continue;
    const spec = byKey.get(key);
    const at = { sheet: sheet.name, row: 1, column: columnLetter(n), columnLabel: text };
    if (!spec)
      errors.push({
        ...at,
        field: '',
        code: 'COLUMN_UNKNOWN',
        message: `“${text}”不是档案表的栏目，请删除该列或改为模板中的栏目名称。`,
      });
    else if (layout.columns.has(spec.name))
      errors.push({
        ...at,
        field: spec.name,
        code: 'COLUMN_DUPLICATE',
        message: `“${spec.label}”这一列出现了两次。`,
      });
    else layout.columns.set(spec.name, n);
  }
  for (const spec of specs) {
    if (spec.required && !layout.columns.has(spec.name)) {
      errors.push(
        readError(
          layout,
          1,
          spec,
          'COLUMN_MISSING',
          `缺少必填栏目“${spec.label}”，请使用模板中的栏目。`,
        ),
      );
    }
  }
  return layout;
}

/** The typed-in values of one sheet row, or null when the row is empty. */
function readRow(
  cells: Map<number, CellValue>,
  layout: SheetLayout,
  specs: readonly FieldSpec[],
  n: number,
  codes: Codebook,
  errors: SheetError[],
) {
  const raw: Record<string, unknown> = {};
  let filled = false;
  for (const spec of specs) {
    const column = layout.columns.get(spec.name);
    if (!column) continue;
    const value = plainValue(cells.get(column));
    if (value === null) continue;
    filled = true;
    const read = readCell(spec, value, codes);
    if (read.ok) raw[spec.name] = read.value;
    else errors.push(readError(layout, n, spec, read.code, read.message));
  }
  return filled ? raw : null;
}

const ARCHIVE_ROW_SPEC: FieldSpec = {
  name: ARCHIVE_ROW.name,
  label: ARCHIVE_ROW.label,
  labelEn: 'Row on 档案',
  required: true,
  kind: 'int',
  section: 'members',
};

function fileError(sheet: string, code: string, message: string): SheetError {
  return { sheet, row: null, column: null, columnLabel: '', field: '', code, message };
}

export async function readArchiveWorkbook(file: Buffer, codes: Codebook): Promise<WorkbookRead> {
  const empty: SheetLayout = { name: SHEETS.archives, columns: new Map() };
  const refused = (error: SheetError): WorkbookRead => ({
    archives: [],
    archiveSheet: empty,
    memberSheet: { ...empty, name: SHEETS.members },
    errors: [error],
  });
  const sheets = await readSheets(file);
  if (!sheets.ok) return refused(fileError('', sheets.code, sheets.message));
  const { archiveSheet, memberSheet } = sheets;
  if (!archiveSheet)
    return refused(fileError(SHEETS.archives, 'SHEET_MISSING', '工作簿中没有“档案”表。'));

  const errors: SheetError[] = [];
  const archiveLayout = mapHeader(archiveSheet, ARCHIVE_COLUMNS, errors);
  const memberSpecs = [ARCHIVE_ROW_SPEC, ...MEMBER_COLUMNS];
  const memberLayout = memberSheet
    ? mapHeader(memberSheet, memberSpecs, errors)
    : { name: SHEETS.members, columns: new Map<string, number>() };
  if (errors.length)
    return { archives: [], archiveSheet: archiveLayout, memberSheet: memberLayout, errors };

  const archives = new Map<number, ArchiveRowRead>();
  for (const [n, cells] of archiveSheet.rows) {
    if (n < 2) continue;
    const raw = readRow(cells, archiveLayout, ARCHIVE_COLUMNS, n, codes, errors);
    if (raw) archives.set(n, { row: n, raw, members: [] });
  }
  for (const [n, cells] of memberSheet?.rows ?? []) {
    if (n < 2) continue;
    const raw = readRow(cells, memberLayout, memberSpecs, n, codes, errors);
    if (!raw) continue;
    const { [ARCHIVE_ROW.name]: link, ...member } = raw;
    const owner =
      typeof link === 'number' && Number.isInteger(link) ? archives.get(link) : undefined;
    if (owner) owner.members.push({ row: n, raw: member });
    else {
      const message =
        link === undefined
          ? `请填写${ARCHIVE_ROW.label}。`
          : `${ARCHIVE_ROW.label}“${String(link)}”在“${archiveSheet.name}”表中没有对应的档案。`;
      errors.push(readError(memberLayout, n, ARCHIVE_ROW_SPEC, 'MEMBER_ROW_UNKNOWN', message));
    }
  }
  return {
    archives: [...archives.values()],
    archiveSheet: archiveLayout,
    memberSheet: memberLayout,
    errors,
  };
}
