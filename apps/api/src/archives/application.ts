import { todayIso } from '@bangfu/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { attachments } from '../db/schema/index.js';
import { requireSelectableCode } from '../dictionaries/selectable.js';
import { ValidationError } from '../errors.js';
import { transition, type Actor } from './workflow.js';

/** The attachment type of a scanned application (attachmentType dictionary). */
export const APPLICATION_SCAN = 'APPLICATION';

/** A scan named by the caller must be this archive's own, shown, and of the right type. */
export async function checkScan(
  db: Database,
  archiveId: string,
  attachmentId: string,
  type: string,
  field: string,
  label: string,
) {
  const [scan] = await db
    .select({ type: attachments.type })
    .from(attachments)
    .where(
      and(
        eq(attachments.id, attachmentId),
        eq(attachments.archiveId, archiveId),
        isNull(attachments.removedAt),
      ),
    )
    .limit(1);
  if (!scan || scan.type !== type) {
    throw ValidationError.field(
      [field],
      'ATTACHMENT_NOT_USABLE',
      `所选附件不是本档案的“${label}”，请先在“附件”中上传，类型选“${label}”。`,
    );
  }
}

/**
 * 登记申请 (step 三, 依据困难职工申请): the day the worker applied, how the case came to the
 * union, and optionally the scanned application (an attachment of this archive). Recorded again
 * in a later cycle (返困), it replaces the previous cycle's, which the history keeps.
 */
export function recordApplication(
  actor: Actor,
  id: string,
  on: string,
  channel: string,
  attachmentId: string | null | undefined,
) {
  return transition(actor, id, 'recordApplication', async (row) => {
    if (on > todayIso())
      throw ValidationError.field(['on'], 'DATE_IN_FUTURE', '申请日期不能晚于今天。');
    await requireSelectableCode(
      actor.db,
      'applicationChannel',
      channel.trim(),
      'channel',
      '申请方式',
    );
    if (attachmentId)
      await checkScan(
        actor.db,
        row.id,
        attachmentId,
        APPLICATION_SCAN,
        'attachmentId',
        '困难职工申请书',
      );
    return {
      set: {
        applicationOn: on,
        applicationChannel: channel.trim(),
        applicationAttachmentId: attachmentId ?? null,
      },
    };
  });
}
