import {
  ageOn,
  ARCHIVE_FIELDS,
  DETERMINATION_FIELDS,
  maskMobile,
  MEMBER_FIELDS,
  todayIso,
} from '@bangfu/domain';
import { IDENTIFYING_ARCHIVE_FIELDS, identifying, personName } from '../../archives/access.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { ageBand } from '../analyst-view.js';
import { NO_ID } from '../ids.js';
import { ArchiveStatusEnum } from './archive-enums.js';
import { describe, LIST_ENUMS, outputType } from './archive-fields.js';

const A = ARCHIVE_FIELDS;
const M = MEMBER_FIELDS;
const D = DETERMINATION_FIELDS;
const ANALYST_NOTE = '；统计分析员不可见';
const AGE_BAND_NOTE =
  '年龄段（0-17、18-29、30-39……70+），统计分析员看年龄只看这个。Age band (0-17, 18-29, 30-39 … 70+), what analysts see of age.';

export const Member = builder.drizzleObject('archiveMembers', {
  name: 'Member',
  description: '家庭主要成员。A household member.',
  // As for the archive: each field reads its own columns, never the sealed ID number.
  select: { columns: { id: true } },
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号（UUID）。Identifier (UUID).' }),
    position: t.exposeInt('position', {
      description: '在表中的顺序（从 0 起）。Row on the form, from 0.',
    }),
    name: t.string({
      description: describe(M.name),
      select: { columns: { name: true } },
      resolve: (m, _a, ctx) => personName(ctx.user, m.name),
    }),
    relation: t.exposeString('relation', { description: describe(M.relation) }),
    sex: t.exposeString('sex', { description: describe(M.sex) }),
    politicalStatus: t.exposeString('politicalStatus', {
      nullable: true,
      description: describe(M.politicalStatus),
    }),
    idNumber: t.string({
      nullable: true,
      description: describe(M.idNumber, '，遮盖显示' + ANALYST_NOTE),
      select: { columns: { idNumberMasked: true } },
      resolve: (m, _a, ctx) => identifying(ctx.user, m.idNumberMasked),
    }),
    birthDate: t.field({
      type: 'Date',
      nullable: true,
      description: describe(M.birthDate, ANALYST_NOTE),
      select: { columns: { birthDate: true } },
      resolve: (m, _a, ctx) => identifying(ctx.user, m.birthDate),
    }),
    age: t.int({
      nullable: true,
      description: '年龄（周岁，按今天计算）。Age in whole years today.',
      select: { columns: { birthDate: true } },
      resolve: (m) => (m.birthDate ? ageOn(m.birthDate, todayIso()) : null),
    }),
    ageBand: t.string({
      nullable: true,
      description: AGE_BAND_NOTE,
      select: { columns: { birthDate: true } },
      resolve: (m) => (m.birthDate ? ageBand(ageOn(m.birthDate, todayIso())) : null),
    }),
    health: t.string({
      nullable: true,
      description: describe(M.health, ANALYST_NOTE),
      select: { columns: { health: true } },
      resolve: (m, _a, ctx) => identifying(ctx.user, m.health),
    }),
    monthlyIncomeFen: t.exposeInt('monthlyIncomeFen', {
      nullable: true,
      description: describe(M.monthlyIncomeFen, '，单位：分'),
    }),
    memberStatus: t.exposeString('memberStatus', {
      nullable: true,
      description: describe(M.memberStatus),
    }),
    medicalInsurance: t.exposeString('medicalInsurance', {
      nullable: true,
      description: describe(M.medicalInsurance),
    }),
    employerOrSchool: t.exposeString('employerOrSchool', {
      nullable: true,
      description: describe(M.employerOrSchool),
    }),
  }),
});

interface DeterminationShape {
  isTarget: boolean;
  decidedOn: string | null;
  keyGroups: string[];
  keyGroupOther: string | null;
  measures: string[];
  measureOther: string | null;
  actionPlans: string[];
  actionPlanOther: string | null;
}

