import type { Viewer } from '../auth/sessions.js';
import { inSubtree } from '../auth/scope.js';
import type { ArchiveRow, MemberRow } from '../archives/current.js';
import { canEditArchivesOf, visibleArchiveWithMembers } from '../archives/service.js';
import type { Database } from '../db/client.js';
import { Forbidden, ValidationError } from '../errors.js';

/** Where an archive is kept: all the rules below need of it. */
type ArchiveUnion = Pick<ArchiveRow, 'unionId' | 'unionPath'>;

/** 制定计划 and 帮扶台账 are the archive's own grassroots union's work (or the province's). */
export const keepsAssistanceOf = (viewer: Viewer, row: ArchiveUnion) =>
  canEditArchivesOf(viewer, row.unionId, row.unionPath);

/**
 * 抽查核实 is the city-level union's work: a CITY_ADMIN sits at a city or a directly administered
 * county, so "above the archive" is enough; the province may check anywhere.
 */
export const spotChecksOf = (viewer: Viewer, row: ArchiveUnion) =>
  (viewer.role === 'CITY_ADMIN' || viewer.role === 'PROVINCE_ADMIN') &&
  inSubtree(viewer, row.unionPath);

/**
 * The archive to assist: visible to the viewer (FORBIDDEN otherwise, never another union's data),
 * the viewer allowed to do this on it (FORBIDDEN), and established — plans, ledger and checks
 * belong to an archive being assisted (a ValidationError: the state, not the user, is wrong).
 * Read with its members in one statement: the history row this work ends with snapshots both.
 */
export async function establishedArchive(
  db: Database,
  viewer: Viewer,
  id: string,
  may: (viewer: Viewer, row: ArchiveRow) => boolean,
  refusal: string,
): Promise<ArchiveRow & { members: MemberRow[] }> {
  const row = await visibleArchiveWithMembers(db, viewer, id);
  if (!may(viewer, row)) throw new Forbidden(refusal);
  if (row.status !== 'ESTABLISHED') {
    throw ValidationError.field(
      ['archiveId'],
      'ARCHIVE_NOT_ESTABLISHED',
      '只有已建档（帮扶中）的档案才能进行帮扶计划、台账和抽查。',
    );
  }
  return row;
}
