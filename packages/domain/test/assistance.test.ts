import { describe, expect, it } from 'vitest';
import {
  exitDeadlineText,
  minimumLineRegions,
  monthHasPassed,
  parseYearMonth,
  suggestHardshipCategory,
  validatePhone,
  yearMonthText,
} from '../src/index.js';

describe('target month', () => {
  it('accepts YYYY-MM', () => {
    expect(parseYearMonth(' 2027-06 ', '帮扶任务完成时限')).toEqual({ ok: true, value: '2027-06' });
  });
  it.each(['2027-13', '2027-00', '2027-6', '27-06', '2027-06-01', '1899-12', ''])(
    'rejects %s',
    (v) => {
      expect(parseYearMonth(v, '帮扶任务完成时限')).toMatchObject({
        ok: false,
        code: 'YEAR_MONTH_FORMAT',
        message: expect.stringContaining('帮扶任务完成时限'),
      });
    },
  );
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
});

describe('staff phone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['0371-65551234', '037165551234'],
    ['(0371) 6555 1234', '037165551234'],
    ['65551234', '65551234'],
  ])('accepts %s', (v, normalised) => {
    expect(validatePhone(v)).toEqual({ ok: true, value: normalised });
  });
  it.each(['12812345678', '12345', '0371-0555123', 'abc', ''])('rejects %s', (v) => {
    expect(validatePhone(v, '帮扶责任人联系方式')).toMatchObject({
      ok: false,
      code: 'PHONE_FORMAT',
      message: expect.stringContaining('帮扶责任人联系方式'),
    });
  });
});
