import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Viewer } from '../auth/sessions.js';
import { historyInsert } from '../archives/service.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import { ledgerEntries } from '../db/schema/index.js';
import { ValidationError } from '../errors.js';
import { establishedArchive, keepsAssistanceOf } from './access.js';
import { assistanceHistory } from './history.js';
import { checkedEntry, type LedgerEntryInput } from './ledger.js';
import { Problems } from './problems.js';

export interface LedgerCorrectionInput {
  reason: string;
  /** What the entry should have said; fields left out stay as they were. Null: reversal only. */
  replacement?: Partial<{ [K in keyof LedgerEntryInput]: LedgerEntryInput[K] | null }> | null;
}

export interface LedgerCorrection {
  archiveId: string;
  correctedId: string;
  reversalId: string;
  replacementId: string | null;
}

/** A UUID no row has: an unknown entry looks up no archive, and is refused like one. */
const NO_ENTRY = '00000000-0000-0000-0000-000000000000';

const FIELDS = ['on', 'actionPlan', 'description', 'amountFen', 'by'] as const;

/**
 * 更正帮扶台账. A wrong entry is never edited or deleted (the ledger is an account others have
 * seen and printed): a reversal (冲销) repeats it with the amount negated, in its cycle, union and
 * month, carrying the reason; a replacement with the right values is recorded next to it when the
 * assistance did happen. Both point to the wrong entry, which shows it was corrected.
 *
 * Decided so that corrections never loop: an entry is corrected once (unique keys, so a concurrent
 * second correction is refused too); a reversal is never corrected itself (it is exact by
 * construction); a replacement is an ordinary entry and can be corrected in turn. Only entries of
 * the current cycle: older cycles are closed with the exit that ended them.
 *
 * Three statements: the entry with whether it was reversed; the archive with its members (the same
 * access as recording an entry); then reversal, replacement and history row together.
 */
export async function correctLedgerEntry(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  entryId: string,
  raw: LedgerCorrectionInput,
): Promise<LedgerCorrection> {
  const reversal = alias(ledgerEntries, 'reversal');
  const [entry] = await db
    .select({ entry: ledgerEntries, reversedBy: reversal.id })
    .from(ledgerEntries)
    .leftJoin(reversal, eq(reversal.reversesEntryId, ledgerEntries.id))
    .where(eq(ledgerEntries.id, entryId));
  // An unknown entry is refused like an archive the viewer cannot see: nothing is told about it.
  const row = await establishedArchive(
    db,
    viewer,
    entry?.entry.archiveId ?? NO_ENTRY,
    keepsAssistanceOf,
    '只有建档的基层工会可以更正帮扶台账。',
  );
  const original = entry!.entry;
  if (original.reversesEntryId) {
    throw ValidationError.field(
      ['entryId'],
      'LEDGER_ENTRY_IS_REVERSAL',
      '冲销记录不能再更正；如需调整，请更正替换记录或登记新的台账记录。',
    );
  }
  if (entry!.reversedBy) {
    throw ValidationError.field(
      ['entryId'],
      'LEDGER_ENTRY_ALREADY_CORRECTED',
      '该台账记录已经更正过，不能重复更正；如替换记录有误，请更正替换记录。',
    );
  }
  if (original.cycle !== row.cycle) {
    throw ValidationError.field(
      ['entryId'],
      'LEDGER_ENTRY_PAST_CYCLE',
      '只能更正本帮扶周期的台账记录；以往周期的台账已随退出归档。',
    );
  }
  const p = new Problems();
  const reason = p.text(['reason'], raw.reason, '更正原因', { required: true, max: 200 });
  let replacement: LedgerEntryInput | null = null;
  if (raw.replacement) {
    const merged = { ...original } as LedgerEntryInput;
    for (const field of FIELDS) {
      const value = raw.replacement[field];
      if (value != null) (merged as unknown as Record<string, unknown>)[field] = value;
    }
    replacement = checkedEntry(p, ['replacement'], merged, row);
    if (p.errors.length === 0 && FIELDS.every((f) => replacement![f] === original[f])) {
      p.add(
        ['replacement'],
        'LEDGER_CORRECTION_UNCHANGED',
        '更正后的内容与原记录相同；如原记录无误，无需更正；如应整条作废，请不填更正内容。',
      );
    }
  }
  p.throwIfAny('台账更正');

  const was = Object.fromEntries(FIELDS.map((f) => [f, original[f]]));
  const common = { archiveId: row.id, cycle: original.cycle, recordedBy: viewer.id };
  const reversed = db.$with('reversed').as(
    db
      .insert(ledgerEntries)
      .values({
        ...common,
        ...was,
        unionPath: original.unionPath,
        amountFen: -original.amountFen,
        reversesEntryId: original.id,
        correctionReason: reason!,
      } as typeof ledgerEntries.$inferInsert)
      .returning({ id: ledgerEntries.id }),
  );
  const replaced = db.$with('replaced').as(
    db
      .insert(ledgerEntries)
      .values({
        ...common,
        ...replacement!,
        unionPath: row.unionPath,
        replacesEntryId: original.id,
      })
      .returning({ id: ledgerEntries.id }),
  );
  const history = db.$with('history').as(
    historyInsert(
      db,
      assistanceHistory(sealer, viewer, row, 'CORRECT_LEDGER_ENTRY', {
        ledger: { from: was, to: replacement },
        reason: { from: null, to: reason! },
      }),
    ),
  );
  // Without a replacement its insert is left out of the statement altogether.
  const [saved] = replacement
    ? await db
        .with(reversed, replaced, history)
        .select({ reversalId: reversed.id, replacementId: replaced.id })
        .from(reversed)
        .crossJoin(replaced)
    : await db
        .with(reversed, history)
        .select({ reversalId: reversed.id, replacementId: sql<null>`null` })
        .from(reversed);
  return {
    archiveId: row.id,
    correctedId: original.id,
    reversalId: saved!.reversalId,
    replacementId: saved!.replacementId,
  };
}
