import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exitDeadlineText,
  incomeSuggestsExit,
  minimumLineRegions,
  monthHasPassed,
  parseYearMonth,
  suggestHardshipCategory,
  validatePhone,
  yearMonthText,
} from '../src/index.js';

describe('target month', () => {
  it.each([' 2027-06 ', '2027-6', '2027/6', '2027.06', '2027年6月', '202706', '２０２７－０６'])(
    'reads %s as 2027-06',
    (typed) => {
      expect(parseYearMonth(typed, '帮扶任务完成时限')).toEqual({ ok: true, value: '2027-06' });
    },
  );
  it('asks for a month when none is typed', () => {
    expect(parseYearMonth(' ', '帮扶任务完成时限')).toMatchObject({
      code: 'REQUIRED',
      message: '请填写帮扶任务完成时限',
    });
  });
  it.each(['2027-13', '2027-00', '27-06', '2027-06-01', '1899-12', '2027-'])('rejects %s', (v) => {
    expect(parseYearMonth(v, '帮扶任务完成时限')).toMatchObject({
      ok: false,
      code: 'YEAR_MONTH_FORMAT',
      message: expect.stringContaining('帮扶任务完成时限'),
    });
  });
  it('is overdue only once the whole month has passed', () => {
    expect(monthHasPassed('2027-06-01', '2027-06-30')).toBe(false);
    expect(monthHasPassed('2027-06', '2027-07-01')).toBe(true);
    expect(monthHasPassed('2027-06', '2026-12-31')).toBe(false);
  });
  it('prints like the seed card', () => {
    expect(exitDeadlineText('2027-06-01')).toBe('2027 年 06 月底前实现解困脱困');
    expect(yearMonthText('1975-08-15')).toBe('1975 年 08 月');
  });
});

describe('minimum-living line', () => {
  it('applies the nearest line: the division, its city, its province', () => {
    expect(minimumLineRegions('410105')).toEqual(['410105', '410100', '410000']);
    expect(minimumLineRegions('410100')).toEqual(['410100', '410000']);
    expect(minimumLineRegions('410000')).toEqual(['410000']);
  });
  it('suggests 深度困难 below the line and 相对困难 below twice the line', () => {
    expect(suggestHardshipCategory(59_999, 60_000)).toBe('DEEP');
    expect(suggestHardshipCategory(60_000, 60_000)).toBe('RELATIVE');
    expect(suggestHardshipCategory(119_999, 60_000)).toBe('RELATIVE');
    expect(suggestHardshipCategory(120_000, 60_000)).toBeNull();
    expect(suggestHardshipCategory(0, 0)).toBeNull();
  });
  it('suggests leaving only at or above twice the line, where no category is suggested', () => {
    expect(incomeSuggestsExit(119_999, 60_000)).toBe(false);
    expect(incomeSuggestsExit(120_000, 60_000)).toBe(true);
    expect(incomeSuggestsExit(1_000_000, 0)).toBe(false);
  });
  it('never calls a household both in hardship and ready to leave, nor neither while a line is known', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.integer({ min: 1, max: 1_000_000 }), (income, line) => {
        const category = suggestHardshipCategory(income, line);
        expect(incomeSuggestsExit(income, line)).toBe(category === null);
        expect(category === 'DEEP').toBe(income < line);
      }),
    );
  });
});

describe('staff phone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['0371-65551234', '0371-65551234'],
    ['0371-63800001', '0371-63800001'],
    ['０３７１－６３８０００01', '0371-63800001'],
    ['0371 - 6380  0001', '0371-6380 0001'],
    ['(0371) 6555 1234', '(0371) 6555 1234'],
    ['（０３７１）６５５５１２３４', '(0371)65551234'],
    ['037165551234', '037165551234'],
    ['65551234', '65551234'],
    ['010-62345678', '010-62345678'],
    ['+86 371 6380 0001', '+86 371 6380 0001'],
    ['0371-63800001转8021', '0371-63800001转8021'],
    ['0371-63800001 转 8021', '0371-63800001转8021'],
    ['0371-63800001 分机 8021', '0371-63800001分机8021'],
    ['0371-63800001 EXT 8021', '0371-63800001 ext. 8021'],
    ['0371-63800001x8021', '0371-63800001 ext. 8021'],
    ['0371-63800001#8021', '0371-63800001#8021'],
    ['0371-63800001-8021', '0371-63800001-8021'],
    ['6380-0001', '6380-0001'],
  ])('keeps %s as %s', (typed, kept) => {
    expect(validatePhone(typed)).toEqual({ ok: true, value: kept });
    expect(validatePhone(kept)).toEqual({ ok: true, value: kept });
  });
  it.each([
    '12812345678',
    '12345',
    '0371-0555123',
    'abc',
    '13812345678转8021',
    '0371-63800001转1234567',
    '0371-638',
    '+1 212 555 0100',
    '0371\u000063800001',
    '1'.repeat(10_000),
  ])('rejects %s', (v) => {
    expect(validatePhone(v, '帮扶责任人联系方式')).toMatchObject({
      ok: false,
      code: 'PHONE_FORMAT',
      message: expect.stringContaining('帮扶责任人联系方式'),
    });
  });
  it('asks for a number when none is typed', () => {
    expect(validatePhone('', '帮扶责任人联系方式')).toMatchObject({ ok: false, code: 'REQUIRED' });
  });
});
