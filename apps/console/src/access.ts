import { ROLES, allowedActions, type ArchiveStatus, type Role } from '@bangfu/domain';
import type { Permissions } from './data/auth-provider.js';

/*
 * What a role may do with a resource, for menus and buttons (domain.md §5). The API checks every
 * request anyway; this only keeps people from being offered what they would be refused.
 * A resource not named here is readable by everyone and writable by the province admin.
 */

export type Operation = 'read' | 'create' | 'edit' | 'delete';

const ALL = Object.keys(ROLES) as Role[];
const ADMINS = ALL.filter((r) => r !== 'ANALYST');

const POLICY: Record<string, Partial<Record<Operation, readonly Role[]>>> = {
  // Admins above grassroots level manage the unions of their subtree.
  unions: {
    create: ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN'],
    edit: ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN'],
  },
  // Analysts see no personal identifiers, users included; the province and cities manage users.
  users: {
    read: ADMINS,
    create: ['PROVINCE_ADMIN', 'CITY_ADMIN'],
    edit: ['PROVINCE_ADMIN', 'CITY_ADMIN'],
  },
  // The province anywhere, a city for itself and its counties, a direct county for itself.
  minimumLivingLines: { create: ['PROVINCE_ADMIN', 'CITY_ADMIN', 'COUNTY_ADMIN'] },
  // Grassroots unions fill in archives (the province may step in); drafts only may be deleted.
  archives: {
    create: ['GRASSROOTS_ADMIN', 'PROVINCE_ADMIN'],
    edit: ['GRASSROOTS_ADMIN', 'PROVINCE_ADMIN'],
    delete: ['GRASSROOTS_ADMIN', 'PROVINCE_ADMIN'],
  },
};

const DEFAULTS: Record<Operation, readonly Role[]> = {
  read: ALL,
  create: ['PROVINCE_ADMIN'],
  edit: ['PROVINCE_ADMIN'],
  delete: ['PROVINCE_ADMIN'],
};

export function can(
  permissions: Permissions | undefined,
  operation: Operation,
  resource: string,
): boolean {
  if (!permissions) return false;
  const roles = POLICY[resource]?.[operation] ?? DEFAULTS[operation];
  return roles.includes(permissions.role as Role);
}

/** Workflow actions offered on a record: what the role may do in the record's state. */
export function offeredActions(
  permissions: Permissions | undefined,
  status: unknown,
  available: readonly string[],
): string[] {
  if (!permissions || typeof status !== 'string') return [];
  const allowed: string[] = allowedActions(status as ArchiveStatus, permissions.role as Role);
  return available.filter((a) => allowed.includes(a));
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
