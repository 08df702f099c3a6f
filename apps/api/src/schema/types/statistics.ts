import type { Headline, LedgerTotal, StateCount, TargetCount } from '../../statistics/assemble.js';
import {
  type StatisticsSnapshot,
  type UnionProgress,
  type UnionRow,
} from '../../statistics/compute.js';
import { statisticsOf } from '../../statistics/service.js';
import { builder, SIGNED_IN } from '../builder.js';
import { idOrNothing } from '../ids.js';
import { Union } from './union.js';

/** What the GraphQL types carry: the plain numbers plus the union rows they are about. */
export type ProgressShape = UnionProgress & { unionRow: UnionRow };
export type StatisticsShape = Omit<StatisticsSnapshot, 'children'> & {
  unionRow: UnionRow;
  children: ProgressShape[];
};

export function statisticsShape(
  snapshot: StatisticsSnapshot,
  scope: UnionRow,
  children: UnionRow[],
): StatisticsShape {
  const rows = new Map(children.map((u) => [u.id, u]));
  return {
    ...snapshot,
    unionRow: scope,
    children: snapshot.children.map((c) => ({ ...c, unionRow: rows.get(c.union.id)! })),
  };
}

const SUPPRESSED_NOTE =
  '统计分析员：基层工会不足 5 份档案的组（及可由合计反推出它的另一组）不显示数字（null）。For analysts, groups under 5 archives below county level (and one that would give it away) read null.';

const sumOrNull = (a: number | null, b: number | null) => (a == null || b == null ? null : a + b);

const Labelled = {
  code: '代码（名称见 dictionaries）。Code (labels in dictionaries).',
  label: '中文名称。Chinese label.',
  labelEn: '英文名称。English label.',
};

const CodeCount = builder.objectRef<StateCount>('CodeCount').implement({
  description: '某代码的档案数。Number of archives with a code.',
  fields: (t) => ({
    code: t.exposeString('code', { description: Labelled.code }),
    label: t.exposeString('label', { description: Labelled.label }),
    labelEn: t.exposeString('labelEn', { description: Labelled.labelEn }),
    count: t.exposeInt('count', {
      nullable: true,
      description: '档案数。Number of archives.',
    }),
    suppressed: t.boolean({
      description: SUPPRESSED_NOTE,
      resolve: (r) => (r as { suppressed?: boolean }).suppressed ?? false,
    }),
  }),
});

const TargetCountRef = builder.objectRef<TargetCount>('TargetCount').implement({
  description:
    '某代码的建档困难职工数（帮扶中与已退出；五类重点、四个一批和七项行动只含解困脱困对象）。Archived workers with a code, established and exited (key groups, measures and plans count targets only).',
  fields: (t) => ({
    code: t.exposeString('code', { description: Labelled.code }),
    label: t.exposeString('label', { description: Labelled.label }),
    labelEn: t.exposeString('labelEn', { description: Labelled.labelEn }),
    established: t.exposeInt('established', {
      nullable: true,
      description: '已建档、帮扶中。Established (being assisted).',
    }),
    exited: t.exposeInt('exited', {
      nullable: true,
      description: '已脱困/退出。Exited.',
    }),
    targets: t.exposeInt('targets', {
      nullable: true,
      description: '合计（帮扶中 + 已退出）。Both together.',
    }),
    suppressed: t.boolean({
      description: SUPPRESSED_NOTE,
      resolve: (r) => (r as { suppressed?: boolean }).suppressed ?? false,
    }),
  }),
});

const LedgerTotalRef = builder.objectRef<LedgerTotal>('LedgerTotal').implement({
  description: '某行动计划的帮扶台账合计。Ledger totals of one action plan.',
  fields: (t) => ({
    code: t.exposeString('code', { description: '行动计划代码。Action plan code.' }),
    label: t.exposeString('label', { description: Labelled.label }),
    labelEn: t.exposeString('labelEn', { description: Labelled.labelEn }),
    entries: t.exposeInt('entries', {
      nullable: true,
      description: '台账条数。Number of entries.',
    }),
    amountFen: t.exposeFloat('amountFen', {
      nullable: true,
      description:
        '金额合计（分，整数；用 Float 传输，因为全省合计可超过 Int 的 32 位）。Total in fen, a whole number sent as Float (sums exceed 32 bits).',
    }),
    suppressed: t.boolean({
      description: SUPPRESSED_NOTE,
      resolve: (r) => (r as { suppressed?: boolean }).suppressed ?? false,
    }),
  }),
});

