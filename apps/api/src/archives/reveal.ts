import { and, eq } from 'drizzle-orm';
import { archiveMembers, sensitiveAccessLog } from '../db/schema/index.js';
import { Forbidden, ValidationError } from '../errors.js';
import { canReveal, type RevealableField } from './access.js';
import { visibleArchive } from './service.js';
import type { Actor } from './workflow.js';

export interface Revealed {
  field: RevealableField;
  memberPosition: number | null;
  value: string | null;
}

/** How a reveal is written in the log: the archive field, or the member's row and field. */
export const loggedField = (field: RevealableField, memberPosition: number | null) =>
  memberPosition == null ? field : `members.${memberPosition}.${field}`;

async function memberIdNumber(
  actor: Actor,
  archiveId: string,
  position: number,
): Promise<string | null> {
  const [member] = await actor.db
    .select({ cipher: archiveMembers.idNumberCipher })
    .from(archiveMembers)
    .where(and(eq(archiveMembers.archiveId, archiveId), eq(archiveMembers.position, position)))
    .limit(1);
  if (!member)
    throw ValidationError.field(
      ['memberPosition'],
      'MEMBER_NOT_FOUND',
      `该档案没有第${position + 1}位家庭成员。`,
    );
  return member.cipher ? actor.sealer.open(member.cipher) : null;
}

/**
 * One full value for an admin who may read the archive, logged (who, which archive, which field —
 * never the value) in the same transaction: no reveal without its log line.
 */
export async function revealSensitive(
  actor: Actor,
  archiveId: string,
  field: RevealableField,
  memberPosition: number | null,
): Promise<Revealed> {
  const { db, sealer, viewer } = actor;
  if (!canReveal(viewer))
    throw new Forbidden('统计分析员不能查看完整的身份证号、银行卡号或手机号码。');
  const row = await visibleArchive(db, viewer, archiveId);
  let value: string | null;
  if (memberPosition != null) {
    if (field !== 'idNumber') {
      throw ValidationError.field(
        ['memberPosition'],
        'MEMBER_FIELD_NOT_REVEALABLE',
        '家庭成员只有身份证号可以查看全文。',
      );
    }
    value = await memberIdNumber(actor, row.id, memberPosition);
  } else if (field === 'idNumber') value = sealer.open(row.idNumberCipher);
  else if (field === 'bankCardNumber')
    value = row.bankCardCipher ? sealer.open(row.bankCardCipher) : null;
  else value = row.mobile;
  await db
    .insert(sensitiveAccessLog)
    .values({ userId: viewer.id, archiveId: row.id, field: loggedField(field, memberPosition) });
  return { field, memberPosition, value };
}
