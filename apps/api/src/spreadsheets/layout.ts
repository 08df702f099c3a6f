import {
  ARCHIVE_FIELDS,
  DETERMINATION_FIELDS,
  MEMBER_FIELDS,
  type FieldSpec,
} from '@bangfu/domain';

/*
 * The archive workbook's layout, shared by the template, the import and the export: one row per
 * archive on 档案, household members on 家庭成员 keyed by the archive's row number, the codes on
 * 代码表. Headers are the seed form's wording from the domain catalogue.
 */

export const SHEETS = {
  archives: '档案',
  members: '家庭成员',
  codes: '代码表',
  guide: '填写说明',
} as const;

/** The member sheet's link to its archive: the row number on 档案 (Excel's own row number). */
export const ARCHIVE_ROW = { name: 'archiveRow', label: '档案表行号' } as const;

/** Typed in on 档案: the form minus what the system sets (职工编号, 月人均收入) and the files. */
export const ARCHIVE_COLUMNS: readonly FieldSpec[] = Object.values<FieldSpec>(
  ARCHIVE_FIELDS,
).filter((f) => !f.computed && f.kind !== 'attachments');
export const MEMBER_COLUMNS: readonly FieldSpec[] = Object.values<FieldSpec>(MEMBER_FIELDS);
export const DETERMINATION_COLUMNS: readonly FieldSpec[] =
  Object.values<FieldSpec>(DETERMINATION_FIELDS);

/** The header cell: * for required as on the seed form, and the unit people type in. */
export function header(spec: Pick<FieldSpec, 'label' | 'required' | 'kind' | 'unit'>): string {
  const unit = spec.kind === 'fen' ? '（元）' : spec.unit ? `（${spec.unit}）` : '';
  return `${spec.required ? '*' : ''}${spec.label}${unit}`;
}

/** A header as people may retype it: without spaces, the * mark, or a unit in brackets. */
export function headerKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/^[*＊]+/, '')
    .replace(/[（(](元|m²|平方米)[）)]$/, '');
}

/** Column letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let out = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26))
    out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  return out;
}

/** How many rows of the template carry drop-down lists and formats. */
export const TEMPLATE_ROWS = 1000;
