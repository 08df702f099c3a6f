import {
  ARCHIVE_STATUSES,
  WORKFLOW_TRANSITIONS,
  type ArchiveStatus,
  type WorkflowAction,
} from '@bangfu/domain';
import { and, eq } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import { archives } from '../db/schema/index.js';
import { Forbidden, ValidationError } from '../errors.js';
import { inputOfArchive, type ArchiveRow } from './current.js';
import type { Changes } from './history.js';
import { recordHistory, snapshotOf, visibleArchive } from './service.js';
import { membersOf } from './validate.js';
import { actorOf, mayTake } from './workflow-actors.js';

export interface Actor {
  db: Database;
  sealer: Sealer;
  viewer: Viewer;
}

/** What one workflow step changes besides the state, and why. */
export interface Step {
  set?: Partial<typeof archives.$inferInsert>;
  /** Changes the column diff cannot say by itself (an objection, the determination as a whole). */
  changes?: Changes;
  reason?: string | null;
}

// The history entry's own time and author already say when and by whom; the determination is
// recorded as one change by the approval step.
const NOT_DIFFED = new Set([
  'submittedAt',
  'approvedAt',
  'approvedBy',
  'isTarget',
  'decidedOn',
  'keyGroups',
  'keyGroupOther',
  'measures',
  'measureOther',
  'actionPlans',
  'actionPlanOther',
]);

export const statusLabel = (status: string) =>
  ARCHIVE_STATUSES[status as ArchiveStatus]?.label ?? status;

function factChanges(row: ArchiveRow, set: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [key, to] of Object.entries(set)) {
    if (NOT_DIFFED.has(key)) continue;
    const from = (row as Record<string, unknown>)[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to ?? null))
      changes[key] = { from, to: to ?? null };
  }
  return changes;
}

/** The workflow facts of the cycle, kept beside the form in every snapshot. */
function workflowFacts(row: ArchiveRow) {
  const {
    status,
    number,
    cycle,
    noticeStartsOn,
    noticeEndsOn,
    submittedAt,
    approvedAt,
    rejectionReason,
  } = row;
  const { exitedOn, exitReason, exitNote } = row;
  return {
    status,
    number,
    cycle,
    noticeStartsOn,
    noticeEndsOn,
    submittedAt,
    approvedAt,
    rejectionReason,
    exitedOn,
    exitReason,
    exitNote,
  };
}

/**
 * One workflow transition (domain.md §4): the right actor (else FORBIDDEN), the right state (else
 * INVALID_TRANSITION), then the step's own checks and writes, the state change with version + 1
 * (so an edit or a second transition based on what was read before conflicts), and a history
 * entry with the whole archive as it now is. The caller runs it in one transaction.
 */
export async function transition(
  actor: Actor,
  id: string,
  action: WorkflowAction,
  step: (row: ArchiveRow) => Step | Promise<Step>,
): Promise<string> {
  const { db, sealer, viewer } = actor;
  const row = await visibleArchive(db, viewer, id);
  const t = WORKFLOW_TRANSITIONS[action];
  if (!mayTake(viewer, action, row)) throw new Forbidden(`只有${actorOf(action)}可以${t.label}。`);
  if (!(t.from as readonly string[]).includes(row.status)) {
    throw ValidationError.field(
      ['status'],
      'INVALID_TRANSITION',
      `档案当前为“${statusLabel(row.status)}”，不能${t.label}。`,
    );
  }
  const { set = {}, changes = {}, reason = null } = await step(row);
  const [updated] = await db
    .update(archives)
    .set({ ...set, status: t.to, version: row.version + 1, updatedBy: viewer.id })
    .where(and(eq(archives.id, row.id), eq(archives.version, row.version)))
    .returning();
  if (!updated) {
    throw ValidationError.field(
      ['version'],
      'VERSION_CONFLICT',
      '该档案刚被他人修改或处理，请刷新后重试；未写入任何内容。',
    );
  }
  const status = row.status === t.to ? {} : { status: { from: row.status, to: t.to } };
  const members = await membersOf(db, row.id);
  await recordHistory(db, {
    archiveId: row.id,
    by: viewer.id,
    action,
    changes: { ...status, ...factChanges(row, set), ...changes },
    snapshot: snapshotOf(inputOfArchive(updated, members, sealer), sealer, workflowFacts(updated)),
    reason,
  });
  return row.id;
}

/** A required free-text argument: trimmed, not blank, not too long. */
export function requiredText(
  value: string | null | undefined,
  field: string,
  label: string,
  max = 500,
): string {
  const text = value?.trim() ?? '';
  if (!text) throw ValidationError.field([field], 'REQUIRED', `请填写${label}。`);
  return limitedText(text, field, label, max);
}

export function limitedText(text: string, field: string, label: string, max = 500): string {
  if ([...text].length > max)
    throw ValidationError.field([field], 'TEXT_TOO_LONG', `${label}不能超过${max}个字，请精简。`);
  return text;
}
