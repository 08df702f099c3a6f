import type { Permissions, ViewerCan } from './data/auth-provider.js';

/*
 * What the signed-in user may do with a resource, for menus and buttons: the API answers it in
 * `me.viewerCan` (the services' own rules, docs/architecture.md); this only says which of its
 * answers each page asks. What may be done with one archive is that archive's `viewerCan`, and
 * its workflow steps its `availableActions`. The API checks every request anyway.
 */

export type Operation = 'read' | 'create' | 'edit' | 'delete';

const ABILITY: Record<string, Partial<Record<Operation, keyof ViewerCan>>> = {
  unions: { create: 'manageUnions', edit: 'manageUnions' },
  users: { read: 'readUsers', create: 'manageUsers', edit: 'manageUsers' },
  minimumLivingLines: { create: 'setMinimumLivingLines' },
  // The pages of the keeping union; each archive's own viewerCan decides its buttons.
  archives: { create: 'createArchives', edit: 'createArchives', delete: 'createArchives' },
};

/** Everything else (dictionaries, report periods) is the province's list to keep; all may read it. */
const PROVINCE_LISTS: Record<Operation, keyof ViewerCan | null> = {
  read: null,
  create: 'manageDictionaries',
  edit: 'manageDictionaries',
  delete: 'manageDictionaries',
};

export function can(
  permissions: Permissions | undefined,
  operation: Operation,
  resource: string,
): boolean {
  if (!permissions) return false;
  const ability =
    resource in ABILITY ? (ABILITY[resource]![operation] ?? null) : PROVINCE_LISTS[operation];
  if (ability === null) return operation === 'read';
  return permissions.viewerCan?.[ability] === true;
}

/*
 * Archive list controls an analyst is refused by the API (SEARCH_NOT_ALLOWED_FOR_ANALYST,
 * ORDER_NOT_ALLOWED_FOR_ANALYST): searching by name, number or ID, and ordering by name or number.
 * The console does not offer them, so it never sends a request that would be refused.
 */
const ANALYST_REFUSED_FILTERS: readonly string[] = ['search'];
const ANALYST_REFUSED_SORTS: readonly string[] = ['name', 'number'];

const isAnalyst = (permissions: Permissions | undefined) => permissions?.role === 'ANALYST';

/** Whether the archive list offers this filter to the role. */
export function mayFilterArchivesBy(permissions: Permissions | undefined, filter: string): boolean {
  return !(isAnalyst(permissions) && ANALYST_REFUSED_FILTERS.includes(filter));
}

/** Whether the archive list lets the role sort by this column. */
export function maySortArchivesBy(permissions: Permissions | undefined, field: string): boolean {
  return !(isAnalyst(permissions) && ANALYST_REFUSED_SORTS.includes(field));
}

/**
 * Whether the union tree beside a list offers this union as the list's filter. Analysts filter
 * archives by county-level unions or above (UNION_TOO_SMALL_FOR_ANALYST): a grassroots union's
 * archives are a handful of people.
 */
export function mayFilterByUnion(
  permissions: Permissions | undefined,
  filterName: string,
  level: string,
): boolean {
  return !(isAnalyst(permissions) && filterName === 'unionId' && level === 'GRASSROOTS');
}
