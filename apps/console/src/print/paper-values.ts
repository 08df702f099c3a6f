import {
  DEFAULT_DICTIONARIES,
  FIXED_LISTS,
  formatFen,
  type DictionaryName,
  type FieldSpec,
  type FixedEntry,
} from '@bangfu/domain';

/*
 * Values as they are written on the paper forms: labels for codes (from the live dictionaries,
 * else the shipped defaults), yuan for fen, 是/否, dates as 2016 年 10 月 07 日. Paper is always
 * Chinese: it is the notice's own form, whatever language the console is switched to.
 */

export type DictionaryLabels = Partial<Record<string, readonly { code: string; label: string }[]>>;

export const TICKED = '☑';
export const UNTICKED = '☐';

export const tick = (chosen: boolean) => (chosen ? TICKED : UNTICKED);

/** '2016-10-07' → '2016 年 10 月 07 日'; blank stays blank. */
export function paperDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${y} 年 ${m} 月 ${d} 日`;
}

export function dictionaryText(
  labels: DictionaryLabels,
  dictionary: DictionaryName,
  code: string,
): string {
  const entries = labels[dictionary] ?? DEFAULT_DICTIONARIES[dictionary].entries;
  return entries.find((e) => e.code === code)?.label ?? code;
}

function fixedText(spec: FieldSpec, code: string): string {
  const entries: readonly FixedEntry[] = spec.list ? FIXED_LISTS[spec.list].entries : [];
  const entry = entries.find((e) => e.code === code);
  return entry ? `${entry.no}.${entry.label}` : code;
}

/** One field's value as printed in its cell. */
export function paperValue(spec: FieldSpec, value: unknown, labels: DictionaryLabels): string {
  if (value == null || value === '') return '';
  switch (spec.kind) {
    case 'dictionary':
      return spec.dictionary
        ? dictionaryText(labels, spec.dictionary, String(value))
        : String(value);
    case 'enum':
      return fixedText(spec, String(value));
    case 'enumList':
      return (value as string[]).map((code) => fixedText(spec, code)).join('；');
    case 'fen':
      return typeof value === 'number' ? formatFen(value) : String(value);
    case 'bool':
      return value ? '是' : '否';
    case 'date':
      return paperDate(String(value));
    case 'decimal':
      return spec.unit ? `${String(value)} ${spec.unit}` : String(value);
    default:
      return String(value);
  }
}

/** The options of a seed list, each with its number, label and whether it is ticked. */
export function tickedOptions(
  entries: readonly FixedEntry[],
  chosen: readonly string[] | null | undefined,
): { no: number; code: string; label: string; chosen: boolean }[] {
  const picked = new Set(chosen ?? []);
  return entries.map((e) => ({
    no: e.no,
    code: e.code,
    label: e.label,
    chosen: picked.has(e.code),
  }));
}
