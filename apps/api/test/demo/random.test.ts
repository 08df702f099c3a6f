import { describe, expect, it } from 'vitest';
import { addDays, addMonths, createRandom, toDayNumber, toIsoDate } from '../../src/demo/random.js';

describe('seeded random', () => {
  it('repeats itself for the same seed and differs for another', () => {
    const draw = (seed: number | string) => {
      const rng = createRandom(seed, 'x');
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw('bangfu')).toEqual(draw('bangfu'));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('stays within bounds', () => {
    const rng = createRandom(1);
    const ints = new Set<number>();
    const dates = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      ints.add(rng.int(3, 9));
      dates.add(rng.date('2016-07-13', '2016-07-20'));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(dates.size).toBe(8);
    expect([...dates].every((d) => d >= '2016-07-13' && d <= '2016-07-20')).toBe(true);
    expect(rng.sample([1, 2, 3, 4], 3).length).toBe(3);
    expect(new Set(rng.sample([1, 2, 3, 4], 4)).size).toBe(4);
    expect(rng.weighted(['a', 'b'], [0, 1])).toBe('b');
    expect(
      rng.weightedPairs([
        ['a', 1],
        ['b', 0],
      ]),
    ).toBe('a');
  });

  it('does calendar arithmetic without time zones', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toIsoDate(toDayNumber('2000-02-29'))).toBe('2000-02-29');
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', -13)).toBe('2022-11-15');
    for (let day = toDayNumber('1920-01-01'); day < toDayNumber('2030-12-31'); day += 37) {
      expect(toIsoDate(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }
  });
});
