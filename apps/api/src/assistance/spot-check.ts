import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import type { Changes } from '../archives/history.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import { archives, spotChecks } from '../db/schema/index.js';
import { isSelectableCode } from '../dictionaries/selectable.js';
import { establishedArchive, spotChecksOf } from './access.js';
import { recordAssistance } from './history.js';
import { chinaDate, Problems } from './problems.js';

export interface SpotCheckInput {
  on: string;
  checker: string;
  result: string;
  note?: string | null;
}

/** 属实: the only result that does not flag the archive. */
export const CONFIRMED = 'CONFIRMED';

/**
 * 抽查核实 by the city-level union. 不属实 / 需整改 flag the archive until the grassroots union
 * corrects it (updateArchive clears the flag); a later 属实 check clears it too, since the
 * checker has seen it right. Changing the flag bumps the archive's version, so an edit begun
 * before the check cannot silently clear a flag its author never saw.
 */
export async function recordSpotCheck(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  archiveId: string,
  raw: SpotCheckInput,
): Promise<{ spotCheckId: string; archiveId: string }> {
  const row = await establishedArchive(
    db,
    viewer,
    archiveId,
    spotChecksOf,
    '只有市级工会（或直管县工会）和省总工会可以抽查核实。',
  );
  const p = new Problems();
  const on = p.pastDate(['on'], raw.on, '抽查日期', chinaDate(row.approvedAt));
  const checker = p.text(['checker'], raw.checker, '抽查人', { required: true, max: 50 });
  const result = raw.result.trim();
  if (!(await isSelectableCode(db, 'spotCheckResult', result)))
    p.domain(['result'], 'NOT_IN_DICTIONARY', { label: '抽查结果', value: result });
  const failed = result !== CONFIRMED;
  const note = p.text(['note'], raw.note, '抽查说明', { max: 500 });
  if (failed && !note)
    p.add(
      ['note'],
      'SPOT_CHECK_NOTE_REQUIRED',
      '抽查结果不是“属实”时，请在抽查说明中写明发现的问题',
    );
  p.throwIfAny('抽查核实');
  const check = { on: on!, checker: checker!, result, note: note ?? null };
  const [created] = await db
    .insert(spotChecks)
    .values({
      ...check,
      archiveId: row.id,
      cycle: row.cycle,
      unionId: viewer.unionId,
      recordedBy: viewer.id,
    })
    .returning({ id: spotChecks.id });
  const changes: Changes = { spotCheck: { from: null, to: check } };
  if (failed !== row.spotCheckFlagged) {
    await db
      .update(archives)
      .set({ spotCheckFlagged: failed, version: sql`${archives.version} + 1` })
      .where(eq(archives.id, row.id));
    if (!failed) {
      await db
        .update(spotChecks)
        .set({ resolvedAt: sql`now()` })
        .where(
          and(
            eq(spotChecks.archiveId, row.id),
            isNull(spotChecks.resolvedAt),
            sql`${spotChecks.result} <> ${CONFIRMED}`,
          ),
        );
    }
    changes.spotCheckFlagged = { from: row.spotCheckFlagged, to: failed };
  }
  await recordAssistance(db, sealer, viewer, row, 'SPOT_CHECK', changes);
  return { spotCheckId: created!.id, archiveId: row.id };
}
