import ExcelJS from 'exceljs';
import type { Headline, LedgerTotal, StateCount, TargetCount } from '../statistics/assemble.js';
import type { StatisticsSnapshot, UnionProgress } from '../statistics/compute.js';

/*
 * 建档立卡情况 as a workbook (GET /spreadsheets/statistics.xlsx): the numbers of the `statistics`
 * query, one sheet per dimension of domain.md §6 and one with a row per child union. Money in yuan
 * (fen ÷ 100, exact to the cent in Excel's doubles for any realistic sum), rates as percentages.
 */

/** The headline numbers, in the order and words of the report. */
type Row = Headline & { archived: number; nonTargets: number };

/** 建档困难职工 and its 是/否 split are derived from the stored headline (old snapshots too). */
const withArchived = (h: Headline): Row => ({
  ...h,
  archived: h.established + h.exited,
  nonTargets: h.established + h.exited - h.targets,
});

export const HEADLINE_ROWS: readonly {
  field: keyof Row;
  label: string;
  money?: true;
  rate?: true;
}[] = [
  { field: 'totalArchives', label: '档案总数' },
  { field: 'inProgress', label: '建档中（录入、公示、待审批）' },
  { field: 'established', label: '已建档（帮扶中）' },
  { field: 'exited', label: '已脱困/退出' },
  { field: 'archived', label: '建档困难职工（帮扶中 + 已退出）' },
  { field: 'targets', label: '其中：解困脱困对象（确定为“是”）' },
  { field: 'nonTargets', label: '其中：非解困脱困对象（确定为“否”）' },
  { field: 'peopleCovered', label: '覆盖人口（帮扶中）' },
  { field: 'peopleExited', label: '已退出档案人口' },
  { field: 'newlyEstablished', label: '期内新确定对象' },
  { field: 'exits', label: '脱困/退出' },
  { field: 'exitRate', label: '退出率', rate: true },
  { field: 'overdue', label: '逾期未脱困' },
  { field: 'ledgerEntries', label: '帮扶台账条数' },
  { field: 'ledgerAmountFen', label: '帮扶金额（元）', money: true },
];

const yuan = (fen: number) => fen / 100;
const MONEY = '#,##0.00';
const PERCENT = '0.0%';

function headed(
  book: ExcelJS.Workbook,
  name: string,
  columns: { header: string; width: number }[],
) {
  const sheet = book.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}

function periodText(s: StatisticsSnapshot): string {
  if (!s.from && !s.to) return '全部时间';
  return `${s.from ?? '开始'} 至 ${s.to ?? '今天'}`;
}

function overview(book: ExcelJS.Workbook, s: StatisticsSnapshot) {
  const sheet = headed(book, '总览', [
    { header: '项目', width: 34 },
    { header: '数值', width: 22 },
  ]);
  sheet.addRow(['工会', s.union.name]);
  sheet.addRow(['统计期间', periodText(s)]);
  sheet.addRow(['存量计算日', s.today]);
  const h = withArchived(s);
  for (const row of HEADLINE_ROWS) {
    const value = h[row.field];
    const added = sheet.addRow([row.label, value == null ? null : row.money ? yuan(value) : value]);
    if (row.money) added.getCell(2).numFmt = MONEY;
    if (row.rate) added.getCell(2).numFmt = PERCENT;
  }
}

/** A column's sum; blank when a suppressed (null) cell is in it, rather than a total too low. */
const sumShown = (values: (number | null)[]) =>
  values.some((v) => v == null) ? null : values.reduce<number>((n, v) => n + (v ?? 0), 0);

function counts(book: ExcelJS.Workbook, name: string, what: string, rows: StateCount[]) {
  const sheet = headed(book, name, [
    { header: what, width: 34 },
    { header: '代码', width: 26 },
    { header: '档案数', width: 12 },
  ]);
  for (const r of rows) sheet.addRow([r.label, r.code, r.count]);
  sheet.addRow(['合计', null, sumShown(rows.map((r) => r.count))]).font = { bold: true };
}

function targets(book: ExcelJS.Workbook, name: string, what: string, rows: TargetCount[]) {
  const sheet = headed(book, name, [
    { header: what, width: 40 },
    { header: '代码', width: 30 },
    { header: '帮扶中', width: 12 },
    { header: '已退出', width: 12 },
    { header: '合计', width: 12 },
  ]);
  for (const r of rows) sheet.addRow([r.label, r.code, r.established, r.exited, r.targets]);
}

function ledger(book: ExcelJS.Workbook, rows: LedgerTotal[]) {
  const sheet = headed(book, '帮扶台账', [
    { header: '行动计划', width: 34 },
    { header: '代码', width: 30 },
    { header: '台账条数', width: 12 },
    { header: '金额（元）', width: 18 },
  ]);
  for (const r of rows)
    sheet
      .addRow([r.label, r.code, r.entries, r.amountFen == null ? null : yuan(r.amountFen)])
      .getCell(4).numFmt = MONEY;
  const amount = sumShown(rows.map((r) => r.amountFen));
  const total = sheet.addRow([
    '合计',
    null,
    sumShown(rows.map((r) => r.entries)),
    amount == null ? null : yuan(amount),
  ]);
  total.font = { bold: true };
  total.getCell(4).numFmt = MONEY;
}

function children(book: ExcelJS.Workbook, rows: UnionProgress[]) {
  const sheet = headed(book, '下级工会', [
    { header: '工会', width: 36 },
    { header: '工会代码', width: 14 },
    ...HEADLINE_ROWS.map((h) => ({
      header: h.label,
      width: Math.max(10, [...h.label].length * 2),
    })),
    { header: '建档完成期限', width: 14 },
    { header: '建档完成率', width: 12 },
    { header: '已过期限未完成', width: 16 },
  ]);
  for (const r of rows) {
    const h = withArchived(r);
    const row = sheet.addRow([
      r.union.name,
      r.union.code,
      ...HEADLINE_ROWS.map(({ field, money }) =>
        h[field] == null ? null : money ? yuan(h[field]) : h[field],
      ),
      r.establishmentDueOn,
      r.establishmentRate,
      r.pastDue ? '是' : '否',
    ]);
    HEADLINE_ROWS.forEach((h, i) => {
      if (h.money) row.getCell(3 + i).numFmt = MONEY;
      if (h.rate) row.getCell(3 + i).numFmt = PERCENT;
    });
    row.getCell(3 + HEADLINE_ROWS.length + 1).numFmt = PERCENT;
  }
}

export async function buildStatisticsWorkbook(s: StatisticsSnapshot): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '帮扶 Bangfu';
  overview(book, s);
  counts(book, '按状态', '档案状态', s.archivesByState);
  targets(book, '按困难类别', '困难类别', s.byHardshipCategory);
  targets(book, '按主要致困原因', '主要致困原因', s.byPrimaryCause);
  targets(book, '按五类重点群体', '五类重点群体', s.byKeyGroup);
  targets(book, '按四个一批措施', '“四个一批”措施', s.byMeasure);
  targets(book, '按七个行动计划', '七个行动计划', s.byActionPlan);
  counts(book, '退出原因', '退出原因', s.exitsByReason);
  ledger(book, s.ledgerByActionPlan);
  children(book, s.children);
  return Buffer.from(await book.xlsx.writeBuffer());
}
