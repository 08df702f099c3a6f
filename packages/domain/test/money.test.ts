import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_FIELDS,
  MONEY_DISPLAY,
  MONEY_LIMITS,
  MONEY_MAX_FEN,
  validateFen,
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
    ['.5', 50],
    [' 12.34 ', 1234],
    ['¥1,234.50', 123450],
    ['￥1234', 123400],
    ['¥ 1234', 123400],
    ['+12', 1200],
    ['1 234.50', 123450],
    ['1200元', 120000],
    ['１２００．５', 120050],
    ['１，２００。５元', 120050],
    ['￥１２００', 120000],
    ['2000000', 200_000_000],
  ])('parses %s exactly', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  it.each([
    ['1.234', 'MONEY_TOO_MANY_DECIMALS'],
    ['-1', 'MONEY_NEGATIVE'],
    ['-0.01', 'MONEY_NEGATIVE'],
    ['－５', 'MONEY_NEGATIVE'],
    ['¥-5', 'MONEY_NEGATIVE'],
    ['−5', 'MONEY_NEGATIVE'],
    ['-', 'MONEY_NEGATIVE'],
    ['abc', 'MONEY_FORMAT'],
    ['', 'REQUIRED'],
    ['\u3000 ', 'REQUIRED'],
    ['1.', 'MONEY_INCOMPLETE'],
    ['12.', 'MONEY_INCOMPLETE'],
    ['1e3', 'MONEY_FORMAT'],
    ['1e9', 'MONEY_FORMAT'],
    ['∞', 'MONEY_FORMAT'],
    ['Infinity', 'MONEY_FORMAT'],
    ['NaN', 'MONEY_FORMAT'],
    ['1.2.3', 'MONEY_FORMAT'],
    ['¥', 'MONEY_FORMAT'],
    ['五百', 'MONEY_FORMAT'],
    ['12\u000034', 'MONEY_FORMAT'],
    ['😀', 'MONEY_FORMAT'],
    ['12,34', 'MONEY_SEPARATOR'],
    ['1,2', 'MONEY_SEPARATOR'],
    ['1,2345', 'MONEY_SEPARATOR'],
    ['1.234,5', 'MONEY_SEPARATOR'],
    ['12 34', 'MONEY_FORMAT'],
    ['2000000.01', 'MONEY_TOO_LARGE'],
    ['90071992547409.91', 'MONEY_TOO_LARGE'],
    ['9'.repeat(10_000), 'MONEY_TOO_LARGE'],
  ])('rejects %s with %s', (text, code) => {
    expect(parseYuan(text)).toMatchObject({ ok: false, code });
    expect(() => yuanToFen(text)).toThrow(code);
  });

  it('says which amount and which field, briefly', () => {
    expect(parseYuan('12.')).toMatchObject({
      message: '金额“12.”没有写完：小数点后应有一到两位数字，例如 12.50',
    });
    expect(parseYuan('1,2', ARCHIVE_FIELDS.monthlyIncomeFen)).toMatchObject({
      message: expect.stringMatching(/^本人月平均收入“1,2”中的逗号位置不对/),
      params: { label: '本人月平均收入', labelEn: 'Own average monthly income', value: '1,2' },
    });
    const long = parseYuan('x'.repeat(10_000));
    expect(!long.ok && long.message.length).toBeLessThan(100);
  });

  it('keeps each kind of field within its bound', () => {
    expect(parseYuan('100000', ARCHIVE_FIELDS.monthlyIncomeFen)).toEqual({
      ok: true,
      value: 10_000_000,
    });
    expect(parseYuan('100000.01', ARCHIVE_FIELDS.monthlyIncomeFen)).toMatchObject({
      code: 'MONEY_TOO_LARGE',
      message: '本人月平均收入不能超过100,000元，请检查是否多输了位数',
    });
    expect(parseYuan('200000', MONEY_LIMITS.ledgerEntry)).toEqual({ ok: true, value: 20_000_000 });
    expect(parseYuan('200001', MONEY_LIMITS.ledgerEntry)).toMatchObject({
      code: 'MONEY_TOO_LARGE',
    });
    expect(parseYuan('5', { label: '补助', maxFen: 400 })).toMatchObject({
      message: '补助不能超过4元，请检查是否多输了位数',
    });
  });

  it('round-trips with fenToYuan and formatFen for any amount within the bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MONEY_MAX_FEN }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
        expect(yuanToFen(formatFen(fen))).toBe(fen);
        expect(yuanToFen(formatFen(fen, 'en'))).toBe(fen);
      }),
    );
  });
});

describe('money bounds', () => {
  it('keeps every bound whole yuan, far inside a PostgreSQL integer, ledger entries below 1 % of it', () => {
    const INT_MAX = 2_147_483_647;
    for (const limit of Object.values(MONEY_LIMITS)) {
      expect(limit.maxFen % 100).toBe(0);
      expect(limit.maxFen * 10).toBeLessThanOrEqual(INT_MAX);
    }
    expect(MONEY_LIMITS.ledgerEntry.maxFen * 100).toBeLessThanOrEqual(INT_MAX);
    expect(MONEY_MAX_FEN).toBe(Math.max(...Object.values(MONEY_LIMITS).map((l) => l.maxFen)));
  });

  it('checks amounts in fen with validateFen', () => {
    const field = MONEY_LIMITS.ledgerEntry;
    expect(validateFen(20_000_000, field)).toEqual({ ok: true, value: 20_000_000 });
    expect(validateFen(0, field)).toEqual({ ok: true, value: 0 });
    expect(validateFen(2_147_483_647, field)).toMatchObject({
      code: 'FEN_TOO_LARGE',
      message: '帮扶金额（物资折价）不能超过200,000元，请检查是否多输了位数',
      params: { max: '200,000' },
    });
    expect(validateFen(-1, field)).toMatchObject({ code: 'FEN_NEGATIVE' });
    for (const odd of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(validateFen(odd, field)).toMatchObject({ code: 'FEN_NOT_INTEGER' });
    }
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
  it('formats for display one way in both languages, with the yuan sign and thousands separators', () => {
    for (const locale of ['zh-CN', 'en', 'en-US', undefined]) {
      expect(formatFen(123450, locale)).toBe('¥1,234.50');
      expect(formatFen(0, locale)).toBe('¥0.00');
      expect(formatFen(-5, locale)).toBe('-¥0.05');
      expect(formatFen(9007199254740991, locale)).toBe('¥90,071,992,547,409.91');
    }
    expect(MONEY_DISPLAY.en).toEqual(MONEY_DISPLAY['zh-CN']);
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
