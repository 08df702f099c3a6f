import {
  DEFAULT_DICTIONARIES,
  FIXED_LISTS,
  SEX_CODES,
  formatErrorMessage,
  validateDictionaryCode,
  type DictionaryName,
  type FixedListName,
} from '@bangfu/domain';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { dictionaryEntries } from '../db/schema/index.js';
import { ValidationError, type FieldError } from '../errors.js';

/*
 * The province keeps the editable dictionaries (domain.md §2): add entries, relabel them,
 * retire and restore them. Nothing is ever deleted and a code is never reused, so every stored
 * code keeps meaning what it meant; a retired entry stays readable but cannot be chosen.
 */

export const LABEL_MAX = 50;
export const LABEL_EN_MAX = 100;

/** Codes the domain's rules read (an ID number encodes the sex as 1 or 2): never retired. */
const RULE_CODES: Partial<Record<DictionaryName, readonly string[]>> = {
  sex: Object.values(SEX_CODES),
};

export interface EntryView {
  code: string;
  label: string;
  labelEn: string;
  retired: boolean;
}

const HAN = /[\u4e00-\u9fff]/;

function editable(name: string): DictionaryName {
  if (Object.hasOwn(DEFAULT_DICTIONARIES, name)) return name as DictionaryName;
  if (Object.hasOwn(FIXED_LISTS, name)) {
    const list = FIXED_LISTS[name as FixedListName];
    throw ValidationError.field(
      ['dictionary'],
      'DICTIONARY_NOT_EDITABLE',
      `“${list.label}”是通知规定的固定列表，不能增改。`,
    );
  }
  throw ValidationError.field(['dictionary'], 'DICTIONARY_UNKNOWN', `没有名为“${name}”的字典。`);
}

function labelErrors(label: string, labelEn: string): FieldError[] {
  const errors: FieldError[] = [];
  const text = (path: string, value: string, name: string, max: number) => {
    if (!value)
      errors.push({
        path: [path],
        code: 'REQUIRED',
        message: formatErrorMessage('REQUIRED', { label: name }),
      });
    else if ([...value].length > max) {
      errors.push({
        path: [path],
        code: 'TEXT_TOO_LONG',
        message: formatErrorMessage('TEXT_TOO_LONG', { label: name, max }),
      });
    }
  };
  text('label', label, '中文名称', LABEL_MAX);
  text('labelEn', labelEn, '英文名称', LABEL_EN_MAX);
  // Spreadsheets and forms show the Chinese label; swapped fields would show English to everyone.
  if (label && !HAN.test(label))
    errors.push({ path: ['label'], code: 'LABEL_NOT_CHINESE', message: '中文名称应包含汉字。' });
  return errors;
}

function refuse(errors: FieldError[]): void {
  if (errors.length)
    throw new ValidationError(`有 ${errors.length} 处需要修改：${errors[0]!.message}`, errors);
}

async function entriesOf(db: Database, dictionary: DictionaryName) {
  return await db
    .select()
    .from(dictionaryEntries)
    .where(eq(dictionaryEntries.dictionary, dictionary));
}

type Entry = Awaited<ReturnType<typeof entriesOf>>[number];

// Spreadsheet cells may hold a label instead of a code, so a label must name one entry only.
function labelTaken(entries: Entry[], label: string, exceptCode: string | null): FieldError[] {
  const other = entries.find((e) => e.label === label && e.code !== exceptCode);
  if (!other) return [];
  const state = other.retired ? '（已停用）' : '';
  return [
    {
      path: ['label'],
      code: 'DICTIONARY_LABEL_TAKEN',
      message: `名称“${label}”已被代码“${other.code}”${state}使用，请换一个名称。`,
    },
  ];
}

function find(entries: Entry[], code: string): Entry {
  const entry = entries.find((e) => e.code === code);
  if (!entry)
    throw ValidationError.field(
      ['code'],
      'DICTIONARY_ENTRY_NOT_FOUND',
      `字典中没有代码“${code}”。`,
    );
  return entry;
}

