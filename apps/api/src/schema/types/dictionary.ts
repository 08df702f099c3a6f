import {
  readDictionaries,
  type DictionaryShape,
  type EntryShape,
} from '../../dictionaries/catalog.js';
import { builder } from '../builder.js';

export const DictionaryEntryRef = builder.objectRef<EntryShape>('DictionaryEntry').implement({
  description: '字典条目：存储的是代码，不是名称。A dictionary entry; records store the code.',
  fields: (t) => ({
    code: t.exposeString('code', { description: '稳定代码。Stable code.' }),
    label: t.exposeString('label', { description: '中文名称。Chinese label.' }),
    labelEn: t.exposeString('labelEn', { description: '英文名称。English label.' }),
    retired: t.exposeBoolean('retired', {
      description:
        '已停用：旧记录仍可读，新记录不能选。Retired: readable on old records, not selectable.',
    }),
  }),
});

const DictionaryRef = builder.objectRef<DictionaryShape>('Dictionary').implement({
  description:
    '代码表，以其服务的档案字段命名。A code list, named after the archive field it serves.',
  fields: (t) => ({
    name: t.exposeString('name', { description: '字段名，如 health、primaryCause。Field name.' }),
    label: t.exposeString('label', { description: '中文名称。Chinese label.' }),
    labelEn: t.exposeString('labelEn', { description: '英文名称。English label.' }),
    editable: t.exposeBoolean('editable', {
      description: '可由省总工会维护（否则为通知规定的固定列表）。Editable by the province.',
    }),
    entries: t.field({
      type: [DictionaryEntryRef],
      description: '条目。Entries.',
      resolve: (d) => d.entries,
    }),
  }),
});

builder.queryFields((t) => ({
  dictionaries: t.field({
    type: [DictionaryRef],
    description:
      '全部代码表：通知规定的固定列表（致困原因、五类重点群体、四个一批、七个行动计划）与可维护字典。' +
      'Every enumeration and editable dictionary.',
    resolve: async (_root, _args, ctx) => await readDictionaries(ctx.db),
  }),
}));
