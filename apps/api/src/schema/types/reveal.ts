import { REVEALABLE_FIELDS, type RevealableField } from '../../archives/access.js';
import { revealSensitive, type Revealed } from '../../archives/reveal.js';
import { ADMINS_ONLY, builder, SIGNED_IN } from '../builder.js';
import { idOrNothing } from '../ids.js';
import { inTransaction } from '../transaction.js';
import { Archive } from './archive.js';

const FIELD_DESCRIPTIONS: Record<RevealableField, string> = {
  idNumber:
    '身份证号（职工本人，或给出 memberPosition 时的家庭成员）。ID number, of the worker or a member.',
  bankCardNumber: '银行卡号。Bank card number.',
  mobile: '手机号码。Mobile number.',
};

export const SensitiveField = builder.enumType('SensitiveField', {
  description:
    '可查看全文的敏感字段（每次查看都留痕）。A sensitive field that can be revealed (each reveal is logged).',
  values: Object.fromEntries(
    REVEALABLE_FIELDS.map((f) => [f, { description: FIELD_DESCRIPTIONS[f] }]),
  ) as Record<RevealableField, { description: string }>,
});

const RevealedValue = builder.objectRef<Revealed>('RevealedValue').implement({
  description:
    '敏感字段的完整值（本次查看已记录）。The full value of a sensitive field; this reveal was logged.',
  fields: (t) => ({
    field: t.expose('field', { type: SensitiveField, description: '字段。Field.' }),
    memberPosition: t.exposeInt('memberPosition', {
      nullable: true,
      description: '家庭成员序号（从 0 起）。Member row, from 0.',
    }),
    value: t.exposeString('value', {
      nullable: true,
      description: '完整值；未填写时为 null。Full value; null when empty.',
    }),
  }),
});

/**
 * The log stores "idNumber", "members.2.idNumber" or "attachments.<id>" (a downloaded file); the
 * API shows field, member row and attachment apart.
 */
const parseLogged = (logged: string) => {
  const attachment = /^attachments\.(.+)$/.exec(logged);
  if (attachment) return { field: null, memberPosition: null, attachmentId: attachment[1]! };
  const member = /^members\.(\d+)\.(\w+)$/.exec(logged);
  return member
    ? { field: member[2]!, memberPosition: Number(member[1]), attachmentId: null }
    : { field: logged, memberPosition: null, attachmentId: null };
};

export const RevealLogEntry = builder.drizzleObject('sensitiveAccessLog', {
  name: 'RevealLogEntry',
  description:
    '一次敏感信息查看记录（不含被查看的值）。One reveal of a sensitive value (never the value).',
  // Only Archive.revealLog leads here, and only for admins; the type refuses analysts as well.
  authScopes: ADMINS_ONLY,
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime', description: '查看时间。When.' }),
    by: t.relation('user', { description: '查看人。Who revealed it.' }),
    field: t.field({
      type: SensitiveField,
      nullable: true,
      description:
        '查看的字段；下载附件时为 null。Field revealed; null for a downloaded attachment.',
      resolve: (e) => parseLogged(e.field).field as RevealableField | null,
    }),
    attachmentId: t.id({
      nullable: true,
      description: '下载的附件。The attachment downloaded, if that is what was viewed.',
      resolve: (e) => parseLogged(e.field).attachmentId,
    }),
    memberPosition: t.int({
      nullable: true,
      description: '家庭成员序号（从 0 起）；职工本人为 null。Member row, null for the worker.',
      resolve: (e) => parseLogged(e.field).memberPosition,
    }),
  }),
});

builder.drizzleObjectFields(Archive, (t) => ({
  revealLog: t.relation('revealLog', {
    nullable: true,
    description:
      '敏感信息查看记录，最新在前（仅管理员）。Who revealed which sensitive value when, newest first (admins only).',
    authScopes: ADMINS_ONLY,
    query: { orderBy: { at: 'desc' }, limit: 200 },
  }),
}));

builder.mutationFields((t) => ({
  revealSensitive: t.withAuth(SIGNED_IN).field({
    type: RevealedValue,
    description:
      '查看身份证号、银行卡号或手机号码的完整值（可读该档案的管理员；统计分析员不可），每次查看都记录。' +
      'Reveal one full sensitive value (admins who can read the archive, never analysts); every reveal is logged.',
    errors: {},
    args: {
      archiveId: t.arg.id({ required: true, description: '档案 ID。Archive id.' }),
      field: t.arg({
        type: SensitiveField,
        required: true,
        description: '要查看的字段。Field to reveal.',
      }),
      memberPosition: t.arg.int({
        description:
          '查看家庭成员的身份证号时，成员序号（从 0 起）。Member row (from 0), for a member’s ID number.',
      }),
    },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) =>
        revealSensitive(
          { db: tx.db, sealer: ctx.sealer, viewer: ctx.user },
          idOrNothing(args.archiveId),
          args.field,
          args.memberPosition ?? null,
        ),
      ),
  }),
}));
