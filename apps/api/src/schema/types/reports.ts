import { isAnalyst } from '../../archives/access.js';
import type { StatisticsSnapshot } from '../../statistics/compute.js';
import { suppressSmallGroups } from '../../statistics/suppress.js';
import { reportOverviewOf, type ReportOverviewRow } from '../../reports/overview.js';
import { createReportPeriod } from '../../reports/periods.js';
import { submitReport } from '../../reports/submit.js';
import { builder, SIGNED_IN } from '../builder.js';
import { inTransaction } from '../transaction.js';
import { UnionProgressRef } from './statistics.js';
import { Union } from './union.js';

export const ReportPeriod = builder.drizzleObject('reportPeriods', {
  name: 'ReportPeriod',
  description:
    '报送期间（省总工会设定，按整月）。A reporting period set by the province, in whole months.',
  fields: (t) => ({
    code: t.exposeString('code', { description: '期间代码，如 2016-10。Period code.' }),
    label: t.exposeString('label', { description: '名称，如“2016年建档立卡情况”。Label.' }),
    startsOn: t.expose('startsOn', {
      type: 'Date',
      description: '开始日期（某月 1 日）。First day.',
    }),
    endsOn: t.expose('endsOn', {
      type: 'Date',
      description: '结束日期（某月最后一天）。Last day.',
    }),
    dueOn: t.expose('dueOn', { type: 'Date', description: '报送截止日期。Reports are due on.' }),
  }),
});

const SNAPSHOT_NOTE =
  '报送时冻结的统计（与 statistics 查询的字段同名的 JSON）。The statistics frozen when submitted, as JSON with the fields of `statistics`.';

// Registered for ReportSubmission.revisions (drizzle objects are found by table).
builder.drizzleObject('reportRevisions', {
  name: 'ReportRevision',
  description: '被重新报送替换的早先版本。An earlier version replaced by a resubmission.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: '版本号。Version.' }),
    snapshot: t.field({
      type: 'JSON',
      description: SNAPSHOT_NOTE,
      // Analysts read the frozen numbers with small groups below county level suppressed.
      resolve: (r, _a, ctx) =>
        isAnalyst(ctx.user) ? suppressSmallGroups(r.snapshot as StatisticsSnapshot) : r.snapshot,
    }),
    note: t.exposeString('note', { nullable: true, description: '报送说明。Note.' }),
    submittedBy: t.relation('submitter', { description: '报送人。Submitted by.' }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      description: '报送时间。Submitted at.',
    }),
    replacedAt: t.expose('replacedAt', {
      type: 'DateTime',
      description: '被替换时间。Replaced at.',
    }),
  }),
});

const ReportSubmission = builder.drizzleObject('reportSubmissions', {
  name: 'ReportSubmission',
  description:
    '市级工会报送的建档立卡情况（冻结的统计及说明）。A city-level union’s report: frozen statistics and a note.',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号（UUID）。Identifier (UUID).' }),
    union: t.relation('union', { description: '报送的工会。The reporting union.' }),
    period: t.relation('reportPeriod', { description: '报送期间。The period.' }),
    snapshot: t.field({
      type: 'JSON',
      description: SNAPSHOT_NOTE,
      // Analysts read the frozen numbers with small groups below county level suppressed.
      resolve: (r, _a, ctx) =>
        isAnalyst(ctx.user) ? suppressSmallGroups(r.snapshot as StatisticsSnapshot) : r.snapshot,
    }),
    note: t.exposeString('note', { nullable: true, description: '报送说明。Note.' }),
    submittedBy: t.relation('submitter', { description: '报送人。Submitted by.' }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      description: '（最近一次）报送时间。Submitted at (latest).',
    }),
    version: t.exposeInt('version', {
      description: '版本号：截止日期前重新报送加一。Version, +1 per resubmission.',
    }),
    revisions: t.relation('revisions', {
      description: '被替换的早先版本（旧的在前）。Earlier versions, oldest first.',
      query: { orderBy: { version: 'asc' } },
    }),
  }),
});

const ReportStatus = builder.enumType('ReportStatus', {
  description: '报送状态。Whether a union has reported for a period.',
  values: {
    SUBMITTED: { description: '已报送。Submitted.' },
    LATE: { description: '逾期未报：截止日期已过仍未报送。Due date passed without a report.' },
    PENDING: { description: '待报送：尚未到截止日期。Not yet submitted, not yet due.' },
  } as const,
});

