import { NOTICE_PERIOD_DAYS_MAX, NOTICE_PERIOD_DAYS_MIN } from '@bangfu/domain';
import {
  readProvinceSettings,
  setNoticePeriodDays,
  type ProvinceSettingsView,
} from '../../settings/province.js';
import { builder, SIGNED_IN } from '../builder.js';
import { inTransaction } from '../transaction.js';

const ProvinceSettings = builder.objectRef<ProvinceSettingsView>('ProvinceSettings').implement({
  description: '省总工会为全省设置的参数。Settings the province keeps for every union.',
  fields: (t) => ({
    noticePeriodDays: t.exposeInt('noticePeriodDays', {
      description:
        `公示期天数（含首日，${NOTICE_PERIOD_DAYS_MIN}–${NOTICE_PERIOD_DAYS_MAX}，默认 7）：“开始公示”默认的公示期。` +
        'Days a public notice runs by default, the first included.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        '最后设置时间；尚未设置（使用默认值）时为 null。Last set at; null while defaults apply.',
    }),
  }),
});

builder.queryFields((t) => ({
  provinceSettings: t.field({
    type: ProvinceSettings,
    description:
      '全省参数（登录用户均可读取）。The province’s settings, readable by everyone signed in.',
    resolve: async (_root, _args, ctx) => await readProvinceSettings(ctx.db),
  }),
}));

builder.mutationFields((t) => ({
  setNoticePeriodDays: t.withAuth(SIGNED_IN).field({
    type: ProvinceSettings,
    description:
      `设置公示期天数（仅省总工会，${NOTICE_PERIOD_DAYS_MIN}–${NOTICE_PERIOD_DAYS_MAX} 天）。` +
      'Set the default public-notice period (province admin only).',
    errors: {},
    args: {
      days: t.arg.int({
        required: true,
        description: `公示期天数（${NOTICE_PERIOD_DAYS_MIN}–${NOTICE_PERIOD_DAYS_MAX}）。Days.`,
      }),
    },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) => setNoticePeriodDays(tx.db, ctx.user, args.days)),
  }),
}));
