import { todayIso } from '@bangfu/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { archiveHistory } from '../db/schema/index.js';
import type { Database } from '../db/client.js';
import { requireSelectableCode } from '../dictionaries/selectable.js';
import { ValidationError } from '../errors.js';
import type { ArchiveRow } from './current.js';
import { asLiveArchiveConflict } from './service.js';
import { liveArchiveError, liveArchivesHolding } from './validate.js';
import { limitedText, transition, type Actor } from './workflow.js';

/** Exit reasons whose circumstances the code alone does not say. */
const NOTE_REQUIRED = new Set(['OTHER']);

/**
 * The day the current cycle was established: its approval, or its re-entry (approvedAt keeps the
 * first approval). Archives brought in without history fall back to approvedAt.
 */
async function cycleEstablishedOn(db: Database, row: ArchiveRow): Promise<string | null> {
  const [last] = await db
    .select({ at: archiveHistory.at })
    .from(archiveHistory)
    .where(
      and(
        eq(archiveHistory.archiveId, row.id),
        inArray(archiveHistory.action, ['approveArchive', 'reenterArchive']),
      ),
    )
    .orderBy(desc(archiveHistory.id))
    .limit(1);
  const at = last?.at ?? row.approvedAt;
  return at ? todayIso(at) : null;
}

/** 脱困/退出 (ESTABLISHED → EXITED): a past date within the cycle, and a reason from the dictionary. */
export function exitArchive(
  actor: Actor,
  id: string,
  on: string,
  reason: string,
  note: string | null | undefined,
) {
  return transition(actor, id, 'exitArchive', async (row) => {
    if (on > todayIso())
      throw ValidationError.field(['on'], 'DATE_IN_FUTURE', '退出日期不能晚于今天。');
    const establishedOn = await cycleEstablishedOn(actor.db, row);
    if (establishedOn && on < establishedOn) {
      throw ValidationError.field(
        ['on'],
        'EXIT_BEFORE_ESTABLISHED',
        `退出日期不能早于本轮建档日期（${establishedOn}）。`,
      );
    }
    await requireSelectableCode(actor.db, 'exitReason', reason.trim(), 'reason', '退出原因');
    const exitNote = note?.trim() ? limitedText(note.trim(), 'note', '退出说明') : null;
    if (!exitNote && NOTE_REQUIRED.has(reason.trim())) {
      throw ValidationError.field(
        ['note'],
        'EXIT_NOTE_REQUIRED',
        '退出原因为“其他”时，请在退出说明中写明具体情况。',
      );
    }
    return { set: { exitedOn: on, exitReason: reason.trim(), exitNote } };
  });
}

/**
 * 返困重新纳入 (EXITED → DRAFT of a new cycle): the household goes through application, notice and
 * approval again, as the notice's procedure has it. The previous cycle's workflow facts leave the
 * live columns (the history keeps them, with its plans, ledger and checks under their cycle); the
 * determination stays until the new approval replaces it. The worker must not meanwhile hold
 * another live archive.
 */
export async function reenterArchive(actor: Actor, id: string) {
  try {
    return await transition(actor, id, 'reenterArchive', async (row) => {
      const [holder] = await liveArchivesHolding(actor.db, [row.idNumberHash], row.id);
      if (holder) throw liveArchiveError(actor.sealer.open(row.idNumberCipher), holder);
      return {
        set: {
          cycle: row.cycle + 1,
          exitedOn: null,
          exitReason: null,
          exitNote: null,
          noticeStartsOn: null,
          noticeEndsOn: null,
          submittedAt: null,
          rejectionReason: null,
          applicationOn: null,
          applicationChannel: null,
          applicationAttachmentId: null,
        },
      };
    });
  } catch (error) {
    // A concurrent archive for the same ID the check above could not see yet: the same user error.
    return asLiveArchiveConflict(error);
  }
}