const view = (e: Entry): EntryView => ({
  code: e.code,
  label: e.label,
  labelEn: e.labelEn,
  retired: e.retired,
});

export interface EntryInput {
  dictionary: string;
  code: string;
  label: string;
  labelEn: string;
}

export async function addEntry(db: Database, input: EntryInput): Promise<EntryView> {
  const dictionary = editable(input.dictionary.trim());
  const [label, labelEn] = [input.label.trim(), input.labelEn.trim()];
  const checked = validateDictionaryCode(input.code);
  const errors = checked.ok
    ? []
    : [{ path: ['code'], code: checked.code, message: checked.message }];
  errors.push(...labelErrors(label, labelEn));
  refuse(errors);
  const code = checked.ok ? checked.value : '';
  const entries = await entriesOf(db, dictionary);
  const holder = entries.find((e) => e.code === code);
  if (holder) {
    const state = holder.retired ? '（已停用）' : '';
    throw ValidationError.field(
      ['code'],
      'DICTIONARY_CODE_TAKEN',
      `代码“${code}”已用于“${holder.label}”${state}，代码不能重复使用，请换一个代码。`,
    );
  }
  refuse(labelTaken(entries, label, null));
  const sortOrder = Math.max(0, ...entries.map((e) => e.sortOrder)) + 10;
  try {
    const [created] = await db
      .insert(dictionaryEntries)
      .values({ dictionary, code, label, labelEn, sortOrder, builtin: false })
      .returning();
    return view(created!);
  } catch (error) {
    // Two admins adding the same code at once: the primary key decides, the loser is told so.
    const c = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
    if (c.code === '23505')
      throw ValidationError.field(
        ['code'],
        'DICTIONARY_CODE_TAKEN',
        `代码“${code}”已被使用，请换一个代码。`,
      );
    throw error;
  }
}

export async function relabelEntry(db: Database, input: EntryInput): Promise<EntryView> {
  const dictionary = editable(input.dictionary.trim());
  const [code, label, labelEn] = [input.code.trim(), input.label.trim(), input.labelEn.trim()];
  refuse(labelErrors(label, labelEn));
  const entries = await entriesOf(db, dictionary);
  find(entries, code);
  refuse(labelTaken(entries, label, code));
  const [updated] = await db
    .update(dictionaryEntries)
    .set({ label, labelEn })
    .where(and(eq(dictionaryEntries.dictionary, dictionary), eq(dictionaryEntries.code, code)))
    .returning();
  return view(updated!);
}

/** Retires or restores an entry; doing it twice changes nothing. */
export async function setRetired(
  db: Database,
  name: string,
  rawCode: string,
  retired: boolean,
): Promise<EntryView> {
  const dictionary = editable(name.trim());
  const code = rawCode.trim();
  const entries = await entriesOf(db, dictionary);
  const entry = find(entries, code);
  if (retired && !entry.retired) {
    if (RULE_CODES[dictionary]?.includes(code)) {
      throw ValidationError.field(
        ['code'],
        'DICTIONARY_ENTRY_REQUIRED',
        `“${entry.label}”是身份证号规则所用的代码，不能停用。`,
      );
    }
    if (!entries.some((e) => !e.retired && e.code !== code)) {
      throw ValidationError.field(
        ['code'],
        'DICTIONARY_LAST_ENTRY',
        `“${entry.label}”是该字典唯一可选的条目，停用后将无法填写，请先新增条目。`,
      );
    }
  }
  if (entry.retired === retired) return view(entry);
  const [updated] = await db
    .update(dictionaryEntries)
    .set({ retired })
    .where(and(eq(dictionaryEntries.dictionary, dictionary), eq(dictionaryEntries.code, code)))
    .returning();
  return view(updated!);
}
