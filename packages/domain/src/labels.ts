import { ARCHIVE_FIELDS, DETERMINATION_FIELDS, MEMBER_FIELDS } from './fields.js';
import { MONEY_LIMITS } from './money-limits.js';

/**
 * What a validator is told about the field it checks, to name it in messages: its Chinese label,
 * or a field of the catalogue (anything with `label` and `labelEn`) so English can name it too.
 */
export type FieldLabel = string | { readonly label: string; readonly labelEn?: string };

// The words validators use when no field is named, and the containers the schemas check.
const GENERIC_LABELS: Readonly<Record<string, string>> = {
  日期: 'Date',
  月份: 'Month',
  金额: 'Amount',
  联系电话: 'Phone',
  行政区划代码: 'Division code',
  代码: 'Code',
  输入: 'Input',
  档案信息: 'Archive',
  家庭成员信息: 'Household member',
  家庭主要成员: 'Household members',
  解困脱困对象确定信息: 'Determination',
};

// Every Chinese label of the catalogues with its English twin: messages built by code that only
// passed the Chinese label (the API's own checks) can still be rendered in English.
const ENGLISH_LABELS: ReadonlyMap<string, string> = new Map([
  ...[
    ...Object.values(ARCHIVE_FIELDS),
    ...Object.values(MEMBER_FIELDS),
    ...Object.values(DETERMINATION_FIELDS),
    ...Object.values(MONEY_LIMITS),
  ].map((f): [string, string] => [f.label, f.labelEn]),
  ...Object.entries(GENERIC_LABELS),
]);

/** The English label for a Chinese one the package knows, else undefined. */
export function englishLabel(label: string): string | undefined {
  return ENGLISH_LABELS.get(label);
}

/** `{ label, labelEn }` message parameters for a field, labelEn looked up when not given. */
export function labelParams(field: FieldLabel): { label: string; labelEn?: string } {
  const label = typeof field === 'string' ? field : field.label;
  const labelEn = (typeof field === 'string' ? undefined : field.labelEn) ?? englishLabel(label);
  return labelEn === undefined ? { label } : { label, labelEn };
}
