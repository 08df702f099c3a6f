import { canEditArchivesOf } from '../archives/service.js';
import { setsMinimumLivingLines } from '../assistance/minimum-living-lines.js';
import { canManageUnion, canManageUsersIn } from './scope.js';
import type { Viewer } from './sessions.js';

/**
 * What the signed-in user may do in the console at all — which menus and "create" buttons to
 * offer (docs/architecture.md, "Who may see and do what"). Each answer asks the rule the
 * mutation asks, of the place the user would first use it: their own union, or a union right
 * below it. The services still check every request against the record it names.
 */
export interface ViewerAbilities {
  /** createArchive and the spreadsheet import: the grassroots union itself, or the province. */
  createArchives: boolean;
  /** createUnion, updateUnion: unions below one's own (the province anywhere). */
  manageUnions: boolean;
  /** The user list: admins; analysts see no one's contacts. */
  readUsers: boolean;
  /** createUser, updateUser: the province and city admins, in their subtree. */
  manageUsers: boolean;
  /** setMinimumLivingLine: the province, and city-level unions for their region. */
  setMinimumLivingLines: boolean;
  /** Dictionaries and the province's settings: the province only. */
  manageDictionaries: boolean;
}

/** A union right below the viewer's own, as the union rules see one (paths end in "/"). */
const childOf = (viewer: Viewer) => `${viewer.unionPath}0/`;

export function viewerAbilities(viewer: Viewer): ViewerAbilities {
  return {
    createArchives: canEditArchivesOf(viewer, viewer.unionId, viewer.unionPath),
    manageUnions: canManageUnion(viewer, childOf(viewer)),
    readUsers: viewer.role !== 'ANALYST',
    manageUsers: canManageUsersIn(viewer, viewer.unionPath),
    setMinimumLivingLines: setsMinimumLivingLines(viewer),
    manageDictionaries: viewer.role === 'PROVINCE_ADMIN',
  };
}
