import { maskMobile } from '@bangfu/domain';
import type { Viewer } from '../auth/sessions.js';
import { inputOfArchive, type ArchiveRow, type MemberRow } from '../archives/current.js';
import type { Changes } from '../archives/history.js';
import { recordHistory, snapshotOf, type HistoryEntry } from '../archives/service.js';
import { membersOf } from '../archives/validate.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';

/**
 * Assistance on an archive is part of its history (动态管理: who, when, what). The snapshot stays
 * the archive form as it is, like every other history row, so "the archive as it was on a date"
 * reads any row the same way.
 */
export async function recordAssistance(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  /** With its members when already read (establishedArchive reads both): one statement less. */
  row: ArchiveRow & { members?: MemberRow[] },
  action: string,
  changes: Changes,
): Promise<void> {
  const members = row.members ?? (await membersOf(db, row.id));
  await recordHistory(db, assistanceHistory(sealer, viewer, { ...row, members }, action, changes));
}

/** The history row of assistance on an archive read with its members. */
export function assistanceHistory(
  sealer: Sealer,
  viewer: Viewer,
  row: ArchiveRow & { members: MemberRow[] },
  action: string,
  changes: Changes,
): HistoryEntry {
  const input = inputOfArchive(row, row.members, sealer);
  return {
    archiveId: row.id,
    by: viewer.id,
    action,
    changes,
    snapshot: snapshotOf(input, sealer, { status: row.status, number: row.number }),
  };
}

/** Phone numbers are sensitive (DOMAIN §5): a history diff shows them masked. */
export function maskPhones(changes: Changes, fields: readonly string[]): Changes {
  const mask = (value: unknown) => (typeof value === 'string' ? maskMobile(value) : value);
  const out: Changes = {};
  for (const [key, change] of Object.entries(changes)) {
    out[key] = fields.includes(key) ? { from: mask(change.from), to: mask(change.to) } : change;
  }
  return out;
}
