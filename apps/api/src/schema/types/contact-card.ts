import { contactCardOf, type CardOption, type ContactCard } from '../../assistance/contact-card.js';
import { PLAIN_ARCHIVE_COLUMNS, PLAIN_MEMBER_COLUMNS } from '../../archives/current.js';
import { issueContactCard } from '../../assistance/plan.js';
import { builder, SIGNED_IN } from '../builder.js';
import { idOrNothing } from '../ids.js';
import { inTransaction } from '../transaction.js';
import { Archive } from './archive.js';

const CardOptionRef = builder.objectRef<CardOption>('ContactCardOption').implement({
  description:
    '联系卡上的一个选项，按通知原文顺序，选中的打勾。One option of the card, in the seed’s order, ticked when chosen.',
  fields: (t) => ({
    no: t.exposeInt('no', { description: '序号（与纸质卡一致）。Number as printed.' }),
    code: t.exposeString('code', { description: '代码。Code.' }),
    label: t.exposeString('label', { description: '中文名称。Chinese label.' }),
    chosen: t.exposeBoolean('chosen', { description: '是否选中。Whether chosen.' }),
  }),
});

const PersonInChargeCopy = builder
  .objectRef<ContactCard['personInChargeCopy']>('ContactCardPersonInChargeCopy')
  .implement({
    description: '联系卡（帮扶责任人存）。The contact card copy kept by the person in charge.',
    fields: (t) => ({
      number: t.exposeString('number', { description: '职工编号。Archive number.' }),
      name: t.exposeString('name', {
        description: '职工姓名（统计分析员看到遮盖后的姓名）。Worker’s name.',
      }),
      sex: t.exposeString('sex', { description: '性别。Sex.' }),
      birthMonth: t.exposeString('birthMonth', {
        nullable: true,
        description: '出生年月（YYYY 年 MM 月）；统计分析员不可见。Birth month.',
      }),
      address: t.exposeString('address', {
        nullable: true,
        description: '家庭住址；统计分析员不可见。Home address.',
      }),
      employer: t.exposeString('employer', { nullable: true, description: '工作单位。Employer.' }),
      householdSummary: t.exposeString('householdSummary', {
        description: '家庭主要成员（概要）。Household members, summarised.',
      }),
      causes: t.exposeString('causes', {
        description: '致困原因（主要、次要）。Causes of hardship.',
      }),
      hardshipCategory: t.exposeString('hardshipCategory', {
        description: '困难类别。Hardship category.',
      }),
      deadline: t.exposeString('deadline', {
        description: '帮扶任务完成时限：“YYYY 年 MM 月底前实现解困脱困”。Target, as printed.',
      }),
      contact: t.exposeString('contact', {
        nullable: true,
        description:
          '联系方式（手机号遮盖显示）；统计分析员不可见。Worker’s contact, mobile masked.',
      }),
      assistanceUnit: t.exposeString('assistanceUnit', {
        description: '帮扶单位。Assistance unit.',
      }),
      assistancePerson: t.exposeString('assistancePerson', {
        description: '帮扶责任人。Person in charge.',
      }),
    }),
  });

