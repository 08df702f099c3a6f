import {
  makeDeterminationInputSchema,
  toFieldErrors,
  type DeterminationInput,
} from '@bangfu/domain';
import { ValidationError } from '../errors.js';
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
  // Approval establishes an archive for assistance; a household found not to be a target is sent
  // back with rejectArchive (and its reason), so that no established archive is a non-target.
  if (!parsed.data.isTarget) {
    throw ValidationError.field(
      ['determination', 'isTarget'],
      'APPROVAL_REQUIRES_TARGET',
      '审批建档须确定为解困脱困对象。经核实不是解困脱困对象的，请退回（rejectArchive）并写明原因。',
    );
  }
  return parsed.data;
}

/** 审批建档 (PENDING_APPROVAL → ESTABLISHED), with the determination and classification. */
export function approveArchive(actor: Actor, id: string, raw: Record<string, unknown>) {
  return transition(actor, id, 'approveArchive', (row) => {
    const d = validDetermination(raw);
    const {
      isTarget,
      decidedOn,
      keyGroups,
      keyGroupOther,
      measures,
      measureOther,
      actionPlans,
      actionPlanOther,
    } = row;
    const before =
      isTarget == null
        ? null
        : {
            isTarget,
            decidedOn,
            keyGroups,
            keyGroupOther,
            measures,
            measureOther,
            actionPlans,
            actionPlanOther,
          };
    const determination = {
      isTarget: d.isTarget,
      decidedOn: d.decidedOn,
      keyGroups: [...(d.keyGroups ?? [])],
      keyGroupOther: d.keyGroupOther ?? null,
      measures: [...(d.measures ?? [])],
      measureOther: d.measureOther ?? null,
      actionPlans: [...(d.actionPlans ?? [])],
      actionPlanOther: d.actionPlanOther ?? null,
    };
    return {
      set: {
        ...determination,
        approvedAt: new Date(),
        approvedBy: actor.viewer.id,
        rejectionReason: null,
      },
      changes: { determination: { from: before, to: determination } },
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
