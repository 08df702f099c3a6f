import ExcelJS, { type DataValidation, type Worksheet } from 'exceljs';
import type { FieldSpec } from '@bangfu/domain';
import type { Codebook, CodeList } from './codebook.js';
import {
  ARCHIVE_COLUMNS,
  ARCHIVE_ROW,
  columnLetter,
  header,
  MEMBER_COLUMNS,
  SHEETS,
  TEMPLATE_ROWS,
} from './layout.js';

/*
 * The blank archive workbook (GET /spreadsheets/archive-template.xlsx): 档案 and 家庭成员 with the
 * seed's headers, drop-down lists of the live dictionaries (from 代码表), text formats where
 * Excel would otherwise eat leading zeros or round an 18-digit ID number, and a sheet of notes.
 */

// Untyped in exceljs 4.4's declarations, but part of its worksheet model.
type WithValidations = Worksheet & {
  dataValidations: { add(range: string, validation: DataValidation): void };
};

const TEXT_KINDS = new Set([
  'text',
  'idNumber',
  'mobile',
  'postalCode',
  'divisionCode',
  'bankCard',
  'dictionary',
  'enum',
  'enumList',
]);

const HINTS: Partial<Record<FieldSpec['kind'], string>> = {
  dictionary: '从下拉列表选择名称，或填写代码（见“代码表”）',
  enum: '从下拉列表选择名称，或填写代码或序号（见“代码表”）',
  enumList: '可选多项，用顿号（、）分隔，例如：下岗失业、子女上学',
  date: '日期，例如 2016-07-13',
  fen: '金额，单位：元，最多两位小数',
  bool: '是 / 否',
  idNumber: '18位身份证号（文本格式）',
};

// Primary and secondary causes are the same ten causes of the seed form: listed once.
const SAME_AS_ANOTHER = new Set(['secondaryCauses']);
const TITLES: Record<string, string> = { primaryCause: '致困原因（主要、次要）' };

/** 代码表: one block of rows per list; returns where each list's names are, for the drop-downs. */
function writeCodes(sheet: Worksheet, lists: CodeList[]): Map<string, string> {
  sheet.columns = [
    { header: '字典', width: 20 },
    { header: '代码', width: 30 },
    { header: '名称', width: 34 },
    { header: '英文名称', width: 44 },
  ];
  sheet.getRow(1).font = { bold: true };
  const ranges = new Map<string, string>();
  for (const list of lists) {
    const live = list.entries.filter((e) => !e.retired);
    const first = sheet.rowCount + 1;
    for (const e of live)
      sheet.addRow([TITLES[list.name] ?? list.label, e.code, e.label, e.labelEn]);
    ranges.set(list.name, `'${SHEETS.codes}'!$C$${first}:$C$${first + live.length - 1}`);
  }
  return ranges;
}

function writeEntrySheet(
  sheet: Worksheet,
  columns: { header: string; spec?: FieldSpec }[],
  codes: Codebook,
  ranges: Map<string, string>,
) {
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: Math.max(10, [...c.header].length * 2 + 2),
  }));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const head = sheet.getRow(1);
  head.font = { bold: true };
  const last = TEMPLATE_ROWS + 1;
  columns.forEach(({ header: text, spec }, i) => {
    const letter = columnLetter(i + 1);
    const column = sheet.getColumn(i + 1);
    if (text.startsWith('*'))
      head.getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
    if (!spec) return;
    const hint = HINTS[spec.kind];
    if (hint) head.getCell(i + 1).note = hint;
    if (TEXT_KINDS.has(spec.kind)) column.numFmt = '@';
    if (spec.kind === 'date') column.numFmt = 'yyyy-mm-dd';
    if (spec.kind === 'fen') column.numFmt = '0.00';
    const list = codes.listOf(spec);
    const range = `${letter}2:${letter}${last}`;
    const validations = sheet as WithValidations;
    if (list && spec.kind !== 'enumList' && ranges.has(list.name)) {
      validations.dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [ranges.get(list.name)!],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: spec.label,
        error: `请从列表中选择${spec.label}。`,
      });
    } else if (spec.kind === 'bool') {
      validations.dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: ['"是,否"'],
      });
    }
  });
}

const GUIDE = [
  '困难职工档案表（批量导入）填写说明',
  '1. 每户一行填写“档案”表；标 * 的为必填项（与《困难职工档案表》一致）。职工编号由系统生成，不必填写。',
  '2. 家庭主要成员填在“家庭成员”表，每人一行，“档案表行号”填该户在“档案”表中的行号（表格左侧的行号，例如 2）。',
  '3. 有下拉列表的列可从列表选择名称，也可填写“代码表”中的代码；次要致困原因最多三项，用顿号分隔。',
  '4. 金额以“元”为单位，最多两位小数；日期写成 2016-07-13 或使用表格的日期格式；身份证号、银行卡号请保持文本格式。',
  '5. 上传后系统先逐行检查全部内容：有任何一处错误都不会导入，并列出出错的表、行、列和原因；改正后重新上传即可全部导入。',
  '6. 导入的档案为“录入中”状态，之后按公示、审批流程办理。',
];

export async function buildTemplate(codes: Codebook): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '帮扶 Bangfu';
  const archives = book.addWorksheet(SHEETS.archives);
  const members = book.addWorksheet(SHEETS.members);
  const codeSheet = book.addWorksheet(SHEETS.codes);
  const guide = book.addWorksheet(SHEETS.guide);
  const used = [...ARCHIVE_COLUMNS, ...MEMBER_COLUMNS]
    .map((spec) => codes.listOf(spec))
    .filter((l): l is CodeList => !!l);
  const lists = [...new Map(used.map((l) => [l.name, l])).values()].filter(
    (l) => !SAME_AS_ANOTHER.has(l.name),
  );
  const ranges = writeCodes(codeSheet, lists);
  writeEntrySheet(
    archives,
    ARCHIVE_COLUMNS.map((spec) => ({ header: header(spec), spec })),
    codes,
    ranges,
  );
  writeEntrySheet(
    members,
    [
      { header: `*${ARCHIVE_ROW.label}` },
      ...MEMBER_COLUMNS.map((spec) => ({ header: header(spec), spec })),
    ],
    codes,
    ranges,
  );
  guide.getColumn(1).width = 120;
  for (const line of GUIDE) guide.addRow([line]);
  guide.getRow(1).font = { bold: true, size: 14 };
  return Buffer.from(await book.xlsx.writeBuffer());
}
