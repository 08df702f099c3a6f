import { normalizeIdNumber, parseArchiveNumber, parseIdNumber } from '@bangfu/domain';
import { and, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import { NotForAnalysts } from '../errors.js';
import { isAnalyst, refuseIdentifyingLookup } from './access.js';
import { subtreePattern } from '../auth/scope.js';
import type { Sealer } from '../crypto/data-key.js';
import { assistedThisCycle, planPastDue } from '../assistance/archive-extras.js';
import type { Database } from '../db/client.js';
import { unions, type archives } from '../db/schema/index.js';

export interface ArchiveFilterArgs {
  unionId?: string | null;
  status?: string | null;
  hardshipCategory?: string | null;
  primaryCause?: string | null;
  keyGroup?: string | null;
  measure?: string | null;
  actionPlan?: string | null;
  search?: string | null;
  spotCheckFlagged?: boolean | null;
  overdue?: boolean | null;
  neverAssisted?: boolean | null;
  noUpdateInAYear?: boolean | null;
}

/**
 * The WHERE of an archive list: always the viewer's subtree, then the filters. Written once and
 * used both for the page (through the relational query's RAW filter, with its table alias) and
 * for totalCount, so the two can never disagree. Every predicate has an index (see schema).
 */
export function archiveFilterSql(
  t: typeof archives,
  viewer: Viewer,
  filter: ArchiveFilterArgs | null | undefined,
  sealer: Sealer,
  /** The filter's union path, looked up beforehand (`filterUnionPath`): a literal the planner can use. */
  unionPath?: string | null,
): SQL {
  const f = filter ?? {};
  refuseIdentifyingLookup(viewer, { search: f.search });
  const parts: (SQL | undefined)[] = [sql`${t.unionPath} like ${pathPrefix(viewer.unionPath)}`];
  if (f.unionId && unionPath !== undefined) {
    // A union outside the viewer's subtree matches nothing: the subtree predicate above still holds.
    parts.push(unionPath === null ? sql`false` : sql`${t.unionPath} like ${pathPrefix(unionPath)}`);
  } else if (f.unionId) {
    parts.push(
      sql`${t.unionPath} like (select u.path || '%' from unions u where u.id::text = ${f.unionId})`,
    );
  }
  if (f.status) parts.push(sql`${t.status} = ${f.status}`);
  if (f.hardshipCategory) parts.push(sql`${t.hardshipCategory} = ${f.hardshipCategory}`);
  if (f.primaryCause) parts.push(sql`${t.primaryCause} = ${f.primaryCause}`);
  if (f.keyGroup) parts.push(sql`${t.keyGroups} @> array[${f.keyGroup}]::text[]`);
  if (f.measure) parts.push(sql`${t.measures} @> array[${f.measure}]::text[]`);
  if (f.actionPlan) parts.push(sql`${t.actionPlans} @> array[${f.actionPlan}]::text[]`);
  if (f.spotCheckFlagged != null) parts.push(sql`${t.spotCheckFlagged} = ${f.spotCheckFlagged}`);
  // The same definitions as the Archive fields of the same names (derived-fields.ts).
  if (f.overdue != null)
    parts.push(flag(f.overdue, sql`${t.status} = 'ESTABLISHED' and ${planPastDue(t)}`));
  if (f.neverAssisted != null)
    parts.push(
      flag(f.neverAssisted, sql`${t.status} = 'ESTABLISHED' and not ${assistedThisCycle(t)}`),
    );
  if (f.noUpdateInAYear != null) {
    parts.push(
      flag(
        f.noUpdateInAYear,
        sql`${t.status} <> 'EXITED' and ${t.updatedAt} < now() - interval '365 days'`,
      ),
    );
  }
  const search = f.search?.trim();
  if (search) parts.push(searchSql(t, search, sealer));
  return and(...parts)!;
}

/**
 * A subtree prefix written into the statement as a literal, not a parameter: with a parameter, a
 * prepared statement's generic plan cannot use the path index and sorts every match (PERFORMANCE:
 * 2 ms against 200 ms at a million archives). Paths are our own digits and slashes, checked here.
 */
function pathPrefix(path: string): SQL {
  if (!/^\/(\d+\/)+$/.test(path)) throw new Error('malformed union path');
  return sql.raw(`'${subtreePattern(path)}'`);
}

/** The path of the filter's union, or null when there is no such union (one small indexed read). */
export async function filterUnionPath(
  db: Database,
  filter: ArchiveFilterArgs | null | undefined,
  viewer: Viewer | null = null,
): Promise<string | null | undefined> {
  if (!filter?.unionId) return undefined;
  const [row] = await db
    .select({ path: unions.path, level: unions.level })
    .from(unions)
    .where(sql`${unions.id}::text = ${filter.unionId}`)
    .limit(1);
  // Places at county level for analysts: a grassroots union's archives are a handful of people.
  if (row?.level === 'GRASSROOTS' && isAnalyst(viewer)) throw NotForAnalysts.union();
  return row?.path ?? null;
}

/** What an analyst may not ask of archives (search, name order, a grassroots union), checked once. */
export async function refuseAnalystLookups(
  db: Database,
  viewer: Viewer,
  filter: ArchiveFilterArgs | null | undefined,
): Promise<void> {
  if (!isAnalyst(viewer)) return;
  refuseIdentifyingLookup(viewer, { search: filter?.search });
  await filterUnionPath(db, filter, viewer);
}

const flag = (wanted: boolean, condition: SQL) =>
  wanted ? sql`(${condition})` : sql`not (${condition})`;

/** A full ID number finds by its keyed hash, an archive number exactly, anything else a name prefix. */
function searchSql(t: typeof archives, search: string, sealer: Sealer): SQL {
  const id = parseIdNumber(search);
  if (id.ok) return sql`${t.idNumberHash} = ${sealer.lookupHash(normalizeIdNumber(search))}`;
  if (parseArchiveNumber(search)) return sql`${t.number} = ${search}`;
  const escaped = search.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`(${t.name} like ${`${escaped}%`} or ${t.number} like ${`${escaped}%`})`;
}
