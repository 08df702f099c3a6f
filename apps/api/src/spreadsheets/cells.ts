import { parseYuan, type FieldSpec } from '@bangfu/domain';
import type { CellValue } from 'exceljs';
import type { Codebook } from './codebook.js';

/*
 * From what people type into Excel to the API's input values. Spreadsheets are forgiving (a date
 * may be an Excel date or text, a choice a label or a code, money in yuan); whatever cannot be
 * understood is passed on unchanged, so the archive validator names the field and the problem
 * in the same words as the console.
 */

export type Plain = string | number | boolean | Date | null;

/** What a cell holds, whatever Excel wrapped it in (rich text, a formula's result, a link). */
export function plainValue(value: CellValue | undefined): Plain {
  if (value == null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if ('richText' in value) return plainValue(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value)
    return plainValue((value as { result?: CellValue }).result);
  if ('hyperlink' in value) return plainValue(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

export type CellRead = { ok: true; value: unknown } | { ok: false; code: string; message: string };

const ok = (value: unknown): CellRead => ({ ok: true, value });

const pad = (n: number | string) => String(n).padStart(2, '0');

// Excel counts days from 1899-12-30 (its 1900 leap-year bug included); dates arrive as UTC midnight.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function isoOf(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** 'YYYY-MM-DD' from an Excel date, a day serial, or text like 2016/7/13, 2016年7月13日, 20160713. */
export function isoDate(value: Exclude<Plain, null>): unknown {
  if (value instanceof Date) return isoOf(value);
  if (typeof value === 'number' && value >= 1 && value < 2_958_466) {
    return isoOf(new Date(EXCEL_EPOCH + Math.floor(value) * 86_400_000));
  }
  const text = String(value).trim();
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return m ? `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` : text;
}

const TRUE = new Set(['是', '有', 'Y', 'YES', 'TRUE', '1', '√', '✓']);
const FALSE = new Set(['否', '无', 'N', 'NO', 'FALSE', '0', '×', '✗']);

function bool(value: Exclude<Plain, null>): unknown {
  if (typeof value === 'boolean') return value;
  const key = String(value).trim().toUpperCase();
  return TRUE.has(key) ? true : FALSE.has(key) ? false : String(value);
}

function numeric(value: Exclude<Plain, null>): unknown {
  if (typeof value === 'number') return value;
  const text = String(value).trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

function text(value: Exclude<Plain, null>): string {
  if (value instanceof Date) return isoOf(value);
  return String(value).trim();
}

/** Several choices in one cell: 下岗失业、子女上学 (or commas, semicolons, new lines). */
const SEPARATORS = /[,，、;；\n]+/;

export function readCell(spec: FieldSpec, cell: Plain, codes: Codebook): CellRead {
  if (cell === null) return ok(undefined);
  switch (spec.kind) {
    case 'date':
      return ok(isoDate(cell));
    case 'fen': {
      // Money is typed in yuan; a number cell is read through its decimal text, never scaled as a float.
      const parsed = parseYuan(typeof cell === 'number' ? String(cell) : text(cell));
      return parsed.ok
        ? ok(parsed.value)
        : { ok: false, code: parsed.code, message: `${spec.label}：${parsed.message}` };
    }
    case 'int':
    case 'decimal':
      return ok(numeric(cell));
    case 'bool':
      return ok(bool(cell));
    case 'dictionary':
    case 'enum':
      return ok(
        typeof cell === 'number' ? codes.toCode(spec, cell) : codes.toCode(spec, text(cell)),
      );
    case 'enumList':
      return ok(
        text(cell)
          .split(SEPARATORS)
          .map((part) => part.trim())
          .filter(Boolean)
          .map((part) => codes.toCode(spec, part)),
      );
    case 'idNumber':
    case 'bankCard':
      // 18 digits do not fit in a floating-point number: Excel has already rounded the last ones.
      if (typeof cell === 'number' && !Number.isSafeInteger(cell)) {
        return {
          ok: false,
          code: 'CELL_NOT_TEXT',
          message: `${spec.label}被表格存成了数字，末几位可能已经丢失；请把该列设为“文本”格式后重新填写。`,
        };
      }
      return ok(text(cell));
    default:
      return ok(text(cell));
  }
}
