import {
  ARCHIVE_FIELDS,
  ARCHIVE_STATUSES,
  DEFAULT_DICTIONARIES,
  DETERMINATION_FIELDS,
  FIXED_LISTS,
  MEMBER_FIELDS,
  formatFen,
  type DictionaryName,
  type FieldSpec,
  type FixedListName,
} from '@bangfu/domain';

/*
 * Any archive value as words a person reads: codes as their labels, money as yuan, yes/no,
 * household members and the determination summarised. Used by the read-only archive, the
 * history's old → new, and the side-by-side view of a version conflict.
 */

export interface Vocabulary {
  lang: 'zh' | 'en';
  /** The live dictionary's label of a code (the code itself when unknown). */
  dictionaryLabel(dictionary: DictionaryName, code: string): string;
  /** The label of a key inside an object value (a ledger entry's `on`, a plan's `personName`). */
  keyLabel(key: string, parent: string): string;
  yes: string;
  no: string;
  empty: string;
}

const CATALOGUES: readonly Readonly<Record<string, FieldSpec>>[] = [
  ARCHIVE_FIELDS,
  MEMBER_FIELDS,
  DETERMINATION_FIELDS,
];

/** Technical keys of embedded objects that mean nothing to a reader. */
const HIDDEN_KEYS = new Set(['id', 'sha256', 'size', 'position', 'url', 'contentType', 'cycle']);

function specOf(name: string): FieldSpec | undefined {
  for (const catalogue of CATALOGUES) if (Object.hasOwn(catalogue, name)) return catalogue[name];
  return undefined;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The dictionary serving a field: named after it (`exitReason`), or after the object and the
 * field (`spotCheck` + `result` → `spotCheckResult`, `attachments` + `type` → `attachmentType`).
 */
export function dictionaryFor(name: string, parent?: string): DictionaryName | undefined {
  const spec = specOf(name);
  if (spec?.dictionary) return spec.dictionary;
  const candidates = [name];
  if (parent) candidates.push(`${parent.replace(/s$/, '')}${capital(name)}`);
  return candidates.find((c): c is DictionaryName => Object.hasOwn(DEFAULT_DICTIONARIES, c));
}

/** The seed's fixed list a field takes its codes from (`actionPlan` of a ledger entry too). */
function fixedListFor(name: string): FixedListName | undefined {
  const spec = specOf(name);
  if (spec?.list) return spec.list;
  const plural = name.endsWith('s') ? name : `${name}s`;
  return ([name, plural] as string[]).find((n): n is FixedListName =>
    Object.hasOwn(FIXED_LISTS, n),
  );
}

export function fixedLabel(list: FixedListName, code: string, lang: 'zh' | 'en'): string {
  const entry = FIXED_LISTS[list].entries.find((e) => e.code === code);
  return entry ? (lang === 'en' ? entry.labelEn : entry.label) : code;
}

export function isBlank(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function describeMembers(members: readonly Record<string, unknown>[], v: Vocabulary): string {
  return members
    .map((m) => {
      const relation =
        typeof m.relation === 'string' ? describeValue('relation', m.relation, v) : '';
      return relation ? `${String(m.name ?? '')}（${relation}）` : String(m.name ?? '');
    })
    .join('、');
}

/** Reading order: the state, the seed form's fields, then those of plans, entries and checks. */
const KEY_ORDER = [
  'status',
  ...Object.keys(ARCHIVE_FIELDS),
  ...Object.keys(MEMBER_FIELDS),
  ...Object.keys(DETERMINATION_FIELDS),
  ...['personName', 'personPost', 'personPhone', 'liaisonName', 'liaisonPost', 'liaisonPhone'],
  ...[
    'targetMonth',
    'on',
    'checker',
    'result',
    'actionPlan',
    'type',
    'description',
    'amountFen',
    'remark',
    'note',
    'by',
  ],
];

/** Compares two keys (`plan.measures` by `measures`) in reading order. */
export function inReadingOrder(a: string, b: string): number {
  const rank = (key: string) => {
    const i = KEY_ORDER.indexOf(key.split('.').pop()!);
    return i < 0 ? KEY_ORDER.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

function describeObject(object: Record<string, unknown>, v: Vocabulary, parent: string): string {
  return Object.entries(object)
    .filter(([key, value]) => !HIDDEN_KEYS.has(key) && !isBlank(value))
    .sort(([a], [b]) => inReadingOrder(a, b))
    .map(([key, value]) => `${v.keyLabel(key, parent)}：${describeValue(key, value, v, parent)}`)
    .join('；');
}

/** One value of a field (`hardshipCategory`, `members`, `plan.measures`, a ledger entry…). */
export function describeValue(
  field: string,
  value: unknown,
  v: Vocabulary,
  parent?: string,
): string {
  if (isBlank(value)) return v.empty;
  const name = field.split('.').pop()!;
  const spec = specOf(name);
  if (name === 'members' && Array.isArray(value)) return describeMembers(value, v);
  if (name === 'status' && typeof value === 'string' && Object.hasOwn(ARCHIVE_STATUSES, value)) {
    const status = ARCHIVE_STATUSES[value as keyof typeof ARCHIVE_STATUSES];
    return v.lang === 'en' ? status.labelEn : status.label;
  }
  if (typeof value === 'boolean') return value ? v.yes : v.no;
  if (typeof value === 'number' && (spec?.kind === 'fen' || name.endsWith('Fen'))) {
    return formatFen(value, v.lang === 'en' ? 'en' : 'zh-CN');
  }
  const dictionary = dictionaryFor(name, parent);
  if (dictionary && typeof value === 'string') return v.dictionaryLabel(dictionary, value);
  const list = fixedListFor(name);
  if (list && (typeof value === 'string' || Array.isArray(value))) {
    const codes = Array.isArray(value) ? value : [value];
    return codes.map((c) => fixedLabel(list, String(c), v.lang)).join('、');
  }
  if (Array.isArray(value)) return value.map((x) => describeValue(name, x, v, parent)).join('、');
  if (typeof value === 'object') {
    return describeObject(value as Record<string, unknown>, v, field.split('.')[0]!);
  }
  if (spec?.unit) return `${String(value)} ${spec.unit}`;
  return String(value);
}

/** An instant (ISO 8601) as people here read it: 2026/11/29 09:30 in Chinese. */
export function formatInstant(iso: string, lang: 'zh' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
