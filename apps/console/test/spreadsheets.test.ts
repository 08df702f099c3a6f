import { describe, expect, it } from 'vitest';
import { resourceModel } from '../src/model.js';
import { filenameOf } from '../src/spreadsheets/content-disposition.js';
import { inReadingOrder } from '../src/spreadsheets/import-outcome.js';
import { connectionFilterOf } from '../src/spreadsheets/list-filter.js';

describe('the export follows the list', () => {
  const archives = resourceModel('archives');

  it('sends the list’s filter values as the ArchiveFilter the list query uses', () => {
    expect(
      connectionFilterOf(archives, {
        unionId: 'u1',
        status: 'ESTABLISHED',
        q: '张',
        hardshipCategory: '',
        keyGroup: null,
        notAFilter: 'x',
      }),
    ).toEqual({ unionId: 'u1', status: 'ESTABLISHED', search: '张' });
    expect(connectionFilterOf(archives, {})).toEqual({});
  });
});

describe('downloaded file names', () => {
  it('reads the UTF-8 name the API sends, else the ASCII one', () => {
    const header =
      'attachment; filename="__________-2026-11-29.xlsx"; filename*=UTF-8\'\'%E5%9B%B0%E9%9A%BE%E8%81%8C%E5%B7%A5%E6%A1%A3%E6%A1%88-2026-11-29.xlsx';
    expect(filenameOf(header)).toBe('困难职工档案-2026-11-29.xlsx');
    expect(filenameOf('attachment; filename="plain.xlsx"')).toBe('plain.xlsx');
    expect(filenameOf('attachment; filename*=UTF-8\'\'%E0%A4%A; filename="x.xlsx"')).toBe('x.xlsx');
    expect(filenameOf(null)).toBeNull();
  });
});

describe('import problems', () => {
  it('are listed sheet by sheet, then by row and column, as one reads the workbook', () => {
    const problem = (sheet: string, row: number, column: string) => ({
      sheet,
      row,
      column,
      code: 'X',
      message: '',
    });
    const sorted = inReadingOrder([
      problem('档案', 4, 'AB'),
      problem('家庭成员', 2, 'C'),
      problem('档案', 4, 'F'),
      problem('档案', 3, 'Z'),
    ]);
    expect(sorted.map((p) => `${p.sheet}!${p.column}${p.row}`)).toEqual([
      '档案!Z3',
      '档案!F4',
      '档案!AB4',
      '家庭成员!C2',
    ]);
  });
});
