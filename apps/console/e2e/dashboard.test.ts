import { formatFen, todayIso } from '@bangfu/domain';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest } from './support/browser.js';
import { reportPeriod, submitReportThrough, unique } from './support/fixtures.js';
import { apiAs, signIn } from './support/session.js';

/*
 * The home page against the real API: a city's statistics show exactly the numbers the
 * `statistics` query reports (headline, charts, child unions, the .xlsx), and the reporting to
 * the province — the province sets a period, the city submits, the province sees who has. Each
 * test sets up its own period and report through the API.
 */

const baseUrl = inject('baseUrl');
const browser = browserPerTest('dashboard', { timeout: 30_000 });

const year = todayIso().slice(0, 4);

/** Picks a reporting period in a panel's 报送期间 list, by its label. */
async function choosePeriod(page: Page, panel: Locator, label: string) {
  const select = panel.getByRole('combobox', { name: '报送期间' });
  await select.waitFor();
  // The newest period is chosen already, unless another was set meanwhile. (A click while the
  // charts above still laid out the page once missed the list: open it only when needed.)
  if (!((await select.textContent()) ?? '').includes(label)) {
    await select.scrollIntoViewIfNeeded();
    await select.click();
    await page.getByRole('option').filter({ hasText: label }).click();
  }
  await expect.poll(() => select.textContent()).toContain(label);
}

const STATISTICS = `query($from: Date, $to: Date) { statistics(from: $from, to: $to) {
  totalArchives established exited exits overdue ledgerAmountFen
  archivesByState { code count }
  byKeyGroup { code established exited }
  children { union { code name } totalArchives overdue }
} }`;

/** A number as the page shows it, without thousands separators. */
const shown = async (locator: ReturnType<Page['locator']>) =>
  Number(((await locator.textContent()) ?? '').replace(/,/g, ''));

const headline = (page: Page, field: string) => page.locator(`[data-field=${field}] dd`);

