/*
 * Imports run one at a time per union (a second upload while the first is being checked would
 * only race it for the same workers' ID numbers), and at most a few at a time in the process, so
 * that memory stays bounded by a few workbooks whatever people upload at once.
 */

export const MAX_IMPORTS_AT_ONCE = 2;

export type ImportOutcome = 'created' | 'invalid' | 'refused' | 'busy' | 'failed';

const running = new Set<string>();
const outcomes = new Map<ImportOutcome, number>();
let archivesCreated = 0;
let secondsSpent = 0;

export type Slot =
  | { ok: true; release(outcome: ImportOutcome, created?: number): void }
  | { ok: false; code: 'IMPORT_IN_PROGRESS' | 'IMPORTS_BUSY'; message: string };

export function takeImportSlot(unionId: string): Slot {
  const busy = (code: 'IMPORT_IN_PROGRESS' | 'IMPORTS_BUSY', message: string): Slot => {
    count('busy');
    return { ok: false, code, message };
  };
  if (running.has(unionId))
    return busy(
      'IMPORT_IN_PROGRESS',
      '该工会正有一份表格在导入，请等它完成后再上传。An import for this union is in progress.',
    );
  if (running.size >= MAX_IMPORTS_AT_ONCE)
    return busy(
      'IMPORTS_BUSY',
      '正在导入的表格较多，请稍后再试。Too many imports at once; try again shortly.',
    );
  running.add(unionId);
  const started = performance.now();
  let released = false;
  return {
    ok: true,
    release(outcome, created = 0) {
      if (released) return;
      released = true;
      running.delete(unionId);
      count(outcome);
      archivesCreated += created;
      secondsSpent += (performance.now() - started) / 1000;
    },
  };
}

function count(outcome: ImportOutcome) {
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
}

/** Figures for /metrics. */
export function importActivity() {
  return { running: running.size, outcomes, archivesCreated, secondsSpent };
}