const Determination = builder.objectRef<DeterminationShape>('Determination').implement({
  description:
    '是否为解困脱困对象及其分类（五类、四个一批、七个计划）。Determination and classification.',
  fields: (t) => ({
    isTarget: t.exposeBoolean('isTarget', { description: describe(D.isTarget) }),
    decidedOn: t.expose('decidedOn', {
      type: 'Date',
      nullable: true,
      description: describe(D.decidedOn),
    }),
    keyGroups: t.field({
      type: [LIST_ENUMS.keyGroups],
      description: describe(D.keyGroups),
      resolve: (d) => d.keyGroups as never,
    }),
    keyGroupOther: t.exposeString('keyGroupOther', {
      nullable: true,
      description: describe(D.keyGroupOther),
    }),
    measures: t.field({
      type: [LIST_ENUMS.measures],
      description: describe(D.measures),
      resolve: (d) => d.measures as never,
    }),
    measureOther: t.exposeString('measureOther', {
      nullable: true,
      description: describe(D.measureOther),
    }),
    actionPlans: t.field({
      type: [LIST_ENUMS.actionPlans],
      description: describe(D.actionPlans),
      resolve: (d) => d.actionPlans as never,
    }),
    actionPlanOther: t.exposeString('actionPlanOther', {
      nullable: true,
      description: describe(D.actionPlanOther),
    }),
  }),
});

/** Plain catalogue fields an analyst may read as they are (no identifiers, contacts or health). */
const PLAIN = [
  'hardshipCategory',
  'ethnicity',
  'sex',
  'politicalStatus',
  'workStatus',
  'modelWorkerType',
  'housingType',
  'floorArea',
  'postalCode',
  'workStartDate',
  'industry',
  'maritalStatus',
  'hukouType',
  'employer',
  'employerType',
  'enterpriseStatus',
  'singleParent',
  'monthlyIncomeFen',
  'otherAnnualIncomeFen',
  'householdAnnualIncomeFen',
  'householdSize',
  'monthlyIncomePerMemberFen',
  'hukouRegionCode',
  'medicalInsurance',
  'seriousIllnessInsurance',
  'medicalMutualAid',
  'canSelfHelp',
  'zeroEmployment',
  'primaryCause',
  'secondaryCauses',
  'remarks',
  'workerSignedOn',
  'archivist',
  'reviewer',
  'enteredBy',
  'assistanceUnit',
  'assistancePerson',
] as const satisfies readonly (keyof typeof A)[];