describe('dashboard', () => {
  it('the province sets a reporting period on its home page', async () => {
    const { page } = browser;
    const period = `E2E-${unique()}`;
    await signIn(page, baseUrl, 'admin', 'bangfu-admin');
    await page.getByRole('heading', { name: '河南省总工会 建档立卡情况' }).waitFor();
    await page.locator('input[name=code]').fill(period);
    await page.locator('input[name=label]').fill(`${year}年建档立卡情况（测试 ${period}）`);
    await page.locator('input[name=startsOn]').fill(`${year}-01-01`);
    await page.locator('input[name=endsOn]').fill(`${year}-12-15`);
    await page.locator('input[name=dueOn]').fill(`${Number(year) + 1}-01-31`);
    await page.getByRole('button', { name: '设定', exact: true }).click();
    // Whole months only: the API's message appears under the end date, what was typed stays.
    await page.getByText(`结束日期应为某月最后一天（如 ${year}-12-31）`).waitFor();
    expect(await page.locator('input[name=code]').inputValue()).toBe(period);
    await page.locator('input[name=endsOn]').fill(`${year}-12-31`);
    await page.getByRole('button', { name: '设定', exact: true }).click();
    await page.getByText(`已设定报送期间 ${period}`).waitFor();
  });

  it('a city sees the numbers the API reports: headline, charts, child unions, spreadsheet', async () => {
    const { page } = browser;
    await signIn(page, baseUrl, 'zhengzhou');
    await page.getByRole('heading', { name: '郑州市总工会 建档立卡情况' }).waitFor();
    const api = await apiAs(baseUrl, 'zhengzhou');
    const s = (await api.query(STATISTICS, { from: `${year}-01-01`, to: `${year}-12-31` }))
      .statistics;

    await expect.poll(() => shown(headline(page, 'totalArchives'))).toBe(s.totalArchives);
    for (const field of ['established', 'exited', 'exits', 'overdue']) {
      expect(await shown(headline(page, field)), field).toBe(s[field]);
    }
    expect(await headline(page, 'ledgerAmountFen').textContent()).toBe(
      formatFen(s.ledgerAmountFen),
    );

    const states = page.getByRole('table', { name: '档案状态' });
    for (const row of s.archivesByState) {
      expect(await shown(states.locator(`tr[data-code=${row.code}] td`).last()), row.code).toBe(
        row.count,
      );
    }
    const groups = page.getByRole('table', { name: '五类重点群体' });
    for (const row of s.byKeyGroup) {
      const cells = groups.locator(`tr[data-code=${row.code}] td`);
      expect([await shown(cells.nth(1)), await shown(cells.nth(2))], row.code).toEqual([
        row.established,
        row.exited,
      ]);
    }
    const children = page.getByRole('table', { name: '下级工会进度' });
    expect(await children.locator('tbody tr').count()).toBe(s.children.length);
    for (const child of s.children.slice(0, 5)) {
      const row = children.locator(`tr[data-union="${child.union.code}"]`);
      expect(await shown(row.locator('td[data-field=totalArchives]')), child.union.name).toBe(
        child.totalArchives,
      );
      expect(await shown(row.locator('td[data-field=overdue]')), child.union.name).toBe(
        child.overdue,
      );
    }

    await page.getByRole('button', { name: '全部时间' }).click();
    const all = (await api.query(STATISTICS)).statistics;
    await expect.poll(() => shown(headline(page, 'exits'))).toBe(all.exits);
    expect(await shown(headline(page, 'totalArchives'))).toBe(all.totalArchives);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出统计表' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const overview = new Map<string, unknown>();
    book
      .getWorksheet('总览')!
      .eachRow((row) => overview.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(overview.get('工会')).toBe('郑州市总工会');
    expect(overview.get('统计期间')).toBe('全部时间');
    expect(overview.get('档案总数')).toBe(all.totalArchives);
    expect(overview.get('脱困/退出')).toBe(all.exits);

    // A child union opens in place, with its own numbers; back returns to one's own union.
    const child = (
      all.children as { union: { code: string; name: string }; totalArchives: number }[]
    ).find((c) => c.totalArchives > 0)!;
    await page.getByRole('button', { name: `查看 ${child.union.name}` }).click();
    await page.getByRole('heading', { name: `${child.union.name} 建档立卡情况` }).waitFor();
    await expect.poll(() => shown(headline(page, 'totalArchives'))).toBe(child.totalArchives);
    await page.getByRole('button', { name: '返回 郑州市总工会' }).click();
    await page.getByRole('heading', { name: '郑州市总工会 建档立卡情况' }).waitFor();
  });

  it('a city submits its report with a note and sees it submitted', async () => {
    const { page } = browser;
    const { code: period, label } = await reportPeriod(baseUrl);
    await signIn(page, baseUrl, 'zhengzhou');
    const panel = page.getByRole('heading', { name: '向省总工会报送' }).locator('..');
    await choosePeriod(page, panel, label);
    await panel.getByText('待报送').waitFor();
    await panel.getByLabel('报送说明').fill('郑州市本年度建档立卡情况，请审阅。');
    await panel.getByRole('button', { name: '报送', exact: true }).click();
    await page.getByText(`已报送：${period}`).waitFor();
    await panel.getByText('已报送', { exact: true }).waitFor();
    await panel.getByText('说明：郑州市本年度建档立卡情况，请审阅。', { exact: false }).waitFor();
    expect(await panel.getByRole('button', { name: '重新报送' }).count()).toBe(1);
  });

  it('the province sees who has reported, with the snapshot beside today’s numbers', async () => {
    const { page } = browser;
    const { code: period, label } = await reportPeriod(baseUrl);
    await submitReportThrough(baseUrl, period, '郑州市本年度建档立卡情况，请审阅。');
    await signIn(page, baseUrl, 'admin', 'bangfu-admin');
    const panel = page.getByRole('heading', { name: '各市报送情况' }).locator('..');
    await choosePeriod(page, panel, label);
    const table = page.getByRole('table', { name: '各市报送情况' });
    const zhengzhou = table.locator('tr', {
      has: page.getByRole('rowheader', { name: '郑州市总工会' }),
    });
    await zhengzhou.getByText('已报送').waitFor();
    expect(await zhengzhou.textContent()).toContain('郑州市本年度建档立卡情况，请审阅。');
    expect(await table.locator('tbody tr[data-status=PENDING]').count()).toBeGreaterThan(0);
    const api = await apiAs(baseUrl, 'admin', 'bangfu-admin');
    const rows = (
      await api.query(
        `query($p: String!) { reportSubmissions(period: $p) { union { name } status submitted { totalArchives } today { totalArchives } } }`,
        { p: period },
      )
    ).reportSubmissions as {
      union: { name: string };
      status: string;
      submitted: { totalArchives: number };
      today: { totalArchives: number };
    }[];
    const own = rows.find((r) => r.union.name === '郑州市总工会')!;
    const cells = await zhengzhou.locator('td').allTextContents();
    // 状态, 报送时间, 说明, then each number as submitted and today.
    expect(cells.slice(3, 5).map(Number)).toEqual([
      own.submitted.totalArchives,
      own.today.totalArchives,
    ]);
    expect(rows.filter((r) => r.status === 'SUBMITTED')).toHaveLength(1);
  });

  it('keeps that table legible at 1280 px: names and headers on one line, no page scrolling sideways', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 900 });
    // With a report and its note in the table, as the province reads it.
    const { code, label } = await reportPeriod(baseUrl);
    await submitReportThrough(baseUrl, code, '郑州市本年度建档立卡情况，请审阅。');
    await signIn(page, baseUrl, 'admin', 'bangfu-admin');
    await choosePeriod(
      page,
      page.getByRole('heading', { name: '各市报送情况' }).locator('..'),
      label,
    );
    const table = page.getByRole('table', { name: '各市报送情况' });
    await table.getByRole('rowheader', { name: '郑州市总工会' }).waitFor();
    await table.locator('tr', { hasText: '郑州市总工会' }).getByText('已报送').waitFor();
    // The lines a cell's text takes on screen (one character a line was what people saw).
    const lines = await table.evaluate((t) =>
      Array.from(t.querySelectorAll('thead th, tbody th')).map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const tops = Array.from(range.getClientRects()).map((r) => Math.round(r.top));
        return { text: cell.textContent, lines: new Set(tops).size };
      }),
    );
    expect(lines.filter((c) => c.lines > 1)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
  });
});
