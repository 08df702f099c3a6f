import { maskName } from '@bangfu/domain';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest } from './support/browser.js';
import { createArchiveThrough, uniqueName } from './support/fixtures.js';
import { apiAs, DEMO_PASSWORD } from './support/session.js';

/*
 * A phone (390×844) is a first-class screen: the archive list is a list of lines with the
 * filters and the union tree in a drawer; an archive's page, its workflow dialogs and the form
 * are one column; the spreadsheet buttons say what they do; nothing scrolls sideways. A 1280 px
 * desktop keeps its table and tree. Each test has an archive of its own, set up through the API.
 */

const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 };
const browser = browserPerTest('phone', { viewport: PHONE });

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** 文化路's own new archive, and 文化路 signed in on this browser. */
async function archiveOnScreen(page: Page) {
  const archive = await createArchiveThrough(await apiAs(baseUrl, 'wenhualu'), {
    name: uniqueName('韩玉珍'),
  });
  // Signed in on the phone, as its owner would: the menu stays folded away.
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name=username]').fill('wenhualu');
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('button', { name: '个人信息' }).waitFor();
  return archive;
}

describe('on a phone', () => {
  it('lists archives as lines, with the filters and the union tree in a drawer', async () => {
    const { page } = browser;
    const archive = await archiveOnScreen(page);
    await page.goto(`${baseUrl}/#/archives`);
    const line = page.locator('.RaList-main li a', { hasText: archive.number });
    await line.waitFor();
    expect(await line.textContent()).toContain(maskName(archive.name));
    expect(await line.textContent()).not.toContain(archive.name);
    expect(await line.textContent()).toContain('摸底调查/录入中');
    expect(await page.locator('table').count()).toBe(0);
    expect(await sideways(page)).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: '筛选' }).click();
    const drawer = page.locator('.MuiDrawer-paper');
    await drawer.getByText('工会组织').waitFor();
    await drawer.getByLabel('姓名、职工编号或身份证号').fill(archive.number);
    await expect.poll(() => page.locator('.RaList-main li a').count()).toBe(1);
    await drawer.getByRole('button', { name: '关闭' }).click();
    await drawer.waitFor({ state: 'detached' });
    expect(await sideways(page)).toBeLessThanOrEqual(PHONE.width);
  });

  it('names the spreadsheet buttons in words above the list, not icons alone', async () => {
    const { page } = browser;
    await archiveOnScreen(page);
    await page.goto(`${baseUrl}/#/archives`);
    await page.locator('.RaList-main li a').first().waitFor();
    // The name read out is the full one; the words on the button are short enough for a phone.
    for (const [name, words] of [
      ['下载导入模板', '模板'],
      ['导出', '导出'],
      ['导入', '导入'],
    ] as const) {
      const button = page.getByRole('button', { name, exact: true });
      expect(await button.getAttribute('aria-label'), name).toBe(name);
      expect((await button.innerText()).trim(), name).toBe(words);
      const box = (await button.boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await sideways(page)).toBeLessThanOrEqual(PHONE.width);
  });

  it('shows an archive in one column, print buttons with their words, dialogs full screen', async () => {
    const { page } = browser;
    const archive = await archiveOnScreen(page);
    await page.goto(`${baseUrl}/#/archives/${archive.id}/show`);
    await page.getByTestId('archive-status').waitFor();
    const print = page.getByRole('link', { name: '打印档案表' });
    expect(await print.textContent()).toContain('打印档案表');
    const toolbar = page.getByRole('toolbar');
    const boxes = await toolbar.evaluate((bar) =>
      Array.from(bar.children).map((c) => c.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(boxes.length).toBeGreaterThan(2);
    // One column: every button starts at the same left edge, each below the one before.
    expect(new Set(boxes.map((b) => Math.round(b.left))).size).toBe(1);
    boxes.slice(1).forEach((b, i) => expect(b.top).toBeGreaterThan(boxes[i]!.top));
    expect(await sideways(page)).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: '登记申请', exact: true }).click();
    const dialog = page.locator('.MuiDialog-paper');
    await dialog.getByLabel('申请日期 *').waitFor();
    const width = await dialog.evaluate((d) => d.getBoundingClientRect().width);
    expect(width).toBe(PHONE.width);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('fills in a new archive without sideways scrolling, household members included', async () => {
    const { page } = browser;
    await archiveOnScreen(page);
    await page.goto(`${baseUrl}/#/archives/create`);
    await page.getByLabel('家庭住址 *').waitFor();
    expect(await sideways(page)).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: '添加家庭成员' }).click();
    await page.locator('[data-member-row="0"]').getByLabel('姓名 *').fill('韩小明');
    expect(await sideways(page)).toBeLessThanOrEqual(PHONE.width);
  });
});

describe('on a 1280 px desktop', () => {
  it('keeps the table, the filters above it and the union tree beside it', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 900 });
    const archive = await archiveOnScreen(page);
    await page.goto(`${baseUrl}/#/archives`);
    await page.getByRole('cell', { name: archive.number }).waitFor();
    await page.getByLabel('姓名、职工编号或身份证号').waitFor();
    await page.getByLabel('工会组织').waitFor();
    expect(await page.locator('.RaList-main li a').count()).toBe(0);
    expect(await page.locator('.MuiDrawer-paper').getByLabel('工会组织').count()).toBe(0);
    expect(await sideways(page)).toBeLessThanOrEqual(1280);
  });
});
