import { ValidationError } from '../../errors.js';
import { setMinimumLivingLine } from '../../assistance/minimum-living-lines.js';
import { builder, SIGNED_IN } from '../builder.js';
import { inTransaction } from '../transaction.js';

export const MinimumLivingLine = builder.drizzleObject('minimumLivingLines', {
  name: 'MinimumLivingLine',
  description:
    '某行政区划某年度的低保标准（城市居民最低生活保障标准）。The local minimum-living line of a division and year.',
  fields: (t) => ({
    id: t.id({
      description: '标识：行政区划代码-年度，如 410105-2026。Identifier: division code and year.',
      resolve: (line) => `${line.regionCode}-${line.year}`,
    }),
    regionCode: t.exposeString('regionCode', {
      description: '行政区划代码（GB/T 2260）。Division code.',
    }),
    year: t.exposeInt('year', { description: '年度。Year.' }),
    monthlyFen: t.exposeInt('monthlyFen', {
      description: '每人每月标准，单位：分。Per person per month, in fen.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: '最后设置时间。Last set at.',
    }),
  }),
});

builder.queryFields((t) => ({
  minimumLivingLines: t.drizzleField({
    type: ['minimumLivingLines'],
    description:
      '低保标准列表（按区划代码、年度从新到旧）。Minimum-living lines, by division, newest year first.',
    args: {
      year: t.arg.int({ description: '只看该年度。Only this year.' }),
      regionCodePrefix: t.arg.string({
        description: '区划代码前缀，如 4101（郑州市）。Division code prefix, e.g. 4101.',
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const prefix = args.regionCodePrefix?.trim() ?? '';
      if (!/^\d{0,6}$/.test(prefix)) {
        throw ValidationError.field(
          ['regionCodePrefix'],
          'REGION_CODE_PREFIX_FORMAT',
          '区划代码前缀只能是数字。regionCodePrefix takes digits only.',
        );
      }
      return await ctx.db.query.minimumLivingLines.findMany(
        query({
          where: {
            regionCode: { like: `${prefix}%` },
            ...(args.year == null ? {} : { year: args.year }),
          },
          orderBy: { regionCode: 'asc', year: 'desc' },
        }),
      );
    },
  }),
}));

builder.mutationFields((t) => ({
  setMinimumLivingLine: t.withAuth(SIGNED_IN).field({
    type: MinimumLivingLine,
    description:
      '设置某区划某年度的低保标准：省总工会任意区划；市级工会本市及所辖区县；直管县工会本县。' +
      'Set a line: the province anywhere, a city for itself and its counties, a direct county for itself.',
    errors: {},
    args: {
      regionCode: t.arg.string({
        required: true,
        description: '行政区划代码（6 位）。Division code (6 digits).',
      }),
      year: t.arg.int({ required: true, description: '年度。Year.' }),
      monthlyFen: t.arg.int({
        required: true,
        description: '每人每月标准（分，≥ 0）。Per person per month, fen ≥ 0.',
      }),
    },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) => setMinimumLivingLine(tx.db, ctx.user, args)),
  }),
}));
