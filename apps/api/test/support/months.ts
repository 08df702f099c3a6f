/** The first day of the month of `date` ('YYYY-MM-DD'). */
export const firstOfMonthOf = (date: string) => `${date.slice(0, 7)}-01`;

/** The last day of the month of `date`: the day before the first of the next month. */
export function lastOfMonthOf(date: string): string {
  const next = new Date(`${firstOfMonthOf(date)}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
}

export const sameMonth = (a: string, b: string) => a.slice(0, 7) === b.slice(0, 7);
