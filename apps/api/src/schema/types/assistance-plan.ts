import { setAssistancePlan } from '../../assistance/plan.js';
import { builder, SIGNED_IN } from '../builder.js';
import { idOrNothing } from '../ids.js';
import { inTransaction } from '../transaction.js';
import { Archive } from './archive.js';
import { ActionPlanEnum, MeasureEnum } from './archive-enums.js';

export const AssistancePlan = builder.drizzleObject('assistancePlans', {
  name: 'AssistancePlan',
  description:
    '帮扶计划（每个帮扶周期一份），联系卡据此填写。The assistance plan of one cycle; the contact card is issued from it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号（UUID）。Identifier (UUID).' }),
    cycle: t.exposeInt('cycle', { description: '帮扶周期。Assistance cycle of the archive.' }),
    version: t.exposeInt('version', {
      description: '版本号：修改计划时提交。Version to send when changing the plan.',
    }),
    assistanceUnit: t.exposeString('assistanceUnit', { description: '帮扶单位。Assistance unit.' }),
    personName: t.exposeString('personName', { description: '帮扶责任人姓名。Person in charge.' }),
    personPost: t.exposeString('personPost', {
      nullable: true,
      description: '帮扶责任人职务。Post of the person in charge.',
    }),
    personPhone: t.exposeString('personPhone', {
      nullable: true,
      description: '帮扶责任人联系方式。Phone of the person in charge.',
    }),
    liaisonName: t.exposeString('liaisonName', {
      nullable: true,
      description: '困难职工所属工会联络人姓名。Union liaison.',
    }),
    liaisonPost: t.exposeString('liaisonPost', {
      nullable: true,
      description: '工会联络人职务。Post of the union liaison.',
    }),
    liaisonPhone: t.exposeString('liaisonPhone', {
      nullable: true,
      description: '工会联络人联系方式。Phone of the union liaison.',
    }),
    measures: t.field({
      type: [MeasureEnum],
      description: '解困脱困措施（四个一批）。Measures chosen.',
      resolve: (plan) => plan.measures as never,
    }),
    measureOther: t.exposeString('measureOther', {
      nullable: true,
      description: '措施“其他”的说明。Note for the other measure.',
    }),
    actionPlans: t.field({
      type: [ActionPlanEnum],
      description: '解困脱困计划（七个行动计划）。Action plans chosen.',
      resolve: (plan) => plan.actionPlans as never,
    }),
    actionPlanOther: t.exposeString('actionPlanOther', {
      nullable: true,
      description: '计划“其他”的说明。Note for the other plan.',
    }),
    targetMonth: t.string({
      description:
        '帮扶任务完成时限（YYYY-MM，该月底前实现解困脱困）。Target month, YYYY-MM: out of difficulty by its end.',
      resolve: (plan) => plan.targetMonth.slice(0, 7),
    }),
    workerSignedOn: t.expose('workerSignedOn', {
      type: 'Date',
      nullable: true,
      description: '职工签字确认日期。Signed by the worker on.',
    }),
    signatureWitness: t.exposeString('signatureWitness', {
      nullable: true,
      description: '职工签字见证人。Who witnessed the signature.',
    }),
    signedPlanAttachmentId: t.exposeID('signedPlanAttachmentId', {
      nullable: true,
      description: '职工签字的帮扶计划扫描件（附件 ID）。The scanned signed plan.',
    }),
    cardIssuedOn: t.expose('cardIssuedOn', {
      type: 'Date',
      nullable: true,
      description: '联系卡发放日期。Contact card issued on.',
    }),
    remarks: t.exposeString('remarks', {
      nullable: true,
      description: '备注（印在联系卡上）。Remarks, printed on the card.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '制定时间。Created at.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: '最后修改时间。Last changed at.',
    }),
  }),
});

builder.drizzleObjectFields(Archive, (t) => ({
  plan: t.relation('currentPlan', {
    nullable: true,
    description:
      '本帮扶周期的帮扶计划；尚未制定时为 null。The plan of the current cycle, null until made.',
  }),
  plans: t.relation('plans', {
    description: '各帮扶周期的帮扶计划（按周期）。Plans of every cycle, oldest first.',
    query: { orderBy: { cycle: 'asc' } },
  }),
}));

const optionalText = (description: string) => ({ description });

