import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatisticsSnapshot } from '../src/statistics/compute.js';
import { suppressSmallGroups } from '../src/statistics/suppress.js';
import { draftArchive, startAssistanceWorld, type AssistanceWorld } from './support/assistance.js';

/*
 * Below county level, analysts get no number for a group of fewer than 5 archives, nor for the
 * one group that would give it away by subtraction; totals stay true.
 */
const headline = (totalArchives: number) => ({
  totalArchives,
  inProgress: totalArchives,
  established: 0,
  exited: 0,
  targets: 0,
  peopleCovered: 0,
  peopleExited: 0,
  newlyEstablished: null,
  exits: 0,
  exitRate: null,
  overdue: 0,
  ledgerEntries: 0,
  ledgerAmountFen: 0,
});
const child = (level: string, name: string, n: number) => ({
  union: { id: name, code: name, name, level },
  ...headline(n),
  establishmentDueOn: null,
  establishmentRate: null,
  pastDue: false,
});
const snapshot = (level: string, children: ReturnType<typeof child>[], extra = {}) =>
  ({
    union: { id: 's', code: 's', name: 's', level },
    from: null,
    to: null,
    today: '2026-01-01',
    generatedAt: '',
    ...headline(children.reduce((n, c) => n + c.totalArchives, 0)),
    archivesByState: [],
    byHardshipCategory: [],
    byPrimaryCause: [],
    byKeyGroup: [],
    byMeasure: [],
    byActionPlan: [],
    exitsByReason: [],
    ledgerByActionPlan: [],
    children,
    ...extra,
  }) as unknown as StatisticsSnapshot;
const suppressedNames = (s: StatisticsSnapshot) =>
  (s.children as unknown as { union: { name: string }; suppressed?: boolean }[])
    .filter((c) => c.suppressed)
    .map((c) => c.union.name);

describe('suppressSmallGroups', () => {
  it('suppresses grassroots rows under 5, with a complement when one alone would be recovered', () => {
    const s = suppressSmallGroups(
      snapshot('COUNTY', [
        child('GRASSROOTS', 'a', 3),
        child('GRASSROOTS', 'b', 9),
        child('GRASSROOTS', 'c', 20),
        child('GRASSROOTS', 'd', 0),
      ]),
    );
    expect(suppressedNames(s)).toEqual(['a', 'b']);
    expect(s.children[0]!.totalArchives).toBeNull();
    expect(s.children[2]!.totalArchives).toBe(20);
    expect(s.children[3]!.totalArchives).toBe(0);
    expect(s.totalArchives).toBe(32);
  });

  it('needs no complement when two rows are small, and leaves county rows alone', () => {
    const two = suppressSmallGroups(
      snapshot('COUNTY', [
        child('GRASSROOTS', 'a', 1),
        child('GRASSROOTS', 'b', 4),
        child('GRASSROOTS', 'c', 30),
      ]),
    );
    expect(suppressedNames(two)).toEqual(['a', 'b']);
    const counties = suppressSmallGroups(
      snapshot('CITY', [
        child('COUNTY', 'x', 2),
        child('COUNTY', 'y', 3),
        child('GRASSROOTS', 'z', 2),
      ]),
    );
    // The grassroots row is small; the smallest other (a county) is its complement.
    expect(suppressedNames(counties)).toEqual(['x', 'z']);
  });

  it('suppresses a whole grassroots scope under 5, and small cells of a larger one', () => {
    const tiny = suppressSmallGroups(
      snapshot('GRASSROOTS', [], {
        totalArchives: 3,
        archivesByState: [{ code: 'DRAFT', label: '', labelEn: '', count: 3 }],
      }),
    );
    expect(tiny).toMatchObject({ totalArchives: null, suppressed: true });
    expect(tiny.archivesByState[0]).toMatchObject({ count: null, suppressed: true });
    const cells = (n: number[]) =>
      n.map((count, i) => ({ code: `c${i}`, label: '', labelEn: '', count }));
    const larger = suppressSmallGroups(
      snapshot('GRASSROOTS', [], { totalArchives: 40, archivesByState: cells([2, 30, 8, 0]) }),
    );
    expect(larger.totalArchives).toBe(40);
    expect(larger.archivesByState.map((c) => c.count)).toEqual([null, 30, null, 0]);
  });
});

let world: AssistanceWorld;
beforeAll(async () => {
  world = await startAssistanceWorld();
  for (let i = 1; i <= 2; i++) await draftArchive(world, 'wenhualu', i);
  for (let i = 3; i <= 8; i++) await draftArchive(world, 'huanghelu', i);
});
afterAll(() => world?.server.close());

const STATS = `query($u: ID) { statistics(unionId: $u) {
  totalArchives suppressed
  archivesByState { code count suppressed }
  children { union { level } totalArchives established suppressed }
} }`;

describe('statistics as the analyst gets them', () => {
  it('suppresses the small grassroots union and its complement; the county total stays', async () => {
    const county = world.tree.unions.jinshui.id;
    const analyst = await world.server.graphql(STATS, { u: county }, world.tokens.analyst);
    expect(analyst.errors).toBeUndefined();
    const s = analyst.data!.statistics;
    expect(s.totalArchives).toBe(8);
    const grassroots = s.children.filter(
      (c: { union: { level: string } }) => c.union.level === 'GRASSROOTS',
    );
    const shown = grassroots.filter(
      (c: { totalArchives: number | null }) => c.totalArchives != null && c.totalArchives > 0,
    );
    const hidden = grassroots.filter((c: { suppressed: boolean }) => c.suppressed);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const c of hidden) expect(c).toMatchObject({ totalArchives: null, established: null });
    for (const c of shown) expect(c.totalArchives).toBeGreaterThanOrEqual(5);
    const admin = await world.server.graphql(STATS, { u: county }, world.tokens.jinshui);
    const counts = admin.data!.statistics.children.map(
      (c: { totalArchives: number }) => c.totalArchives,
    );
    expect(counts).toContain(2);
    expect(counts).toContain(6);
    expect(
      admin.data!.statistics.children.every((c: { suppressed: boolean }) => !c.suppressed),
    ).toBe(true);
  });

  it('suppresses a grassroots union of fewer than 5 archives as a whole', async () => {
    const res = await world.server.graphql(
      STATS,
      { u: world.tree.unions.wenhualu.id },
      world.tokens.analyst,
    );
    expect(res.data!.statistics).toMatchObject({ totalArchives: null, suppressed: true });
    for (const c of res.data!.statistics.archivesByState) expect(c.count).toBeNull();
  });
});
