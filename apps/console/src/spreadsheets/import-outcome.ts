/** What an import answers: everything created, or every problem with where it is. */

export interface SheetProblem {
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
  columnLabel?: string | null;
  field?: string | null;
  code: string;
  message: string;
}

export type ImportOutcome =
  | { ok: true; created: number; numbers: string[]; warnings: SheetProblem[] }
  | { ok: false; errors: SheetProblem[] };

/** Problems in reading order: sheet by sheet (档案 first, as in the file), then row, then column. */
export function inReadingOrder(problems: readonly SheetProblem[]): SheetProblem[] {
  const sheets = [...new Set(problems.map((p) => p.sheet ?? ''))];
  const columnIndex = (c?: string | null) =>
    c ? [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
  return [...problems].sort(
    (a, b) =>
      sheets.indexOf(a.sheet ?? '') - sheets.indexOf(b.sheet ?? '') ||
      (a.row ?? 0) - (b.row ?? 0) ||
      columnIndex(a.column) - columnIndex(b.column),
  );
}
