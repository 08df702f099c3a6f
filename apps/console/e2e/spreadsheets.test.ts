import {
  ARCHIVE_FIELDS,
  DEFAULT_DICTIONARIES,
  FIXED_LISTS,
  type DictionaryName,
  type FieldSpec,
} from '@bangfu/domain';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { archiveInput, withWrongCheckChar } from './support/archive-input.js';
import { browserPerTest } from './support/browser.js';
import { createArchiveThrough, freshIdNumber, uniqueName } from './support/fixtures.js';
import { apiAs, signIn } from './support/session.js';

/*
 * Spreadsheets as a grassroots admin does them: download the template, fill it in (here with
 * exceljs, as Excel would), import it — a bad row is refused with every problem named and nothing
 * written — correct it, import again, and export the list with its filter. Each test has its
 * own workers, named apart from every other test's.
 */

const baseUrl = inject('baseUrl');
const browser = browserPerTest('sheets', { timeout: 30_000 });
const folder = mkdtempSync(join(tmpdir(), 'bangfu-e2e-sheets-'));

/** Clicks a button that downloads a file; answers the file as a workbook and its name. */
async function downloadBy(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  return { book, name: download.suggestedFilename() };
}

/** A value as a person types it into the template: labels for codes, yuan, dates. */
function typed(spec: FieldSpec, value: unknown): ExcelJS.CellValue {
  if (spec.dictionary) {
    const entries = DEFAULT_DICTIONARIES[spec.dictionary as DictionaryName].entries;
    return entries.find((e) => e.code === value)!.label;
  }
  if (spec.list) return FIXED_LISTS[spec.list].entries.find((e) => e.code === value)!.label;
  if (spec.kind === 'fen') return (value as number) / 100;
  if (spec.kind === 'date') return new Date(`${String(value)}T00:00:00Z`);
  return value as ExcelJS.CellValue;
}

/** Fills row `n` of the 档案 sheet with an archive, by the headers' labels (*, units dropped). */
function fillRow(sheet: ExcelJS.Worksheet, n: number, input: Record<string, unknown>) {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, i) => {
    columns.set(
      String(cell.value)
        .replace(/^\*/, '')
        .replace(/（.*）$/, ''),
      i,
    );
  });
  for (const [name, value] of Object.entries(input)) {
    const spec = (ARCHIVE_FIELDS as Record<string, FieldSpec>)[name];
    if (!spec || value == null || Array.isArray(value)) continue;
    sheet.getRow(n).getCell(columns.get(spec.label)!).value = typed(spec, value);
  }
}

/** Two workers whose names share a stem no other test uses: the stem finds both and only them. */
function twoWorkers() {
  const stem = uniqueName('导入测试');
  return {
    stem,
    names: [`${stem}甲`, `${stem}乙`],
    ids: [freshIdNumber('1962-02-02'), freshIdNumber('1962-02-02')],
  };
}

async function saved(book: ExcelJS.Workbook, name: string): Promise<string> {
  const file = join(folder, `${Date.now()}-${name}`);
  await book.xlsx.writeFile(file);
  return file;
}

/** 文化路 on the archive list, with the import template downloaded from it. */
async function template(page: Page) {
  await signIn(page, baseUrl, 'wenhualu');
  await page.goto(`${baseUrl}/#/archives`);
  return downloadBy(page, '下载导入模板');
}

/** The two workers in the template, the second with a wrong ID number, imported: refused. */
async function importWithWrongId(page: Page, workers: ReturnType<typeof twoWorkers>) {
  const { book } = await template(page);
  const sheet = book.getWorksheet('档案')!;
  fillRow(sheet, 2, archiveInput(workers.names[0]!, workers.ids[0]!));
  fillRow(sheet, 3, {
    ...archiveInput(workers.names[1]!, workers.ids[1]!),
    idNumber: withWrongCheckChar(workers.ids[1]!),
  });
  await importFile(page, await saved(book, 'wrong-id.xlsx'));
  await page.getByRole('dialog').getByText('文件中有 1 处问题，没有导入任何档案').waitFor();
  return book;
}

