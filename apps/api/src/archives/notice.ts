import { todayIso } from '@bangfu/domain';
import { noticeObjections } from '../db/schema/index.js';
import { ValidationError } from '../errors.js';
import { noticeHasEnded } from './workflow-actors.js';
import { requiredText, transition, type Actor } from './workflow.js';

/** The day after a date ('YYYY-MM-DD'), the first day a submission is possible. */
const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * 对象公示 (DRAFT → PUBLICIZING). The dates may lie in the past: paper notices are often entered
 * afterwards. They may also lie ahead, for a notice announced before it is posted.
 */
export function startPublicNotice(actor: Actor, id: string, startsOn: string, endsOn: string) {
  return transition(actor, id, 'startPublicNotice', (row) => {
    // The notice publicizes "依据困难职工申请" the households that applied: no application, no notice.
    if (!row.applicationOn || !row.applicationChannel) {
      throw ValidationError.field(
        ['application'],
        'APPLICATION_REQUIRED',
        '公示须依据困难职工的申请：请先“登记申请”（申请日期、申请方式，最好附申请书扫描件）。',
      );
    }
    if (endsOn < startsOn) {
      throw ValidationError.field(
        ['endsOn'],
        'NOTICE_ENDS_BEFORE_START',
        `公示结束日期（${endsOn}）不能早于开始日期（${startsOn}）。`,
      );
    }
    return { set: { noticeStartsOn: startsOn, noticeEndsOn: endsOn } };
  });
}

/** 异议 lodged during the notice, kept with the cycle it concerns. */
export function recordObjection(actor: Actor, id: string, note: string) {
  return transition(actor, id, 'recordObjection', async (row) => {
    const text = requiredText(note, 'note', '异议内容', 2000);
    await actor.db
      .insert(noticeObjections)
      .values({ archiveId: row.id, cycle: row.cycle, note: text, recordedBy: actor.viewer.id });
    return { changes: { objection: { from: null, to: text } } };
  });
}

/**
 * 撤回公示 (PUBLICIZING → DRAFT). The withdrawn notice no longer counts: its dates leave the live
 * columns (so it drops off the 公示名单), and stay in the history with the reason.
 */
export function withdrawPublicNotice(actor: Actor, id: string, reason: string) {
  return transition(actor, id, 'withdrawPublicNotice', () => ({
    set: { noticeStartsOn: null, noticeEndsOn: null },
    reason: requiredText(reason, 'reason', '撤回公示的原因'),
  }));
}

/** 提交审批 (PUBLICIZING → PENDING_APPROVAL), once the notice's last day has passed in China. */
export function submitForApproval(actor: Actor, id: string) {
  return transition(actor, id, 'submitForApproval', (row) => {
    if (!noticeHasEnded(row, todayIso())) {
      throw ValidationError.field(
        ['noticeEndsOn'],
        'NOTICE_NOT_ENDED',
        `公示期到${row.noticeEndsOn}结束，${dayAfter(row.noticeEndsOn!)}起才能提交审批。`,
      );
    }
    return { set: { submittedAt: new Date() } };
  });
}
