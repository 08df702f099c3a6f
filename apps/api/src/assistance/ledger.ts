import { MONEY_LIMITS } from '@bangfu/domain';
import type { Viewer } from '../auth/sessions.js';
import type { ArchiveRow } from '../archives/current.js';
import { historyInsert } from '../archives/service.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import { ledgerEntries } from '../db/schema/index.js';
import { establishedArchive, keepsAssistanceOf } from './access.js';
import { assistanceHistory } from './history.js';
import { chinaDate, Problems } from './problems.js';

export interface LedgerEntryInput {
  on: string;
  actionPlan: string;
  description: string;
  amountFen: number;
  by: string;
}

/**
 * 帮扶台账: one dated piece of assistance (money, or goods valued in fen) under one of the action
 * plans, in the archive's current cycle. Kept with the union path so totals per subtree need no join.
 * Two statements (docs/performance.md): the archive with its members, which every check and the
 * history snapshot need; then the entry and its history row together, one statement of two inserts.
 */
export async function addLedgerEntry(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  archiveId: string,
  raw: LedgerEntryInput,
): Promise<{ entryId: string; archiveId: string }> {
  const row = await establishedArchive(
    db,
    viewer,
    archiveId,
    keepsAssistanceOf,
    '只有建档的基层工会可以登记帮扶台账。',
  );
  const p = new Problems();
  const entry = checkedEntry(p, [], raw, row);
  p.throwIfAny('帮扶台账');
  const created = db.$with('created').as(
    db
      .insert(ledgerEntries)
      .values({
        ...entry,
        archiveId: row.id,
        cycle: row.cycle,
        unionPath: row.unionPath,
        recordedBy: viewer.id,
      })
      .returning({ id: ledgerEntries.id }),
  );
  const history = db.$with('history').as(
    historyInsert(
      db,
      assistanceHistory(sealer, viewer, row, 'ADD_LEDGER_ENTRY', {
        ledger: { from: null, to: entry },
      }),
    ),
  );
  const [saved] = await db.with(created, history).select({ id: created.id }).from(created);
  return { entryId: saved!.id, archiveId: row.id };
}

/**
 * An entry's fields checked into `p` (paths under `at`), trimmed; meaningful only when `p` has
 * no errors. The same rules hold for an entry recorded and for one that replaces a wrong one.
 */
export function checkedEntry(
  p: Problems,
  at: string[],
  raw: LedgerEntryInput,
  row: ArchiveRow,
): LedgerEntryInput {
  const on = p.pastDate([...at, 'on'], raw.on, '帮扶日期', chinaDate(row.approvedAt));
  const description = p.text([...at, 'description'], raw.description, '帮扶内容', {
    required: true,
    max: 500,
  });
  const by = p.text([...at, 'by'], raw.by, '经办人', { required: true, max: 50 });
  p.fen([...at, 'amountFen'], raw.amountFen, MONEY_LIMITS.ledgerEntry);
  return {
    on: on!,
    actionPlan: raw.actionPlan,
    description: description!,
    amountFen: raw.amountFen,
    by: by!,
  };
}