const HeadlineRef = builder.interfaceRef<Headline>('StatisticsHeadline').implement({
  description: '主要指标（本级合计或某下级工会）。Headline numbers of a subtree.',
  fields: (t) => ({
    totalArchives: t.exposeInt('totalArchives', {
      nullable: true,
      description: '档案总数（各状态）。Archives in every state.',
    }),
    inProgress: t.exposeInt('inProgress', {
      nullable: true,
      description: '建档中：录入、公示、待审批。Not yet established: draft, notice, pending.',
    }),
    established: t.exposeInt('established', {
      nullable: true,
      description: '已建档、帮扶中。Established, being assisted.',
    }),
    exited: t.exposeInt('exited', {
      nullable: true,
      description: '已脱困/退出（当前）。Exited (now).',
    }),
    archived: t.int({
      description:
        '建档困难职工：审批建档的档案（帮扶中 + 已退出），无论是否确定为解困脱困对象。Archived workers in difficulty: established + exited, target or not.',
      nullable: true,
      resolve: (h) => sumOrNull(h.established, h.exited),
    }),
    targets: t.exposeInt('targets', {
      nullable: true,
      description:
        '解困脱困对象：审批时确定为“是”的建档困难职工（帮扶中 + 已退出）。Targets: archived workers determined 是 at approval.',
    }),
    nonTargets: t.int({
      description:
        '确定为“否”的建档困难职工（建档并帮扶，但不是解困脱困对象）。Archived workers determined 否: helped, not targets.',
      nullable: true,
      resolve: (h) => {
        const archived = sumOrNull(h.established, h.exited);
        return archived === null || h.targets == null ? null : archived - h.targets;
      },
    }),
    peopleCovered: t.exposeInt('peopleCovered', {
      nullable: true,
      description:
        '覆盖人口：帮扶中档案的职工本人及登记的家庭成员。Workers and registered members of established archives.',
    }),
    peopleExited: t.exposeInt('peopleExited', {
      nullable: true,
      description: '已退出档案的职工及家庭成员。People of exited archives.',
    }),
    newlyEstablished: t.exposeInt('newlyEstablished', {
      nullable: true,
      description:
        '期内新确定的对象（按确定日期）；未给期间时为 null。Targets decided in the period; null without one.',
    }),
    exits: t.exposeInt('exits', {
      nullable: true,
      description:
        '脱困/退出：期内按退出日期计；未给期间时为当前已退出数。Exits in the period; without one, all exited now.',
    }),
    exitRate: t.exposeFloat('exitRate', {
      nullable: true,
      description:
        '退出率 = 退出 ÷（退出 + 帮扶中），0–1；无对象时为 null。Exits ÷ (exits + established).',
    }),
    overdue: t.exposeInt('overdue', {
      nullable: true,
      description:
        '逾期：帮扶中且帮扶计划完成时限已过（本月之前）。Established with the plan’s target month passed.',
    }),
    ledgerEntries: t.exposeInt('ledgerEntries', {
      nullable: true,
      description: '帮扶台账条数（期内或全部）。Ledger entries (in the period, or all).',
    }),
    ledgerAmountFen: t.exposeFloat('ledgerAmountFen', {
      nullable: true,
      description:
        '帮扶金额合计（分，整数，以 Float 传输）。Ledger total in fen, a whole number sent as Float.',
    }),
    suppressed: t.boolean({
      description: SUPPRESSED_NOTE,
      resolve: (r) => (r as { suppressed?: boolean }).suppressed ?? false,
    }),
  }),
});

export const UnionProgressRef = builder.objectRef<ProgressShape>('UnionProgress').implement({
  description: '某工会的主要指标及建档进度。A union’s headline numbers and establishment progress.',
  interfaces: [HeadlineRef],
  fields: (t) => ({
    union: t.field({ type: Union, description: '工会。The union.', resolve: (p) => p.unionRow }),
    establishmentDueOn: t.expose('establishmentDueOn', {
      type: 'Date',
      nullable: true,
      description: '建档立卡完成期限。Due date of establishment work.',
    }),
    establishmentRate: t.exposeFloat('establishmentRate', {
      nullable: true,
      description:
        '建档完成率 = 已建档（帮扶中 + 已退出）÷ 档案总数，0–1。Archived ÷ all archives.',
    }),
    pastDue: t.exposeBoolean('pastDue', {
      description:
        '已过完成期限仍有未建档的档案。Due date passed with archives not yet established.',
    }),
  }),
});

