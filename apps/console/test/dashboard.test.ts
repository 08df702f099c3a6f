import { describe, expect, it } from 'vitest';
import { countRows, ledgerRows, targetRows } from '../src/dashboard/charts.js';
import {
  lastDayOf,
  percent,
  rangeFromSearch,
  rangeProblem,
  statisticsPeriod,
  thisYear,
} from '../src/dashboard/period.js';

describe('the dashboard’s period (whole months)', () => {
  it('asks the API for the first day of the first month to the last day of the last', () => {
    expect(statisticsPeriod({ fromMonth: '2026-02', toMonth: '2026-02' })).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(statisticsPeriod({ fromMonth: null, toMonth: '2024-02' })).toEqual({
      from: null,
      to: '2024-02-29',
    });
    expect(statisticsPeriod({ fromMonth: null, toMonth: null })).toEqual({ from: null, to: null });
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });

  it('reads the address: this year by default, all time on request, bad months ignored', () => {
    const read = (search: string) => rangeFromSearch(new URLSearchParams(search), '2026-11-29');
    expect(read('')).toEqual({ fromMonth: '2026-01', toMonth: '2026-12' });
    expect(read('period=all')).toEqual({ fromMonth: null, toMonth: null });
    expect(read('from=2025-07&to=2025-13')).toEqual({ fromMonth: '2025-07', toMonth: null });
    expect(thisYear('2027-01-01')).toEqual({ fromMonth: '2027-01', toMonth: '2027-12' });
  });

  it('refuses a range that ends before it starts', () => {
    expect(rangeProblem({ fromMonth: '2026-05', toMonth: '2026-04' })).toMatch(/早于/);
    expect(rangeProblem({ fromMonth: '2026-05', toMonth: '2026-05' })).toBeNull();
  });

  it('shows shares as percentages', () => {
    expect(percent(0.375)).toBe('37.5%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(null)).toBe('—');
  });
});

describe('chart rows are the API’s numbers', () => {
  const labelled = { code: 'DEEP', label: '深度困难', labelEn: 'Deep hardship' };

  it('stacks targets as being assisted and exited, labelled in the chosen language', () => {
    expect(targetRows([{ ...labelled, established: 1234, exited: 5 }], 'zh')).toEqual([
      { code: 'DEEP', label: '深度困难', bars: [1234, 5], cells: ['1,234', '5'] },
    ]);
    expect(targetRows([{ ...labelled, established: 0, exited: 0 }], 'en')[0]!.label).toBe(
      'Deep hardship',
    );
  });

  it('counts archives, and sums the ledger in yuan beyond 32 bits', () => {
    expect(countRows([{ ...labelled, count: 7 }], 'zh')[0]!.cells).toEqual(['7']);
    expect(
      ledgerRows([{ ...labelled, entries: 3, amountFen: 400_000_150_000 }], 'zh')[0],
    ).toMatchObject({
      bars: [400_000_150_000],
      cells: ['3', '¥4,000,001,500.00'],
    });
  });
});