export const AssistancePlanInput = builder.inputType('AssistancePlanInput', {
  description:
    '帮扶计划。未填的帮扶单位、责任人取自档案表，措施与计划取自审批确定的分类，联络人取自本工会。' +
    'An assistance plan; omitted unit, person, measures, plans and liaison come from the archive and its union.',
  fields: (t) => ({
    assistanceUnit: t.string(
      optionalText('帮扶单位；默认取档案表的帮扶单位。Assistance unit; defaults to the form’s.'),
    ),
    personName: t.string(
      optionalText(
        '帮扶责任人；默认取档案表的帮扶责任人。Person in charge; defaults to the form’s.',
      ),
    ),
    personPost: t.string(optionalText('帮扶责任人职务。Post of the person in charge.')),
    personPhone: t.string(
      optionalText('帮扶责任人联系方式（手机或固定电话）。Phone of the person in charge.'),
    ),
    liaisonName: t.string(
      optionalText(
        '工会联络人姓名；三项都不填时取本工会的联络人。Union liaison; the union’s when none given.',
      ),
    ),
    liaisonPost: t.string(optionalText('工会联络人职务。Post of the union liaison.')),
    liaisonPhone: t.string(optionalText('工会联络人联系方式。Phone of the union liaison.')),
    measures: t.field({
      type: [MeasureEnum],
      description: '解困脱困措施；默认取审批确定的措施。Measures; default from the determination.',
    }),
    measureOther: t.string(optionalText('措施选“其他”时的说明。Note when OTHER is chosen.')),
    actionPlans: t.field({
      type: [ActionPlanEnum],
      description:
        '解困脱困计划；默认取审批确定的计划。Action plans; default from the determination.',
    }),
    actionPlanOther: t.string(optionalText('计划选“其他”时的说明。Note when OTHER is chosen.')),
    targetMonth: t.string(
      optionalText('帮扶任务完成时限（必填，YYYY-MM）。Target month (required), YYYY-MM.'),
    ),
    workerSignedOn: t.field({
      type: 'Date',
      description:
        '职工签字确认日期（发放联系卡前须登记）。Signed by the worker on (needed before the card).',
    }),
    signatureWitness: t.string(optionalText('签字见证人。Who witnessed the signature.')),
    signedPlanAttachmentId: t.id({
      description:
        '职工签字的帮扶计划扫描件：本档案类型为“职工签字的帮扶计划”的附件 ID。The scanned signed plan.',
    }),
    remarks: t.string(optionalText('备注。Remarks.')),
  }),
});

const AssistancePlanPayload = builder
  .objectRef<{ planId: string; archiveId: string }>('AssistancePlanPayload')
  .implement({
    description: '保存后的帮扶计划及其档案。The saved plan and its archive.',
    fields: (t) => ({
      plan: t.drizzleField({
        type: 'assistancePlans',
        description: '保存后的帮扶计划。The saved plan.',
        resolve: async (query, saved, _a, ctx) =>
          (await ctx.db.query.assistancePlans.findFirst(query({ where: { id: saved.planId } })))!,
      }),
      archive: t.drizzleField({
        type: 'archives',
        description: '所属档案。The archive.',
        resolve: async (query, saved, _a, ctx) =>
          (await ctx.db.query.archives.findFirst(query({ where: { id: saved.archiveId } })))!,
      }),
    }),
  });

builder.mutationFields((t) => ({
  setAssistancePlan: t.withAuth(SIGNED_IN).field({
    type: AssistancePlanPayload,
    description:
      '制定或修改本帮扶周期的帮扶计划（已建档档案，建档的基层工会或省总工会）；修改时须提交计划的版本号。' +
      'Create or change the current cycle’s plan of an established archive; changes need the plan version.',
    errors: {},
    args: {
      archiveId: t.arg.id({ required: true, description: '档案 ID。Archive id.' }),
      input: t.arg({
        type: AssistancePlanInput,
        required: true,
        description: '帮扶计划。The plan.',
      }),
      version: t.arg.int({
        description:
          '修改已有计划时：读取时的计划版本号。When changing: the plan version you read.',
      }),
    },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) =>
        setAssistancePlan(
          tx.db,
          ctx.sealer,
          ctx.user,
          idOrNothing(args.archiveId),
          {
            ...args.input,
            signedPlanAttachmentId:
              args.input.signedPlanAttachmentId == null
                ? null
                : idOrNothing(String(args.input.signedPlanAttachmentId)),
          },
          args.version ?? null,
        ),
      ),
  }),
}));