const ReportOverviewRowRef = builder.objectRef<ReportOverviewRow>('ReportSubmissionRow').implement({
  description:
    '某市级工会在某期间的报送情况，报送时的数字与今天的数字并列。A city-level union’s report beside today’s numbers.',
  fields: (t) => ({
    union: t.field({
      type: Union,
      description: '市级（或直管县）工会。The reporting union.',
      resolve: (r) => r.union,
    }),
    status: t.field({
      type: ReportStatus,
      description: '报送状态。Status.',
      resolve: (r) => r.status,
    }),
    submittedLate: t.exposeBoolean('submittedLate', {
      description: '在截止日期之后报送。Submitted after the due date.',
    }),
    submission: t.field({
      type: ReportSubmission,
      nullable: true,
      description: '报送的报告；未报送为 null。The report, null if none.',
      resolve: (r) => r.submission,
    }),
    submitted: t.field({
      type: UnionProgressRef,
      nullable: true,
      description: '报送时的主要指标。Headline numbers as submitted.',
      resolve: (r) => (r.submitted ? { ...r.submitted, unionRow: r.union } : null),
    }),
    today: t.field({
      type: UnionProgressRef,
      description: '同一期间今天的主要指标。The same numbers for the period today.',
      resolve: (r) => ({ ...r.today, unionRow: r.union }),
    }),
  }),
});

type Submitted = Awaited<ReturnType<typeof submitReport>>;

const ReportSubmitted = builder.objectRef<Submitted>('ReportSubmitted').implement({
  description: '已报送。The report was submitted.',
  fields: (t) => ({
    version: t.exposeInt('version', {
      description:
        '本次报送写入的版本号（1 为首次报送）；报告可能随后又被重新报送。' +
        'The version this submission wrote (1 = the first); the report may have been resubmitted since.',
    }),
    submission: t.drizzleField({
      type: 'reportSubmissions',
      description: '报送的报告。The report.',
      resolve: async (query, saved, _args, ctx) =>
        (await ctx.db.query.reportSubmissions.findFirst(query({ where: { id: saved.id } })))!,
    }),
  }),
});

const ReportPeriodCreated = builder.objectRef<{ code: string }>('ReportPeriodCreated').implement({
  description: '已设定报送期间。The period was created.',
  fields: (t) => ({
    period: t.drizzleField({
      type: 'reportPeriods',
      description: '报送期间。The period.',
      resolve: async (query, saved, _args, ctx) =>
        (await ctx.db.query.reportPeriods.findFirst(query({ where: { code: saved.code } })))!,
    }),
  }),
});

builder.queryFields((t) => ({
  reportPeriods: t.drizzleField({
    type: ['reportPeriods'],
    description: '全部报送期间（新的在前）。Every reporting period, newest first.',
    resolve: async (query, _root, _args, ctx) =>
      await ctx.db.query.reportPeriods.findMany(
        query({ orderBy: { startsOn: 'desc', createdAt: 'desc' } }),
      ),
  }),
  reportSubmissions: t.withAuth(SIGNED_IN).field({
    type: [ReportOverviewRowRef],
    description:
      '某期间的报送情况：你范围内的每个省辖市、直管县（省总工会看到全部）——已报送、逾期未报或待报送，报送时的数字与今天的并列。' +
      'Who has reported for a period: every city and direct county in your subtree, with the snapshot beside today’s numbers.',
    args: { period: t.arg.string({ required: true, description: '期间代码。Period code.' }) },
    resolve: async (_root, args, ctx) => await reportOverviewOf(ctx.db, ctx.user, args.period),
  }),
}));

builder.mutationFields((t) => ({
  createReportPeriod: t.field({
    type: ReportPeriodCreated,
    description: '设定报送期间（省总工会）。Create a reporting period (province admins).',
    authScopes: { role: ['PROVINCE_ADMIN'] },
    errors: {},
    args: {
      code: t.arg.string({
        required: true,
        description: '期间代码（唯一），如 2016-10。Unique code.',
      }),
      label: t.arg.string({ required: true, description: '名称。Label.' }),
      startsOn: t.arg({
        type: 'Date',
        required: true,
        description: '开始日期：某月 1 日。First day of a month.',
      }),
      endsOn: t.arg({
        type: 'Date',
        required: true,
        description: '结束日期：某月最后一天。Last day of a month.',
      }),
      dueOn: t.arg({
        type: 'Date',
        required: false,
        description:
          '报送截止日期；不填时为开始日期当年（或次年）的 10 月 31 日，即通知规定的时限。' +
          'Due date; defaults to the first 31 October on or after the start (the notice’s deadline).',
      }),
    },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, async (tx) => await createReportPeriod(tx.db, args)),
  }),
  submitReport: t.withAuth({ role: ['CITY_ADMIN'] }).field({
    type: ReportSubmitted,
    description:
      '报送本工会该期间的建档立卡情况（省辖市、直管县工会管理员）：冻结当前统计；截止日期前可重新报送，旧版本保留。' +
      'Submit your union’s statistics for a period (city-level admins); resubmitting before the due date keeps the old version.',
    errors: {},
    args: {
      period: t.arg.string({ required: true, description: '期间代码。Period code.' }),
      note: t.arg.string({ description: '报送说明。Note.' }),
    },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) => submitReport(tx.db, ctx.user, args.period, args.note)),
  }),
}));
