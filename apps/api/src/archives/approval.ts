import {
  makeDeterminationInputSchema,
  toFieldErrors,
  type DeterminationInput,
} from '@bangfu/domain';
import { ValidationError } from '../errors.js';
import type { ArchiveRow } from './current.js';
import { determinationColumns } from './store.js';
import { requiredText, transition, type Actor } from './workflow.js';

function validDetermination(raw: Record<string, unknown>): DeterminationInput {
  const parsed = makeDeterminationInputSchema().safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error).map((e) => ({
      ...e,
      path: ['determination', ...e.path],
    }));
    throw new ValidationError(
      `确定信息有 ${fieldErrors.length} 处需要修改：${fieldErrors[0]!.message}`,
      fieldErrors,
    );
  }
  return parsed.data;
}

/** The determination as the archive's columns hold it (null before any). */
export function determinationOf(row: ArchiveRow) {
  if (row.isTarget == null) return null;
  const { isTarget, decidedOn, keyGroups, keyGroupOther, measures, measureOther } = row;
  const { actionPlans, actionPlanOther } = row;
  return {
    isTarget,
    decidedOn,
    keyGroups,
    keyGroupOther,
    measures,
    measureOther,
    actionPlans,
    actionPlanOther,
  };
}

/**
 * 审批建档 (PENDING_APPROVAL → ESTABLISHED) with the determination: 是 (a 解困脱困 target,
 * classified) or 否 (archived as a 困难职工 and helped, but not a target and not classified).
 */
export function approveArchive(actor: Actor, id: string, raw: Record<string, unknown>) {
  return transition(actor, id, 'approveArchive', (row) => {
    const determination = determinationColumns(validDetermination(raw));
    return {
      set: {
        ...determination,
        approvedAt: new Date(),
        approvedBy: actor.viewer.id,
        rejectionReason: null,
      },
      changes: { determination: { from: determinationOf(row), to: determination } },
    };
  });
}

/**
 * 重新确定: after approval the determination is the approving union's; it changes it through
 * this audited step, with a reason, and nobody else can (an archive edit keeps it).
 */
export function redetermineArchive(
  actor: Actor,
  id: string,
  raw: Record<string, unknown>,
  reason: string,
) {
  return transition(actor, id, 'redetermineArchive', (row) => {
    const why = requiredText(reason, 'reason', '重新确定的原因');
    const determination = determinationColumns(validDetermination(raw));
    return {
      set: determination,
      changes: { determination: { from: determinationOf(row), to: determination } },
      reason: why,
    };
  });
}

/** 退回 (PENDING_APPROVAL → DRAFT): the reason stays on the archive until it is approved. */
export function rejectArchive(actor: Actor, id: string, reason: string) {
  return transition(actor, id, 'rejectArchive', () => {
    const text = requiredText(reason, 'reason', '退回原因');
    return { set: { rejectionReason: text }, reason: text };
  });
}