export const Archive = builder.drizzleObject('archives', {
  name: 'Archive',
  description: '困难职工档案（一户一档）。The archive of one household (困难职工档案表).',
  // Read only what the query asks (the ciphertexts and ~80 columns otherwise): each field names
  // the columns it needs, so the type itself selects just the key.
  select: { columns: { id: true } },
  fields: (t) => {
    const catalogue: Record<string, unknown> = {};
    for (const name of PLAIN) {
      const spec = A[name];
      catalogue[name] = t.field({
        type: outputType(spec) as 'String',
        // Optional fields, and the derived per-member income (a generated column), may be null.
        nullable: !spec.required,
        description: describe(spec, spec.kind === 'fen' ? '，单位：分' : ''),
        select: { columns: { [name]: true } } as never,
        resolve: (row) => (row as Record<string, unknown>)[name] as never,
      });
    }
    for (const name of IDENTIFYING_ARCHIVE_FIELDS) {
      const spec = A[name];
      catalogue[name] = t.field({
        type: outputType(spec) as 'String',
        nullable: true,
        description: describe(spec, ANALYST_NOTE),
        select: { columns: { [name]: true } } as never,
        resolve: (row, _args, ctx) =>
          identifying(ctx.user, (row as Record<string, unknown>)[name]) as never,
      });
    }
    return {
      ...(catalogue as Record<string, ReturnType<typeof t.string>>),
      id: t.exposeID('id', { description: '编号（UUID）。Identifier (UUID).' }),
      number: t.exposeString('number', { description: describe(A.number, '，系统生成') }),
      status: t.expose('status', {
        type: ArchiveStatusEnum,
        description: '档案状态。Workflow state.',
      }),
      version: t.exposeInt('version', {
        description: '版本号：修改时提交，防止覆盖他人的修改。Version for updates.',
      }),
      cycle: t.exposeInt('cycle', {
        description: '帮扶周期：重新纳入后加一。Assistance cycle, +1 on re-entry.',
      }),
      union: t.relation('union', { description: '建档工会。The union that keeps the archive.' }),
      name: t.string({
        description: describe(A.name),
        select: { columns: { name: true } },
        resolve: (row, _a, ctx) => personName(ctx.user, row.name),
      }),
      idNumber: t.string({
        nullable: true,
        description: describe(
          A.idNumber,
          '，遮盖显示（revealSensitive 查看全文并留痕）' + ANALYST_NOTE,
        ),
        select: { columns: { idNumberMasked: true } },
        resolve: (row, _a, ctx) => identifying(ctx.user, row.idNumberMasked),
      }),
      mobile: t.string({
        nullable: true,
        description: describe(A.mobile, '，遮盖显示' + ANALYST_NOTE),
        select: { columns: { mobile: true } },
        resolve: (row, _a, ctx) =>
          identifying(ctx.user, row.mobile ? maskMobile(row.mobile) : null),
      }),
      bankCardNumber: t.string({
        nullable: true,
        description: describe(A.bankCardNumber, '，遮盖显示' + ANALYST_NOTE),
        select: { columns: { bankCardMasked: true } },
        resolve: (row, _a, ctx) => identifying(ctx.user, row.bankCardMasked),
      }),
      age: t.int({
        nullable: true,
        description: '年龄（周岁，按今天计算）。Age in whole years today.',
        select: { columns: { birthDate: true } },
        resolve: (row) => ageOn(row.birthDate, todayIso()),
      }),
      ageBand: t.string({
        description: AGE_BAND_NOTE,
        select: { columns: { birthDate: true } },
        resolve: (row) => ageBand(ageOn(row.birthDate, todayIso())) ?? '',
      }),
      members: t.relation('members', {
        description: '家庭主要成员。Household members.',
        query: { orderBy: { position: 'asc' } },
      }),
      determination: t.field({
        type: Determination,
        nullable: true,
        description:
          '是否为解困脱困对象及分类；尚未确定时为 null。Determination, null until decided.',
        select: {
          columns: {
            isTarget: true,
            decidedOn: true,
            keyGroups: true,
            keyGroupOther: true,
            measures: true,
            measureOther: true,
            actionPlans: true,
            actionPlanOther: true,
          },
        },
        resolve: (row) =>
          row.isTarget == null
            ? null
            : {
                isTarget: row.isTarget,
                decidedOn: row.decidedOn,
                keyGroups: row.keyGroups,
                keyGroupOther: row.keyGroupOther,
                measures: row.measures,
                measureOther: row.measureOther,
                actionPlans: row.actionPlans,
                actionPlanOther: row.actionPlanOther,
              },
      }),
      applicationOn: t.expose('applicationOn', {
        type: 'Date',
        nullable: true,
        description: '职工申请日期（本周期）。The day the worker applied (this cycle).',
      }),
      applicationChannel: t.exposeString('applicationChannel', {
        nullable: true,
        description: '申请方式（applicationChannel 字典代码）。How the application was made.',
      }),
      applicationAttachmentId: t.exposeID('applicationAttachmentId', {
        nullable: true,
        description: '申请书扫描件（附件 ID）。The scanned application (attachment id).',
      }),
      noticeStartsOn: t.expose('noticeStartsOn', {
        type: 'Date',
        nullable: true,
        description: '公示开始日期。Notice starts on.',
      }),
      noticeEndsOn: t.expose('noticeEndsOn', {
        type: 'Date',
        nullable: true,
        description: '公示结束日期。Notice ends on.',
      }),
      submittedAt: t.expose('submittedAt', {
        type: 'DateTime',
        nullable: true,
        description: '提交审批时间。Submitted for approval at.',
      }),
      approvedAt: t.expose('approvedAt', {
        type: 'DateTime',
        nullable: true,
        description: '审批建档时间。Approved at.',
      }),
      rejectionReason: t.exposeString('rejectionReason', {
        nullable: true,
        description: '退回原因。Reason of the last rejection.',
      }),
      exitedOn: t.expose('exitedOn', {
        type: 'Date',
        nullable: true,
        description: '脱困/退出日期。Exited on.',
      }),
      exitReason: t.exposeString('exitReason', {
        nullable: true,
        description: '退出原因（exitReason 字典代码）。Exit reason code.',
      }),
      exitNote: t.exposeString('exitNote', { nullable: true, description: '退出说明。Exit note.' }),
      spotCheckFlagged: t.exposeBoolean('spotCheckFlagged', {
        description: '抽查未通过、待整改。Flagged by a failed spot check until corrected.',
      }),
      createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建时间。Created at.' }),
      updatedAt: t.expose('updatedAt', {
        type: 'DateTime',
        description: '最后修改时间。Last changed at.',
      }),
      updatedBy: t.relation('updatedByUser', {
        nullable: true,
        description: '最后修改人（统计分析员不可见）。Who changed it last (not shown to analysts).',
        // Analysts read de-identified records: the staff's names are left out too.
        query: (_args, ctx: Context) =>
          ctx.user?.role === 'ANALYST' ? { where: { id: NO_ID } } : {},
      }),
    };
  },
});
