import { HARDSHIP_CAUSES, type HardshipCause } from '@bangfu/domain';
import {
  noticeList,
  type NoticeEntryShape,
  type NoticeListShape,
  type ObjectionContactShape,
} from '../../archives/notice-list.js';
import { builder, SIGNED_IN } from '../builder.js';
import { idOrNothing } from '../ids.js';
import { HardshipCauseEnum } from './archive-enums.js';

/** 公示名单: the types only; what is read and masked is archives/notice-list.ts. */
const ObjectionContact = builder.objectRef<ObjectionContactShape>('ObjectionContact').implement({
  description: '受理异议的工会及联络人。Where to lodge an objection.',
  fields: (t) => ({
    unionName: t.exposeString('unionName', {
      description: '受理异议的工会（组织公示的基层工会）。The union running the notice.',
    }),
    address: t.exposeString('address', { nullable: true, description: '地址。Address.' }),
    liaisonName: t.exposeString('liaisonName', { nullable: true, description: '联络人。Liaison.' }),
    liaisonPost: t.exposeString('liaisonPost', {
      nullable: true,
      description: '联络人职务。Liaison post.',
    }),
    liaisonPhone: t.exposeString('liaisonPhone', {
      nullable: true,
      description: '联络电话。Liaison phone.',
    }),
  }),
});

const PublicNoticeEntry = builder.objectRef<NoticeEntryShape>('PublicNoticeEntry').implement({
  description: '公示名单中的一人。One worker on the public notice list.',
  fields: (t) => ({
    archiveId: t.exposeID('archiveId', {
      description: '档案 ID（控制台链接用）。Archive id, for the console.',
    }),
    name: t.exposeString('name', {
      description: '姓名，名字遮盖（张*国）。Name with the given name masked.',
    }),
    unionName: t.exposeString('unionName', { description: '所在基层工会。Grassroots union.' }),
    hardshipCategory: t.exposeString('hardshipCategory', {
      description: '困难类别代码。Hardship category code.',
    }),
    hardshipCategoryLabel: t.exposeString('hardshipCategoryLabel', {
      description: '困难类别。Hardship category.',
    }),
    primaryCause: t.field({
      type: HardshipCauseEnum,
      description: '主要致困原因。Primary cause.',
      resolve: (e) => e.primaryCause as HardshipCause,
    }),
    primaryCauseLabel: t.string({
      description: '主要致困原因（中文）。Primary cause, in Chinese.',
      resolve: (e) => HARDSHIP_CAUSES[e.primaryCause as HardshipCause]?.label ?? e.primaryCause,
    }),
    noticeStartsOn: t.expose('noticeStartsOn', {
      type: 'Date',
      description: '公示开始日期。Notice starts on.',
    }),
    noticeEndsOn: t.expose('noticeEndsOn', {
      type: 'Date',
      description: '公示结束日期。Notice ends on.',
    }),
    objectionsTo: t.expose('objectionsTo', {
      type: ObjectionContact,
      description: '异议受理。Where to object.',
    }),
  }),
});

const PublicNoticeList = builder.objectRef<NoticeListShape>('PublicNoticeList').implement({
  description: '公示名单（可打印张贴）。The public notice list, printable for a notice board.',
  fields: (t) => ({
    unionName: t.exposeString('unionName', {
      description: '发布名单的工会。The union the list is for.',
    }),
    from: t.expose('from', { type: 'Date', description: '期间开始。Period from.' }),
    to: t.expose('to', { type: 'Date', description: '期间结束。Period to.' }),
    entries: t.expose('entries', {
      type: [PublicNoticeEntry],
      description: '公示对象。The workers publicized.',
    }),
  }),
});

builder.queryFields((t) => ({
  publicNoticeList: t.withAuth(SIGNED_IN).field({
    type: PublicNoticeList,
    description:
      '某工会（含下级）在一段期间内公示的名单：公示期与期间有重叠的档案，姓名遮盖，不含身份证号、收入、健康和住址。' +
      'Archives of a union subtree whose notice overlaps the period: masked names, never IDs, incomes, health or addresses.',
    errors: {},
    args: {
      unionId: t.arg.id({
        required: true,
        description: '工会（含全部下级）。Union, with its subtree.',
      }),
      from: t.arg({ type: 'Date', required: true, description: '期间开始。Period from.' }),
      to: t.arg({
        type: 'Date',
        required: true,
        description: '期间结束（不早于开始）。Period to.',
      }),
    },
    resolve: async (_root, args, ctx) =>
      await noticeList(ctx.db, ctx.user, idOrNothing(args.unionId), args.from, args.to),
  }),
}));
