import type { SummaryRow } from './summaries.js';

/*
 * Turns summed summary rows into the numbers of domain.md §6. What "in the period" means:
 * - stock figures are today's: archives by state, the breakdowns of targets (established and
 *   exited), people covered, and overdue archives (established, target month of the current plan
 *   before this month);
 * - flows count within the period's months when one is given: targets newly determined
 *   (`newlyEstablished`), exits (by the exit date) and ledger entries (by their date);
 *   without a period, exits are all archives now exited and the ledger is all time.
 * The exit rate is exits ÷ (exits + archives now established).
 */

export interface Labelled {
  code: string;
  label: string;
  labelEn: string;
  retired?: boolean;
}

export interface StateCount extends Labelled {
  count: number;
}
export interface TargetCount extends Labelled {
  established: number;
  exited: number;
  targets: number;
}
export interface LedgerTotal extends Labelled {
  entries: number;
  amountFen: number;
}

export interface Headline {
  totalArchives: number;
  inProgress: number;
  established: number;
  exited: number;
  targets: number;
  peopleCovered: number;
  peopleExited: number;
  newlyEstablished: number | null;
  exits: number;
  exitRate: number | null;
  overdue: number;
  ledgerEntries: number;
  ledgerAmountFen: number;
}

/** Every number of a headline, in order (suppress.ts blanks the same ones). */
export const HEADLINE_FIELDS = [
  'totalArchives',
  'inProgress',
  'established',
  'exited',
  'targets',
  'peopleCovered',
  'peopleExited',
  'newlyEstablished',
  'exits',
  'exitRate',
  'overdue',
  'ledgerEntries',
  'ledgerAmountFen',
] as const satisfies readonly (keyof Headline)[];

/** Just the headline numbers of something that has them (a whole snapshot, say). */
export function pickHeadline(from: Headline): Headline {
  return Object.fromEntries(HEADLINE_FIELDS.map((f) => [f, from[f]])) as unknown as Headline;
}

export interface Breakdowns {
  archivesByState: StateCount[];
  byHardshipCategory: TargetCount[];
  byPrimaryCause: TargetCount[];
  byKeyGroup: TargetCount[];
  byMeasure: TargetCount[];
  byActionPlan: TargetCount[];
  exitsByReason: StateCount[];
  ledgerByActionPlan: LedgerTotal[];
}

/** The known codes of each dimension, in display order, with their labels. */
export type Catalogue = Record<
  | 'status'
  | 'hardshipCategory'
  | 'primaryCause'
  | 'keyGroup'
  | 'measure'
  | 'actionPlan'
  | 'exitReason',
  Labelled[]
>;

interface Cell {
  total: number;
  established: number;
  exited: number;
  amountFen: number;
}
/** Summed cells of one group (or of several), by `source:dimension` and key. */
export type Bag = Map<string, Map<string, Cell>>;

const IN_PROGRESS = ['DRAFT', 'PUBLICIZING', 'PENDING_APPROVAL'];

export function bagsByGroup(rows: SummaryRow[]): Map<string, Bag> {
  const bags = new Map<string, Bag>();
  for (const row of rows) {
    let bag = bags.get(row.group);
    if (!bag) bags.set(row.group, (bag = new Map()));
    addCell(bag, `${row.source}:${row.dimension}`, row.key, row);
  }
  return bags;
}

function addCell(bag: Bag, dimension: string, key: string, cell: Cell): void {
  let cells = bag.get(dimension);
  if (!cells) bag.set(dimension, (cells = new Map()));
  const sum = cells.get(key) ?? { total: 0, established: 0, exited: 0, amountFen: 0 };
  cells.set(key, {
    total: sum.total + cell.total,
    established: sum.established + cell.established,
    exited: sum.exited + cell.exited,
    amountFen: sum.amountFen + cell.amountFen,
  });
}

export function mergeBags(bags: Iterable<Bag>): Bag {
  const merged: Bag = new Map();
  for (const bag of bags) {
    for (const [dimension, cells] of bag)
      for (const [key, cell] of cells) addCell(merged, dimension, key, cell);
  }
  return merged;
}

const cellsOf = (bag: Bag, dimension: string) => [...(bag.get(dimension)?.values() ?? [])];
const sumOf = (bag: Bag, dimension: string, field: keyof Cell) =>
  cellsOf(bag, dimension).reduce((n, c) => n + c[field], 0);
