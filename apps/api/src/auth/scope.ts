import type { Viewer } from './sessions.js';

/**
 * Union-subtree scoping (分级负责). A user sees their own union and everything below it, never a
 * sibling's or a parent's records. Paths are materialized ("/1/5/33/"), so a prefix test decides.
 */
export function inSubtree(viewer: Viewer, unionPath: string): boolean {
  return unionPath.startsWith(viewer.unionPath);
}

/** Strictly below the viewer's own union. */
export function belowOwnUnion(viewer: Viewer, unionPath: string): boolean {
  return unionPath !== viewer.unionPath && unionPath.startsWith(viewer.unionPath);
}

/** The LIKE pattern for "in this subtree" (paths hold only digits and slashes, nothing to escape). */
export const subtreePattern = (unionPath: string) => `${unionPath}%`;

export const ADMIN_ROLES = [
  'PROVINCE_ADMIN',
  'CITY_ADMIN',
  'COUNTY_ADMIN',
  'GRASSROOTS_ADMIN',
] as const;

/**
 * Who may create and edit unions: the province anywhere; city and county admins below their
 * own union (they register the unions under them). The notice gives union management to the
 * province; the extension keeps the province from being a bottleneck for every grassroots union.
 */
export function canManageUnion(viewer: Viewer, unionPath: string): boolean {
  if (viewer.role === 'PROVINCE_ADMIN') return inSubtree(viewer, unionPath);
  if (viewer.role === 'CITY_ADMIN' || viewer.role === 'COUNTY_ADMIN')
    return belowOwnUnion(viewer, unionPath);
  return false;
}

/** Who may create and edit users (domain.md §5): the province anywhere, city admins below. */
export function canManageUsersIn(viewer: Viewer, unionPath: string): boolean {
  if (viewer.role === 'PROVINCE_ADMIN' || viewer.role === 'CITY_ADMIN')
    return inSubtree(viewer, unionPath);
  return false;
}
