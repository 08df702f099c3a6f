import { addEntry, relabelEntry, setRetired } from '../../dictionaries/editing.js';
import { builder } from '../builder.js';
import { inTransaction } from '../transaction.js';
import { DictionaryEntryRef } from './dictionary.js';

// Dictionaries are the province's (domain.md §5); everyone else gets FORBIDDEN before anything
// runs.
const PROVINCE_ONLY = { role: ['PROVINCE_ADMIN' as const] };

type ArgBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0]['arg'];

const dictionaryArg = (arg: ArgBuilder) =>
  arg.string({
    required: true,
    description:
      '字典名（其服务的档案字段，如 health、attachmentType）。Dictionary name, e.g. health.',
  });
const codeArg = (arg: ArgBuilder) =>
  arg.string({ required: true, description: '条目代码。Entry code.' });
const labelArgs = (arg: ArgBuilder) => ({
  label: arg.string({
    required: true,
    description: '中文名称（同一字典内不重复）。Chinese label, unique in the dictionary.',
  }),
  labelEn: arg.string({ required: true, description: '英文名称。English label.' }),
});

builder.mutationFields((t) => ({
  addDictionaryEntry: t.field({
    type: DictionaryEntryRef,
    description:
      '新增字典条目（省总工会）。代码为1–4位数字或大写字母开头的助记码，永不重复使用；通知规定的固定列表不能增改。' +
      'Add an entry (province admin); codes are never reused; the fixed lists of the notice are not editable.',
    authScopes: PROVINCE_ONLY,
    errors: {},
    args: { dictionary: dictionaryArg(t.arg), code: codeArg(t.arg), ...labelArgs(t.arg) },
    resolve: (_root, args, ctx) => inTransaction(ctx, (tx) => addEntry(tx.db, args)),
  }),
  updateDictionaryEntry: t.field({
    type: DictionaryEntryRef,
    description:
      '修改字典条目的名称（代码不变，已有档案随之显示新名称）。Relabel an entry; its code stays.',
    authScopes: PROVINCE_ONLY,
    errors: {},
    args: { dictionary: dictionaryArg(t.arg), code: codeArg(t.arg), ...labelArgs(t.arg) },
    resolve: (_root, args, ctx) => inTransaction(ctx, (tx) => relabelEntry(tx.db, args)),
  }),
  retireDictionaryEntry: t.field({
    type: DictionaryEntryRef,
    description:
      '停用字典条目：旧档案仍显示，新填写时不能再选；不会删除。' +
      'Retire an entry: still readable on old records, no longer selectable; never deleted.',
    authScopes: PROVINCE_ONLY,
    errors: {},
    args: { dictionary: dictionaryArg(t.arg), code: codeArg(t.arg) },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) => setRetired(tx.db, args.dictionary, args.code, true)),
  }),
  restoreDictionaryEntry: t.field({
    type: DictionaryEntryRef,
    description: '恢复已停用的字典条目。Make a retired entry selectable again.',
    authScopes: PROVINCE_ONLY,
    errors: {},
    args: { dictionary: dictionaryArg(t.arg), code: codeArg(t.arg) },
    resolve: (_root, args, ctx) =>
      inTransaction(ctx, (tx) => setRetired(tx.db, args.dictionary, args.code, false)),
  }),
}));
