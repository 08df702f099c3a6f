import { HEADLINE_FIELDS } from './assemble.js';
import type { StatisticsSnapshot } from './compute.js';

/*
 * Small-cell suppression for analysts (GB/T 37964): below county level, a group of fewer than
 * MIN_GROUP archives could point at a household someone knows. Such a group's numbers read null
 * with `suppressed: true`. Where a single suppressed group in a set could be recovered by
 * subtracting the others from the total shown above it, the next smallest group is suppressed too
 * (complementary suppression). County and higher rows, and totals, stay as they are.
 */
export const MIN_GROUP = 5;

type Row = Record<string, unknown>;
const small = (n: number) => n > 0 && n < MIN_GROUP;

/**
 * Marks `rows` suppressed where `size` is small, plus the smallest other non-empty row when only
 * one would be (a county complement is blanked all the same).
 */
function suppressSet(
  rows: Row[],
  size: (r: Row) => number,
  blank: (r: Row) => Row,
  belowCounty: (r: Row) => boolean = () => true,
): Row[] {
  const hidden = new Set(rows.filter((r) => belowCounty(r) && small(size(r))));
  if (hidden.size === 1) {
    const complement = rows
      .filter((r) => !hidden.has(r) && size(r) > 0)
      .sort((a, b) => size(a) - size(b))[0];
    if (complement) hidden.add(complement);
  }
  return rows.map((r) => (hidden.has(r) ? { ...blank(r), suppressed: true } : r));
}

const blankHeadline = (r: Row): Row => ({
  ...r,
  ...Object.fromEntries(HEADLINE_FIELDS.map((f) => [f, null])),
});
const countOf = (fields: string[]) => (r: Row) =>
  fields.reduce((n, f) => n + (Number(r[f]) || 0), 0);
const blanking = (fields: string[]) => (r: Row) => ({
  ...r,
  ...Object.fromEntries(fields.map((f) => [f, null])),
});

const BREAKDOWNS: Record<string, { size: string[]; blank: string[] }> = {
  archivesByState: { size: ['count'], blank: ['count'] },
  byHardshipCategory: { size: ['targets'], blank: ['established', 'exited', 'targets'] },
  byPrimaryCause: { size: ['targets'], blank: ['established', 'exited', 'targets'] },
  byKeyGroup: { size: ['targets'], blank: ['established', 'exited', 'targets'] },
  byMeasure: { size: ['targets'], blank: ['established', 'exited', 'targets'] },
  byActionPlan: { size: ['targets'], blank: ['established', 'exited', 'targets'] },
  exitsByReason: { size: ['count'], blank: ['count'] },
  ledgerByActionPlan: { size: ['entries'], blank: ['entries', 'amountFen'] },
};

/** The snapshot as an analyst may read it (plain JSON in, plain JSON out: reports use it too). */
export function suppressSmallGroups(snapshot: StatisticsSnapshot): StatisticsSnapshot {
  const s = snapshot as unknown as Row & { union?: { level?: string }; children?: Row[] };
  let out: Row = {
    ...s,
    children: suppressSet(
      s.children ?? [],
      (c) => Number(c.totalArchives),
      blankHeadline,
      (c) => (c.union as { level?: string } | undefined)?.level === 'GRASSROOTS',
    ),
  };
  if (s.union?.level === 'GRASSROOTS') {
    const whole = small(Number(s.totalArchives));
    out = whole ? { ...blankHeadline(out), suppressed: true } : out;
    for (const [name, rule] of Object.entries(BREAKDOWNS)) {
      const rows = (s[name] as Row[] | undefined) ?? [];
      out[name] = whole
        ? rows.map((r) => ({ ...blanking(rule.blank)(r), suppressed: true }))
        : suppressSet(rows, countOf(rule.size), blanking(rule.blank));
    }
  }
  return out as unknown as StatisticsSnapshot;
}
