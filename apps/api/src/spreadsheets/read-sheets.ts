import { Readable } from 'node:stream';
import ExcelJS, { type CellValue } from 'exceljs';
import { plainValue } from './cells.js';
import { SHEETS } from './layout.js';
import type { SheetValues } from './read.js';
import { checkWorkbookZip, WORKBOOK_LIMITS } from './workbook-zip.js';

/*
 * Reads the two sheets an import needs, row by row (exceljs's streaming reader), keeping only
 * cell values, and stops as soon as a limit is passed — so what an upload can make the server
 * hold is bounded by the limits, not by what the file claims or inflates to. The zip itself has
 * been checked first (workbook-zip.ts).
 */

export const IMPORT_LIMITS = {
  /** Archives one import takes: one union's survey, and a bounded transaction. */
  archives: 5000,
  /** Rows (filled or not) one sheet may have: 5,000 archives with their household members. */
  sheetRows: 60_000,
  /** Non-empty cells in the sheets read. */
  cells: 1_500_000,
};

export type SheetsRead =
  | { ok: true; archiveSheet: SheetValues | undefined; memberSheet: SheetValues | undefined }
  | { ok: false; code: string; message: string };

const MB = (bytes: number) => Math.round(bytes / 1024 / 1024);

const REFUSALS: Record<string, string> = {
  SPREADSHEET_UNREADABLE: '无法读取该文件，请上传 Excel 工作簿（.xlsx），可先下载模板填写。',
  SPREADSHEET_TOO_LARGE_UNPACKED: `工作簿解压后超过 ${MB(WORKBOOK_LIMITS.inflatedBytes)} MB，不像正常的档案表；请检查文件或分批导入。`,
  IMPORT_TOO_MANY_ROWS: `一次最多导入 ${IMPORT_LIMITS.archives} 份档案，本表超过了，请分批导入。`,
  SPREADSHEET_TOO_MANY_ROWS: `一张表最多 ${IMPORT_LIMITS.sheetRows} 行，本表超过了，请删除多余的行或分批导入。`,
  SPREADSHEET_TOO_MANY_CELLS: `工作簿中填写的单元格超过 ${IMPORT_LIMITS.cells} 个，请分批导入。`,
};

class LimitPassed extends Error {
  constructor(readonly code: keyof typeof REFUSALS) {
    super(code);
  }
}

const refuse = (code: string): SheetsRead => ({ ok: false, code, message: REFUSALS[code]! });

export async function readSheets(
  file: Buffer,
  limits: typeof IMPORT_LIMITS = IMPORT_LIMITS,
): Promise<SheetsRead> {
  const zip = await checkWorkbookZip(file);
  if (!zip.ok) return refuse(zip.code);
  const input = Readable.from([file]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date format: the styles tell which
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let cells = 0;
  let first: SheetValues | undefined;
  let archiveSheet: SheetValues | undefined;
  let memberSheet: SheetValues | undefined;
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name: string }).name;
      const isArchives = name === SHEETS.archives;
      // Renamed sheets are forgiven: the first sheet holds the archives when none is called 档案.
      if (!isArchives && name !== SHEETS.members && first) continue;
      const sheet: SheetValues = { name, rows: new Map() };
      let archives = 0;
      let physicalRows = 0;
      for await (const row of worksheet) {
        if (++physicalRows > limits.sheetRows) throw new LimitPassed('SPREADSHEET_TOO_MANY_ROWS');
        const values = new Map<number, CellValue>();
        row.eachCell((cell, column) => {
          if (plainValue(cell.value) !== null) values.set(column, cell.value);
        });
        if (!values.size) continue;
        cells += values.size;
        if (cells > limits.cells) throw new LimitPassed('SPREADSHEET_TOO_MANY_CELLS');
        if (name !== SHEETS.members && row.number > 1 && ++archives > limits.archives)
          throw new LimitPassed('IMPORT_TOO_MANY_ROWS');
        sheet.rows.set(row.number, values);
      }
      if (isArchives) archiveSheet = sheet;
      else if (name === SHEETS.members) memberSheet = sheet;
      first ??= sheet;
    }
  } catch (error) {
    return refuse(error instanceof LimitPassed ? error.code : 'SPREADSHEET_UNREADABLE');
  } finally {
    input.destroy();
  }
  return { ok: true, archiveSheet: archiveSheet ?? first, memberSheet };
}
