import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fenToYuan,
  formatFen,
  monthlyIncomePerMemberFen,
  parseYuan,
  yuanToFen,
} from '../src/index.js';

describe('yuanToFen', () => {
  it.each([
    ['1234.5', 123450],
    ['1234.50', 123450],
    ['1234', 123400],
    ['0.05', 5],
    ['0.1', 10],
    [' 12.34 ', 1234],
    ['¥1,234.50', 123450],
    ['￥1234', 123400],
    ['90071992547409.91', 9007199254740991],
  ])('parses %s exactly', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  it.each([
    ['1.234', 'MONEY_TOO_MANY_DECIMALS'],
    ['-1', 'MONEY_NEGATIVE'],
    ['-0.01', 'MONEY_NEGATIVE'],
    ['abc', 'MONEY_FORMAT'],
    ['', 'MONEY_FORMAT'],
    ['1.', 'MONEY_FORMAT'],
    ['.5', 'MONEY_FORMAT'],
    ['1e3', 'MONEY_FORMAT'],
    ['12,34', 'MONEY_FORMAT'],
    ['1 234', 'MONEY_FORMAT'],
    ['90071992547409.92', 'MONEY_TOO_LARGE'],
  ])('rejects %s with %s', (text, code) => {
    expect(parseYuan(text)).toMatchObject({ ok: false, code });
    expect(() => yuanToFen(text)).toThrow(code);
  });

  it('round-trips with fenToYuan and formatFen for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
        expect(yuanToFen(formatFen(fen))).toBe(fen);
      }),
    );
  });
});

describe('fenToYuan and formatFen', () => {
  it('writes two decimals', () => {
    expect(fenToYuan(123450)).toBe('1234.50');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(0)).toBe('0.00');
    expect(fenToYuan(-5)).toBe('-0.05');
    expect(() => fenToYuan(1.5)).toThrow(RangeError);
  });
  it('formats for display with the yuan sign and thousands separators', () => {
    expect(formatFen(123450)).toBe('¥1,234.50');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(9007199254740991)).toBe('¥90,071,992,547,409.91');
    expect(formatFen(123450, 'en-US')).toContain('1,234.50');
  });
});

describe('monthlyIncomePerMemberFen', () => {
  it('divides by 12 months and the household size, rounding half up', () => {
    expect(monthlyIncomePerMemberFen(3_000_000, 4)).toBe(62_500);
    expect(monthlyIncomePerMemberFen(100, 3)).toBe(3); // 2.777… → 3
    expect(monthlyIncomePerMemberFen(18, 1)).toBe(2); // 1.5 → 2
    expect(monthlyIncomePerMemberFen(17, 1)).toBe(1); // 1.41… → 1
    expect(monthlyIncomePerMemberFen(0, 5)).toBe(0);
  });
  it('matches exact rational rounding for any safe income and size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 50 }),
        (total, size) => {
          const d = 12n * BigInt(size);
          const expected = (2n * BigInt(total) + d) / (2n * d);
          expect(monthlyIncomePerMemberFen(total, size)).toBe(Number(expected));
        },
      ),
    );
  });
  it('refuses impossible inputs', () => {
    expect(() => monthlyIncomePerMemberFen(100, 0)).toThrow(RangeError);
    expect(() => monthlyIncomePerMemberFen(-1, 1)).toThrow(RangeError);
    expect(() => monthlyIncomePerMemberFen(1.5, 1)).toThrow(RangeError);
  });
});
