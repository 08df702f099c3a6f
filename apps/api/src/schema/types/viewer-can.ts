import { archiveAbilities, type ArchiveAbilities } from '../../archives/viewer-can.js';
import { viewerAbilities, type ViewerAbilities } from '../../auth/viewer-can.js';
import { builder } from '../builder.js';
import { Archive } from './archive.js';
import { User } from './user.js';

/*
 * `viewerCan`: what the signed-in user may do, answered by the services' own rules
 * (src/archives/viewer-can.ts, src/auth/viewer-can.ts) so the console restates none of them.
 * Workflow steps are `Archive.availableActions`.
 */

const ArchiveViewerCan = builder.objectRef<ArchiveAbilities>('ArchiveViewerCan').implement({
  description: '你现在可以对该档案做的事。What you may do with this archive now.',
  fields: (t) => ({
    edit: t.exposeBoolean('edit', {
      description: '修改档案（updateArchive）。Edit the archive.',
    }),
    delete: t.exposeBoolean('delete', {
      description: '删除录入中的档案（deleteArchive）。Delete the draft.',
    }),
    reveal: t.exposeBoolean('reveal', {
      description: '查看遮盖号码的全文（revealSensitive，留痕）。Reveal a masked number (logged).',
    }),
    manageAttachments: t.exposeBoolean('manageAttachments', {
      description: '上传、移除附件。Upload and remove attachments.',
    }),
    keepAssistance: t.exposeBoolean('keepAssistance', {
      description:
        '制定帮扶计划、发放联系卡、登记和更正帮扶台账。Set the plan, issue the contact card, add and correct ledger entries.',
    }),
    spotCheck: t.exposeBoolean('spotCheck', {
      description: '抽查核实（recordSpotCheck）。Record a spot check.',
    }),
  }),
});

const ConsoleViewerCan = builder.objectRef<ViewerAbilities>('ViewerCan').implement({
  description: '你在管理台可以做的事。What you may do in the console.',
  fields: (t) => ({
    createArchives: t.exposeBoolean('createArchives', {
      description: '建档、导入档案。Create and import archives.',
    }),
    manageUnions: t.exposeBoolean('manageUnions', {
      description: '新建、修改下级工会。Create and edit unions below your own.',
    }),
    readUsers: t.exposeBoolean('readUsers', { description: '查看用户。See users.' }),
    manageUsers: t.exposeBoolean('manageUsers', {
      description: '新建、修改用户。Create and edit users.',
    }),
    setMinimumLivingLines: t.exposeBoolean('setMinimumLivingLines', {
      description: '设置低保标准。Set minimum-living lines.',
    }),
    manageDictionaries: t.exposeBoolean('manageDictionaries', {
      description: '维护字典和全省设置。Maintain dictionaries and province settings.',
    }),
  }),
});

builder.drizzleObjectFields(Archive, (t) => ({
  viewerCan: t.field({
    type: ArchiveViewerCan,
    description: '你现在可以对该档案做的事。What you may do with this archive now.',
    select: { columns: { status: true, unionId: true, unionPath: true } },
    resolve: (row, _a, ctx) => archiveAbilities(ctx.user, row),
  }),
}));

builder.drizzleObjectFields(User, (t) => ({
  viewerCan: t.field({
    type: ConsoleViewerCan,
    nullable: true,
    description:
      '该用户就是你时：你在管理台可以做的事；其他用户为 null。When this user is you: what you may do in the console; null for anyone else.',
    resolve: (user, _a, ctx) =>
      ctx.user && ctx.user.id === user.id ? viewerAbilities(ctx.user) : null,
  }),
}));
