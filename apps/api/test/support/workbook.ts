import ExcelJS from 'exceljs';
import {
  ARCHIVE_FIELDS,
  DEFAULT_DICTIONARIES,
  FIXED_LISTS,
  MEMBER_FIELDS,
  type DictionaryName,
  type FieldSpec,
} from '@bangfu/domain';
import { archiveInput } from './archive-input.js';

/*
 * Fills the downloaded template the way a person does in Excel: labels picked from the drop-downs
 * (or codes typed in), money in yuan, dates as Excel dates or text, members on their own sheet.
 */

export async function loadWorkbook(bytes: ArrayBuffer | Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as ArrayBuffer);
  return book;
}

export const bufferOf = async (book: ExcelJS.Workbook) =>
  Buffer.from(await book.xlsx.writeBuffer());

/** Header text without the * mark and unit, as the column's field label. */
const labelOf = (header: string) => header.replace(/^\*/, '').replace(/（(元|m²)）$/, '');

export function columnsOf(sheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, n) => columns.set(labelOf(String(cell.value)), n));
  return columns;
}

/** Writes `values` (keyed by the column's label, e.g. 姓名) into row `n`. */
export function setRow(
  sheet: ExcelJS.Worksheet,
  n: number,
  values: Record<string, ExcelJS.CellValue>,
) {
  const columns = columnsOf(sheet);
  for (const [label, value] of Object.entries(values)) {
    const column = columns.get(label);
    if (!column) throw new Error(`no column ${label} on ${sheet.name}`);
    sheet.getRow(n).getCell(column).value = value;
  }
}

function labelFor(spec: FieldSpec, code: string): string {
  if (spec.dictionary)
    return DEFAULT_DICTIONARIES[spec.dictionary as DictionaryName].entries.find(
      (e) => e.code === code,
    )!.label;
  return FIXED_LISTS[spec.list!].entries.find((e) => e.code === code)!.label;
}

/** A cell as a person would type the input value: `style` picks labels or codes for choices. */
function cellFor(spec: FieldSpec, value: unknown, style: 'labels' | 'codes'): ExcelJS.CellValue {
  if (value == null) return null;
  switch (spec.kind) {
    case 'dictionary':
    case 'enum':
      return style === 'labels' ? labelFor(spec, String(value)) : String(value);
    case 'enumList':
      return (value as string[])
        .map((c) => (style === 'labels' ? labelFor(spec, c) : c))
        .join('、');
    case 'fen':
      return style === 'labels'
        ? (value as number) / 100
        : `¥${((value as number) / 100).toFixed(2)}`;
    case 'bool':
      return value ? '是' : '否';
    case 'date':
      return style === 'labels'
        ? new Date(`${String(value)}T00:00:00Z`)
        : String(value).replaceAll('-', '/');
    default:
      return value as ExcelJS.CellValue;
  }
}

function rowFor(
  specs: Record<string, FieldSpec>,
  input: Record<string, unknown>,
  style: 'labels' | 'codes',
) {
  const values: Record<string, ExcelJS.CellValue> = {};
  for (const [name, value] of Object.entries(input)) {
    const spec = specs[name];
    if (spec && value !== undefined) values[spec.label] = cellFor(spec, value, style);
  }
  return values;
}

/** Puts archiveInput(seq, overrides) on row `row` of 档案 and its members on 家庭成员 from `memberRow`. */
export function fillArchive(
  book: ExcelJS.Workbook,
  row: number,
  seq: number,
  overrides: Record<string, unknown> = {},
  options: { style?: 'labels' | 'codes'; memberRow?: number } = {},
): number {
  const style = options.style ?? 'labels';
  const { members, ...input } = archiveInput(seq, overrides) as Record<string, unknown> & {
    members?: Record<string, unknown>[];
  };
  setRow(book.getWorksheet('档案')!, row, rowFor(ARCHIVE_FIELDS, input, style));
  const memberSheet = book.getWorksheet('家庭成员')!;
  let next = options.memberRow ?? memberSheet.rowCount + 1;
  for (const member of members ?? []) {
    setRow(memberSheet, next, { 档案表行号: row, ...rowFor(MEMBER_FIELDS, member, style) });
    next += 1;
  }
  return next;
}
