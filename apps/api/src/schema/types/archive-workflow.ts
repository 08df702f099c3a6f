import { todayIso, WORKFLOW_TRANSITIONS } from '@bangfu/domain';
import { isAnalyst } from '../../archives/access.js';
import { availableActions } from '../../archives/workflow-actors.js';
import { builder } from '../builder.js';
import { describedValues } from '../enum-values.js';
import { Archive } from './archive.js';

export const WorkflowActionEnum = builder.enumType('WorkflowAction', {
  description:
    '工作流程操作，与同名变更对应。A workflow action; each is the mutation of the same name.',
  values: describedValues(WORKFLOW_TRANSITIONS),
});

export const NoticeObjection = builder.drizzleObject('noticeObjections', {
  name: 'NoticeObjection',
  description: '公示期间收到的异议。An objection lodged during public notice.',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号（UUID）。Identifier (UUID).' }),
    note: t.string({
      nullable: true,
      description: '异议内容；统计分析员不可见。What was objected; hidden from analysts.',
      // Objections name people and circumstances: personal data, like the rest of the record.
      resolve: (o, _a, ctx) => (isAnalyst(ctx.user) ? null : o.note),
    }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', description: '记录时间。Recorded at.' }),
    cycle: t.exposeInt('cycle', { description: '所属帮扶周期。Assistance cycle it concerns.' }),
  }),
});

builder.drizzleObjectFields(Archive, (t) => ({
  availableActions: t.field({
    type: [WorkflowActionEnum],
    description:
      '你现在可以对该档案进行的流程操作（控制台只显示这些）。The workflow actions you may take on this archive now.',
    select: { columns: { status: true, unionId: true, unionPath: true, noticeEndsOn: true } },
    resolve: (row, _a, ctx) => (ctx.user ? availableActions(ctx.user, row, todayIso()) : []),
  }),
  objections: t.relation('objections', {
    description:
      '公示异议，最新在前（各周期）。Objections lodged during public notice, newest first, all cycles.',
    query: { orderBy: { recordedAt: 'desc' } },
  }),
}));
