import { and, desc, eq, like, lt } from 'drizzle-orm';
import { isAnalyst } from '../../archives/access.js';
import { snapshotView } from '../../archives/snapshot-view.js';
import { subtreePattern } from '../../auth/scope.js';
import { archiveHistory, archives } from '../../db/schema/index.js';
import { builder, SIGNED_IN } from '../builder.js';
import { idOrNothing, NO_ID } from '../ids.js';
import { ArchiveStatusEnum } from './archive-enums.js';
import { Archive } from './archive.js';

const ACTIONS =
  'CREATE 新建、UPDATE 修改、ADD_LEDGER_ENTRY 登记台账、CORRECT_LEDGER_ENTRY 更正台账，或流程操作名（如 approveArchive）。' +
  'CREATE, UPDATE, a ledger entry or correction, or a workflow action';

export const ArchiveHistoryEntry = builder.drizzleObject('archiveHistory', {
  name: 'ArchiveHistoryEntry',
  description: '档案的一次变动（动态管理）。One change of an archive.',
  fields: (t) => ({
    id: t.exposeID('id', {
      description:
        '编号，越新越大；可作为 history 的 after 参数。Id, increasing; the after cursor.',
    }),
    at: t.expose('at', { type: 'DateTime', description: '时间。When.' }),
    action: t.exposeString('action', { description: `操作：${ACTIONS}.` }),
    by: t.relation('by', {
      nullable: true,
      description: '操作人；统计分析员不可见。Who made the change; hidden from analysts.',
      query: (_args, ctx) => (isAnalyst(ctx.user) ? { where: { id: NO_ID } } : {}),
    }),
    changes: t.field({
      type: 'JSON',
      nullable: true,
      description:
        '变动内容 { 字段: { from, to } }，敏感号码遮盖；统计分析员不可见。What changed, field by field, sensitive numbers masked; hidden from analysts.',
      // The diff holds names, addresses and incomes: analysts see that something happened, not what.
      resolve: (e, _a, ctx) => (isAnalyst(ctx.user) ? null : e.changes),
    }),
    reason: t.string({
      nullable: true,
      description:
        '原因（退回、撤回公示等）；统计分析员不可见。Reason given; hidden from analysts.',
      resolve: (e, _a, ctx) => (isAnalyst(ctx.user) ? null : e.reason),
    }),
  }),
});

const HISTORY_PAGE = 100;

builder.drizzleObjectFields(Archive, (t) => ({
  history: t.relation('history', {
    description: `变动记录，最新在前（每次最多 ${HISTORY_PAGE} 条）。The archive's history, newest first.`,
    args: {
      first: t.arg.int({
        description: `条数（1–${HISTORY_PAGE}，默认 ${HISTORY_PAGE}）。How many entries.`,
      }),
      after: t.arg.id({
        description: '只取比这条（id）更早的记录。Only entries older than this entry id.',
      }),
    },
    query: (args) => ({
      // A malformed cursor matches nothing rather than starting over from the newest.
      where:
        args.after == null
          ? {}
          : { id: { lt: /^\d+$/.test(String(args.after)) ? Number(args.after) : 0 } },
      orderBy: { id: 'desc' },
      limit: Math.min(Math.max(args.first ?? HISTORY_PAGE, 1), HISTORY_PAGE),
    }),
  }),
}));

interface SnapshotShape {
  at: Date;
  action: string;
  snapshot: Record<string, unknown>;
}

const ArchiveSnapshot = builder.objectRef<SnapshotShape>('ArchiveSnapshot').implement({
  description: '档案在某日结束时的样子（取自变动记录）。An archive as it was at the end of a day.',
  fields: (t) => ({
    at: t.expose('at', {
      type: 'DateTime',
      description: '这一版本形成的时间。When this version was made.',
    }),
    action: t.exposeString('action', { description: `形成这一版本的操作：${ACTIONS}.` }),
    status: t.field({
      type: ArchiveStatusEnum,
      description: '当时的状态。Workflow state then.',
      resolve: (s) => s.snapshot.status as never,
    }),
    number: t.string({
      description: '职工编号。Archive number.',
      resolve: (s) => String(s.snapshot.number ?? ''),
    }),
    data: t.withAuth(SIGNED_IN).field({
      type: 'JSON',
      description:
        '当时的档案内容（字段名同 ArchiveInput）；敏感号码遮盖，统计分析员看到去标识化内容。The archive then, in input names; masked, de-identified for analysts.',
      resolve: (s, _a, ctx) => snapshotView(s.snapshot, ctx.user, ctx.sealer),
    }),
  }),
});

/** The end of a calendar day in China (UTC+8), where "as it was on that day" stops. */
const endOfChinaDay = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000);

builder.queryFields((t) => ({
  archiveAsOf: t.withAuth(SIGNED_IN).field({
    type: ArchiveSnapshot,
    nullable: true,
    description:
      '档案在某日（中国时间）结束时的样子；当时尚未建立或不在你的范围内时为 null。The archive as it was at the end of a day; null if it did not exist yet or is outside your subtree.',
    args: {
      id: t.arg.id({ required: true, description: '档案 ID。Archive id.' }),
      on: t.arg({ type: 'Date', required: true, description: '日期。The day.' }),
    },
    resolve: async (_root, args, ctx) => {
      const viewer = ctx.user;
      const [entry] = await ctx.db
        .select({
          at: archiveHistory.at,
          action: archiveHistory.action,
          snapshot: archiveHistory.snapshot,
        })
        .from(archiveHistory)
        .innerJoin(archives, eq(archives.id, archiveHistory.archiveId))
        .where(
          and(
            eq(archiveHistory.archiveId, idOrNothing(args.id)),
            like(archives.unionPath, subtreePattern(viewer.unionPath)),
            lt(archiveHistory.at, endOfChinaDay(args.on)),
          ),
        )
        .orderBy(desc(archiveHistory.at), desc(archiveHistory.id))
        .limit(1);
      return entry ? { ...entry, snapshot: entry.snapshot as Record<string, unknown> } : null;
    },
  }),
}));