const WorkerCopy = builder.objectRef<ContactCard['workerCopy']>('ContactCardWorkerCopy').implement({
  description: '联系卡（困难职工存）。The contact card copy kept by the worker.',
  fields: (t) => ({
    name: t.exposeString('name', { description: '职工姓名。Worker’s name.' }),
    sex: t.exposeString('sex', { description: '性别。Sex.' }),
    birthMonth: t.exposeString('birthMonth', {
      nullable: true,
      description: '出生年月；统计分析员不可见。Birth month.',
    }),
    assistanceUnit: t.exposeString('assistanceUnit', { description: '帮扶单位。Assistance unit.' }),
    assistancePerson: t.exposeString('assistancePerson', {
      description: '帮扶责任人。Person in charge.',
    }),
    post: t.exposeString('post', {
      nullable: true,
      description: '帮扶责任人职务。Post of the person in charge.',
    }),
    phone: t.exposeString('phone', {
      nullable: true,
      description: '帮扶责任人联系方式。Phone of the person in charge.',
    }),
    liaisonName: t.exposeString('liaisonName', {
      nullable: true,
      description: '困难职工所属工会联络人姓名。Union liaison.',
    }),
    liaisonPost: t.exposeString('liaisonPost', {
      nullable: true,
      description: '联络人职务。Post of the liaison.',
    }),
    liaisonPhone: t.exposeString('liaisonPhone', {
      nullable: true,
      description: '联络人联系方式。Phone of the liaison.',
    }),
    measures: t.field({
      type: [CardOptionRef],
      description: '解困脱困措施选项（全部五项，选中的打勾）。Measure options.',
      resolve: (c) => c.measures,
    }),
    measureOther: t.exposeString('measureOther', {
      nullable: true,
      description: '措施“其他（注明）”的内容。Other measure, as noted.',
    }),
    actionPlans: t.field({
      type: [CardOptionRef],
      description: '解困脱困计划选项（全部八项，选中的打勾）。Action plan options.',
      resolve: (c) => c.actionPlans,
    }),
    actionPlanOther: t.exposeString('actionPlanOther', {
      nullable: true,
      description: '计划“其他（注明）”的内容。Other plan, as noted.',
    }),
    remarks: t.exposeString('remarks', { nullable: true, description: '备注。Remarks.' }),
  }),
});

const ContactCardRef = builder.objectRef<ContactCard>('ContactCard').implement({
  description:
    '困难职工解困脱困联系卡（两联），依据本周期帮扶计划。The contact card, both copies, from the current plan.',
  fields: (t) => ({
    personInChargeCopy: t.field({
      type: PersonInChargeCopy,
      description: '帮扶责任人存。Person-in-charge copy.',
      resolve: (c) => c.personInChargeCopy,
    }),
    workerCopy: t.field({
      type: WorkerCopy,
      description: '困难职工存。Worker copy.',
      resolve: (c) => c.workerCopy,
    }),
    issuedOn: t.expose('issuedOn', {
      type: 'Date',
      nullable: true,
      description: '发卡日期；尚未发放时为 null。Issued on, null until issued.',
    }),
  }),
});

builder.drizzleObjectFields(Archive, (t) => ({
  contactCard: t.field({
    type: ContactCardRef,
    nullable: true,
    description:
      '联系卡；本周期尚无帮扶计划时为 null。The contact card; null until the current cycle has a plan.',
    select: {
      columns: PLAIN_ARCHIVE_COLUMNS,
      with: {
        currentPlan: true,
        members: { columns: PLAIN_MEMBER_COLUMNS, orderBy: { position: 'asc' } },
      },
    },
    resolve: (row, _args, ctx) =>
      row.currentPlan ? contactCardOf(row, row.currentPlan, row.members, ctx.user) : null,
  }),
}));

const ContactCardPayload = builder
  .objectRef<{ archiveId: string }>('ContactCardPayload')
  .implement({
    description: '已登记发卡的档案（读取 contactCard）。The archive whose card was issued.',
    fields: (t) => ({
      archive: t.drizzleField({
        type: 'archives',
        description: '所属档案。The archive.',
        resolve: async (query, saved, _a, ctx) =>
          (await ctx.db.query.archives.findFirst(query({ where: { id: saved.archiveId } })))!,
      }),
    }),
  });

builder.mutationFields((t) => ({
  issueContactCard: t.withAuth(SIGNED_IN).field({
    type: ContactCardPayload,
    description:
      '登记联系卡发放日期（须已有本周期帮扶计划）。Record the day the contact card was issued.',
    errors: {},
    args: {
      archiveId: t.arg.id({ required: true, description: '档案 ID。Archive id.' }),
      on: t.arg({ type: 'Date', required: true, description: '发卡日期。Issued on.' }),
    },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) =>
        issueContactCard(tx.db, ctx.sealer, ctx.user, idOrNothing(args.archiveId), args.on),
      ),
  }),
}));
