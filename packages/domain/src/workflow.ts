import type { Role } from './roles.js';

/** Archive states (docs/domain.md, 方法步骤). */
export const ARCHIVE_STATUSES = {
  DRAFT: { code: 'DRAFT', label: '摸底调查/录入中', labelEn: 'Survey / data entry' },
  PUBLICIZING: { code: 'PUBLICIZING', label: '公示中', labelEn: 'Public notice' },
  PENDING_APPROVAL: { code: 'PENDING_APPROVAL', label: '待审批', labelEn: 'Pending approval' },
  ESTABLISHED: {
    code: 'ESTABLISHED',
    label: '已建档（帮扶中）',
    labelEn: 'Established (receiving assistance)',
  },
  EXITED: { code: 'EXITED', label: '已脱困/退出', labelEn: 'Out of difficulty / exited' },
} as const satisfies Record<string, { code: string; label: string; labelEn: string }>;

export type ArchiveStatus = keyof typeof ARCHIVE_STATUSES;

export interface WorkflowTransition {
  readonly action: string;
  readonly from: readonly ArchiveStatus[];
  readonly to: ArchiveStatus;
  /** Roles that may take the action; subtree and level rules are the API's to enforce. */
  readonly roles: readonly Role[];
  /** Arguments the action takes besides the archive id, as the GraphQL mutation names them. */
  readonly inputs: readonly string[];
  readonly label: string;
  readonly labelEn: string;
}

/*
 * The notice: 县级工会审批. Approval, rejection and a later 重新确定 belong to the county-level
 * union right above the archive's grassroots union — or to the city union when the grassroots
 * union sits directly under the city (CITY_ADMIN is listed for that case only; the API checks the
 * union). No one else approves, not even the province. PROVINCE_ADMIN keeps the other steps (it
 * has "everything, in the whole province", e.g. to unblock an archive a lower union cannot move).
 */
const APPROVERS = ['COUNTY_ADMIN', 'CITY_ADMIN'] as const;
const COUNTY_LEVEL = ['COUNTY_ADMIN', 'CITY_ADMIN', 'PROVINCE_ADMIN'] as const;
const GRASSROOTS = ['GRASSROOTS_ADMIN', 'PROVINCE_ADMIN'] as const;

/** The state machine of an archive, one entry per mutation (every transition is audited). */
export const WORKFLOW_TRANSITIONS = {
  /** 申请 (step 三): the worker's application, which the notice and approval rest on. */
  recordApplication: {
    action: 'recordApplication',
    from: ['DRAFT'],
    to: 'DRAFT',
    roles: GRASSROOTS,
    inputs: ['on', 'channel', 'attachmentId'],
    label: '登记申请',
    labelEn: 'Record application',
  },
  startPublicNotice: {
    action: 'startPublicNotice',
    from: ['DRAFT'],
    to: 'PUBLICIZING',
    roles: GRASSROOTS,
    inputs: ['startsOn', 'endsOn'],
    label: '开始公示',
    labelEn: 'Start public notice',
  },
  recordObjection: {
    action: 'recordObjection',
    from: ['PUBLICIZING'],
    to: 'PUBLICIZING',
    roles: GRASSROOTS,
    inputs: ['note'],
    label: '记录异议',
    labelEn: 'Record objection',
  },
  withdrawPublicNotice: {
    action: 'withdrawPublicNotice',
    from: ['PUBLICIZING'],
    to: 'DRAFT',
    roles: GRASSROOTS,
    inputs: ['reason'],
    label: '撤回公示',
    labelEn: 'Withdraw notice',
  },
  submitForApproval: {
    action: 'submitForApproval',
    from: ['PUBLICIZING'],
    to: 'PENDING_APPROVAL',
    roles: GRASSROOTS,
    inputs: [],
    label: '提交审批',
    labelEn: 'Submit for approval',
  },
  approveArchive: {
    action: 'approveArchive',
    from: ['PENDING_APPROVAL'],
    to: 'ESTABLISHED',
    roles: APPROVERS,
    inputs: ['determination'],
    label: '审批建档',
    labelEn: 'Approve',
  },
  rejectArchive: {
    action: 'rejectArchive',
    from: ['PENDING_APPROVAL'],
    to: 'DRAFT',
    roles: APPROVERS,
    inputs: ['reason'],
    label: '退回',
    labelEn: 'Reject',
  },
  redetermineArchive: {
    action: 'redetermineArchive',
    from: ['ESTABLISHED'],
    to: 'ESTABLISHED',
    roles: APPROVERS,
    inputs: ['determination', 'reason'],
    label: '重新确定',
    labelEn: 'Re-determine',
  },
  exitArchive: {
    action: 'exitArchive',
    from: ['ESTABLISHED'],
    to: 'EXITED',
    roles: COUNTY_LEVEL,
    inputs: ['on', 'reason', 'note'],
    label: '脱困退出',
    labelEn: 'Exit',
  },
  /** 返困: a new cycle, which goes through application, notice and approval again. */
  reenterArchive: {
    action: 'reenterArchive',
    from: ['EXITED'],
    to: 'DRAFT',
    roles: COUNTY_LEVEL,
    inputs: [],
    label: '返困重新纳入',
    labelEn: 'Re-enter (new round)',
  },
} as const satisfies Record<string, WorkflowTransition>;

export type WorkflowAction = keyof typeof WORKFLOW_TRANSITIONS;

/** Actions a user of `role` may take on an archive in `status` (before subtree/level checks). */
export function allowedActions(status: ArchiveStatus, role: Role): WorkflowAction[] {
  return (Object.values(WORKFLOW_TRANSITIONS) as WorkflowTransition[])
    .filter((t) => t.from.includes(status) && t.roles.includes(role))
    .map((t) => t.action as WorkflowAction);
}
