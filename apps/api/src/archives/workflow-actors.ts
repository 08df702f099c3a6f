import {
  allowedActions,
  WORKFLOW_TRANSITIONS,
  type ArchiveStatus,
  type WorkflowAction,
} from '@bangfu/domain';
import type { Viewer } from '../auth/sessions.js';
import { inSubtree } from '../auth/scope.js';

/** What the actor rules need of an archive. */
export interface ArchivePlace {
  status: string;
  unionId: string;
  unionPath: string;
  noticeEndsOn: string | null;
}

/** The path of a union's parent: "/1/5/33/" → "/1/5/". */
export function parentPath(path: string): string {
  return path.replace(/[^/]+\/$/, '');
}

/**
 * 审批建档 (domain.md §4) belongs to the county-level union (COUNTY or DIRECT_COUNTY) right above
 * the grassroots union, or to the city union when the grassroots union sits directly under it.
 * Archives live only in grassroots unions, so "right above" is the parent; the viewer's own
 * union level tells which kind of parent it is without another query.
 */
function isApprovingAdmin(viewer: Viewer, archiveUnionPath: string): boolean {
  if (viewer.unionPath !== parentPath(archiveUnionPath)) return false;
  if (viewer.role === 'COUNTY_ADMIN')
    return viewer.unionLevel === 'COUNTY' || viewer.unionLevel === 'DIRECT_COUNTY';
  if (viewer.role === 'CITY_ADMIN') return viewer.unionLevel === 'CITY';
  return false;
}

/**
 * Whether the viewer is the right actor for `action` on this archive, whatever its state: the
 * domain's status × role table names the roles, this adds which union of that role.
 */
export function mayTake(viewer: Viewer, action: WorkflowAction, archive: ArchivePlace): boolean {
  if (!(WORKFLOW_TRANSITIONS[action].roles as readonly string[]).includes(viewer.role))
    return false;
  if (viewer.role === 'PROVINCE_ADMIN') return inSubtree(viewer, archive.unionPath);
  if (viewer.role === 'GRASSROOTS_ADMIN') return viewer.unionId === archive.unionId;
  return isApprovingAdmin(viewer, archive.unionPath);
}

/** The notice is over once its last day has passed (in China time): submission opens the day after. */
export const noticeHasEnded = (archive: Pick<ArchivePlace, 'noticeEndsOn'>, today: string) =>
  archive.noticeEndsOn !== null && archive.noticeEndsOn < today;

/** What the viewer may do with the archive now, so the console offers only these. */
export function availableActions(
  viewer: Viewer,
  archive: ArchivePlace,
  today: string,
): WorkflowAction[] {
  return allowedActions(archive.status as ArchiveStatus, viewer.role)
    .filter((action) => mayTake(viewer, action, archive))
    .filter((action) => action !== 'submitForApproval' || noticeHasEnded(archive, today));
}

/** Who may take an action, in words, for the FORBIDDEN message. */
export function actorOf(action: WorkflowAction): string {
  return (WORKFLOW_TRANSITIONS[action].roles as readonly string[]).includes('GRASSROOTS_ADMIN')
    ? '建档的基层工会'
    : '该档案所属基层工会的上级县级工会（市直基层工会为市总工会）';
}