const cellOf = (bag: Bag, dimension: string, key: string) => bag.get(dimension)?.get(key);

export function headlineOf(bag: Bag, hasPeriod: boolean): Headline {
  const state = (status: string) => cellOf(bag, 'tally:status', status)?.total ?? 0;
  const established = state('ESTABLISHED');
  const exited = state('EXITED');
  // Determined 是 at approval (established or exited); the rest of the archived were 否.
  const yes = cellOf(bag, 'tally:target', 'YES');
  const exits = hasPeriod
    ? sumOf(bag, 'month:exit', 'total')
    : sumOf(bag, 'tally:exitReason', 'exited');
  const ledger = hasPeriod ? 'month:ledger' : 'tally:ledger';
  return {
    totalArchives: sumOf(bag, 'tally:status', 'total'),
    inProgress: IN_PROGRESS.reduce((n, s) => n + state(s), 0),
    established,
    exited,
    targets: yes ? yes.established + yes.exited : 0,
    peopleCovered: sumOf(bag, 'tally:people', 'established'),
    peopleExited: sumOf(bag, 'tally:people', 'exited'),
    newlyEstablished: hasPeriod ? sumOf(bag, 'month:decided', 'total') : null,
    exits,
    exitRate: exits + established > 0 ? exits / (exits + established) : null,
    // Established with a plan, less those whose target month is this month or later.
    overdue:
      sumOf(bag, 'tally:planTarget', 'established') - sumOf(bag, 'month:planTarget', 'total'),
    ledgerEntries: sumOf(bag, ledger, 'total'),
    ledgerAmountFen: sumOf(bag, ledger, 'amountFen'),
  };
}

/**
 * Every known code in the catalogue's order (zeros included, so that tables and charts keep
 * their shape), retired codes only when counted, then codes the catalogue does not know.
 */
function listed<T>(
  known: Labelled[],
  cells: Map<string, Cell> | undefined,
  value: (cell: Cell) => T,
  counted: (cell: Cell) => boolean,
) {
  const empty: Cell = { total: 0, established: 0, exited: 0, amountFen: 0 };
  const rows = known
    .filter(
      (entry) => !entry.retired || (cells?.has(entry.code) && counted(cells.get(entry.code)!)),
    )
    .map(({ code, label, labelEn }) => ({
      code,
      label,
      labelEn,
      ...value(cells?.get(code) ?? empty),
    }));
  const codes = new Set(known.map((e) => e.code));
  for (const [code, cell] of cells ?? []) {
    if (!codes.has(code) && counted(cell))
      rows.push({ code, label: code, labelEn: code, ...value(cell) });
  }
  return rows;
}

export function breakdownsOf(bag: Bag, catalogue: Catalogue, hasPeriod: boolean): Breakdowns {
  const targets = (dimension: keyof Catalogue) =>
    listed(
      catalogue[dimension],
      bag.get(`tally:${dimension}`),
      (c) => ({ established: c.established, exited: c.exited, targets: c.established + c.exited }),
      (c) => c.established + c.exited !== 0,
    );
  return {
    archivesByState: listed(
      catalogue.status,
      bag.get('tally:status'),
      (c) => ({ count: c.total }),
      (c) => c.total !== 0,
    ),
    byHardshipCategory: targets('hardshipCategory'),
    byPrimaryCause: targets('primaryCause'),
    byKeyGroup: targets('keyGroup'),
    byMeasure: targets('measure'),
    byActionPlan: targets('actionPlan'),
    exitsByReason: hasPeriod
      ? listed(
          catalogue.exitReason,
          bag.get('month:exit'),
          (c) => ({ count: c.total }),
          (c) => c.total !== 0,
        )
      : listed(
          catalogue.exitReason,
          bag.get('tally:exitReason'),
          (c) => ({ count: c.exited }),
          (c) => c.exited !== 0,
        ),
    ledgerByActionPlan: listed(
      catalogue.actionPlan,
      bag.get(hasPeriod ? 'month:ledger' : 'tally:ledger'),
      (c) => ({ entries: c.total, amountFen: c.amountFen }),
      (c) => c.total !== 0,
    ),
  };
}