export const StatisticsRef = builder.objectRef<StatisticsShape>('Statistics').implement({
  description:
    '建档立卡情况。存量为今天的数字；给出期间时，新确定对象、退出和台账按期间内的月份统计。' +
    'Stock figures are today’s; with a period, new targets, exits and the ledger count within its months.',
  interfaces: [HeadlineRef],
  fields: (t) => ({
    union: t.field({
      type: Union,
      description: '统计的工会（含全部下级）。The union (whole subtree).',
      resolve: (s) => s.unionRow,
    }),
    from: t.expose('from', {
      type: 'Date',
      nullable: true,
      description: '期间开始（某月 1 日）。Period start.',
    }),
    to: t.expose('to', {
      type: 'Date',
      nullable: true,
      description: '期间结束（某月最后一天）。Period end.',
    }),
    today: t.expose('today', {
      type: 'Date',
      description: '存量与逾期的计算日（北京时间）。Day stock and overdue are judged on.',
    }),
    generatedAt: t.expose('generatedAt', {
      type: 'DateTime',
      description: '生成时间。Generated at.',
    }),
    archivesByState: t.field({
      type: [CodeCount],
      description: '按状态的档案数。Archives by state.',
      resolve: (s) => s.archivesByState,
    }),
    byHardshipCategory: t.field({
      type: [TargetCountRef],
      description: '按困难类别。By hardship category.',
      resolve: (s) => s.byHardshipCategory,
    }),
    byPrimaryCause: t.field({
      type: [TargetCountRef],
      description: '按主要致困原因。By primary cause.',
      resolve: (s) => s.byPrimaryCause,
    }),
    byKeyGroup: t.field({
      type: [TargetCountRef],
      description: '按五类重点群体（可多选）。By key group.',
      resolve: (s) => s.byKeyGroup,
    }),
    byMeasure: t.field({
      type: [TargetCountRef],
      description: '按“四个一批”措施（可多选）。By measure.',
      resolve: (s) => s.byMeasure,
    }),
    byActionPlan: t.field({
      type: [TargetCountRef],
      description: '按七个行动计划（可多选）。By action plan.',
      resolve: (s) => s.byActionPlan,
    }),
    exitsByReason: t.field({
      type: [CodeCount],
      description: '按退出原因的退出数。Exits by reason.',
      resolve: (s) => s.exitsByReason,
    }),
    ledgerByActionPlan: t.field({
      type: [LedgerTotalRef],
      description: '按行动计划的帮扶台账合计。Ledger totals by action plan.',
      resolve: (s) => s.ledgerByActionPlan,
    }),
    children: t.field({
      type: [UnionProgressRef],
      description: '各直属下级工会的主要指标与进度。Each child union’s numbers and progress.',
      resolve: (s) => s.children,
    }),
  }),
});

builder.queryFields((t) => ({
  statistics: t.withAuth(SIGNED_IN).field({
    type: StatisticsRef,
    nullable: true,
    description:
      '建档立卡情况统计：默认为你所在工会的全部范围；期间按整月。范围外的工会：FORBIDDEN。' +
      'Statistics of a union subtree (yours by default), optionally for whole months from–to.',
    args: {
      unionId: t.arg.id({
        description: '工会（含全部下级）；默认为你所在的工会。Union; yours by default.',
      }),
      from: t.arg({
        type: 'Date',
        description: '期间开始：某月 1 日。Period start: the 1st of a month.',
      }),
      to: t.arg({
        type: 'Date',
        description: '期间结束：某月最后一天。Period end: the last day of a month.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const { snapshot, scope, children } = await statisticsOf(ctx.db, ctx.user, {
        unionId: args.unionId ? idOrNothing(args.unionId) : null,
        from: args.from ?? null,
        to: args.to ?? null,
      });
      return statisticsShape(snapshot, scope, children);
    },
  }),
}));