async function importFile(page: Page, file: string) {
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.locator('input[type=file][name=workbook]').setInputFiles(file);
  await page.getByRole('button', { name: '开始导入' }).click();
}

const countByApi = async (search: string) => {
  const wenhualu = await apiAs(baseUrl, 'wenhualu');
  const data = await wenhualu.query(
    'query($search: String) { archives(first: 1, filter: { search: $search }) { totalCount } }',
    { search },
  );
  return data.archives.totalCount as number;
};

describe('spreadsheets', () => {
  it('downloads the import template from the archive list', async () => {
    const { book, name } = await template(browser.page);
    expect(name).toBe('困难职工档案表-导入模板.xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual(['档案', '家庭成员', '代码表', '填写说明']);
  });

  it('refuses a workbook with a wrong ID number: the table names row and field, nothing is written', async () => {
    const { page } = browser;
    const workers = twoWorkers();
    await importWithWrongId(page, workers);

    const dialog = page.getByRole('dialog');
    await dialog.getByText('文件中有 1 处问题，没有导入任何档案').waitFor();
    const problems = dialog.getByRole('table', { name: '问题' }).locator('tbody tr');
    expect(await problems.count()).toBe(1);
    const cells = await problems.first().locator('td').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['档案', '3']);
    expect(cells[2]).toMatch(/^[A-Z]+$/);
    expect(cells[3]).toBe('身份证号');
    expect(cells[4]).toContain('校验位');
    expect(await countByApi(workers.stem)).toBe(0);
  });

  it('imports the corrected workbook: all rows written, their numbers shown, the list read again', async () => {
    const { page } = browser;
    const workers = twoWorkers();
    const book = await importWithWrongId(page, workers);
    fillRow(book.getWorksheet('档案')!, 3, { idNumber: workers.ids[1] });
    await page
      .locator('input[type=file][name=workbook]')
      .setInputFiles(await saved(book, 'corrected.xlsx'));
    await page.getByRole('button', { name: '开始导入' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('已导入 2 份档案。').waitFor();
    const numbers = await dialog
      .getByRole('list', { name: '新建档案的职工编号' })
      .getByRole('listitem')
      .allTextContents();
    expect(numbers).toHaveLength(2);
    for (const n of numbers) expect(n).toMatch(/^410105-\d{4}-\d{6}$/);
    expect(await countByApi(workers.stem)).toBe(2);
    await dialog.getByRole('button', { name: '关闭' }).click();
    for (const name of workers.names) await page.getByRole('cell', { name, exact: true }).waitFor();
  });

  it('exports the list as it is filtered: the workbook has the list’s rows', async () => {
    const { page } = browser;
    const workers = twoWorkers();
    const wenhualu = await apiAs(baseUrl, 'wenhualu');
    const numbers: string[] = [];
    for (const [i, name] of workers.names.entries()) {
      numbers.push(
        (await createArchiveThrough(wenhualu, { name, idNumber: workers.ids[i] })).number,
      );
    }
    await signIn(page, baseUrl, 'wenhualu');
    const filter = encodeURIComponent(JSON.stringify({ search: workers.stem }));
    await page.goto(`${baseUrl}/#/archives?filter=${filter}`);
    await expect.poll(() => page.locator('table.RaDatagrid-table tbody tr').count()).toBe(2);
    const { book, name } = await downloadBy(page, '导出');
    expect(name).toMatch(/^困难职工档案-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = book.getWorksheet('档案')!;
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v).replace(/^\*/, ''));
    const rows = [];
    for (let n = 2; n <= sheet.rowCount; n++) {
      const row = sheet.getRow(n);
      rows.push([
        row.getCell(header.indexOf('职工编号')).value,
        row.getCell(header.indexOf('姓名')).value,
      ]);
    }
    expect(rows.map(([number]) => number).sort()).toEqual([...numbers].sort());
    expect(rows.map(([, name]) => name).sort()).toEqual([...workers.names].sort());
  });
});
