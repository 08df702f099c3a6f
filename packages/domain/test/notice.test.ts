import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NOTICE_PERIOD_DAYS,
  NOTICE_PERIOD_DAYS_MAX,
  NOTICE_PERIOD_DAYS_MIN,
  addDays,
  defaultNoticeDates,
  isNoticePeriod,
} from '../src/index.js';

describe('the public notice period (对象公示)', () => {
  it('runs a week unless the province says otherwise, counting the first day', () => {
    expect(DEFAULT_NOTICE_PERIOD_DAYS).toBe(7);
    expect(defaultNoticeDates('2026-11-02')).toEqual({
      startsOn: '2026-11-02',
      endsOn: '2026-11-08',
    });
    expect(defaultNoticeDates('2026-11-02', 1)).toEqual({
      startsOn: '2026-11-02',
      endsOn: '2026-11-02',
    });
    // Across a month, a year and a leap day.
    expect(defaultNoticeDates('2026-12-28', 7).endsOn).toBe('2027-01-03');
    expect(defaultNoticeDates('2028-02-25', 5).endsOn).toBe('2028-02-29');
  });

  it('takes whole days from 1 to 30 and falls back to a week for anything else', () => {
    expect([NOTICE_PERIOD_DAYS_MIN, NOTICE_PERIOD_DAYS_MAX]).toEqual([1, 30]);
    for (const bad of [0, 31, -7, 7.5, Number.NaN, '7', null]) {
      expect(isNoticePeriod(bad)).toBe(false);
    }
    expect(defaultNoticeDates('2026-11-02', 0).endsOn).toBe('2026-11-08');
    expect(defaultNoticeDates('2026-11-02', 31).endsOn).toBe('2026-11-08');
    expect(() => defaultNoticeDates('2026-02-30')).toThrow(RangeError);
  });

  it('always ends on or after it starts, exactly the period later', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), (today, days) => {
        const { startsOn, endsOn } = defaultNoticeDates(today, days);
        expect(startsOn).toBe(today);
        expect(endsOn >= startsOn).toBe(true);
        expect(addDays(endsOn, -(days - 1))).toBe(today);
      }),
    );
  });
});
