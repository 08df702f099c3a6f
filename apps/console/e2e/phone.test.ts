import { maskName } from '@bangfu/domain';
import type { Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  inject,
  it,
  onTestFailed,
} from 'vitest';
import { archiveInput, idNumberFor } from './support/archive-input.js';
import { openBrowser } from './support/browser.js';
import { apiAs, DEMO_PASSWORD } from './support/session.js';

/*
 * A phone (390×844) is a first-class screen: the archive list is a list of lines with the
 * filters and the union tree in a drawer; an archive's page, its workflow dialogs and the form
 * are one column; nothing scrolls sideways. A 1280 px desktop keeps its table and tree.
 */

const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 };
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
let archive: { id: string; number: string };
const NAME = '韩玉珍';

const sideways = () => page.evaluate(() => document.documentElement.scrollWidth);

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(20_000);
  const api = await apiAs(baseUrl, 'wenhualu');
  const created = await api.query(
    `mutation($input: ArchiveInput!) { createArchive(input: $input) {
      ... on ArchivePayload { archive { id number } } ... on ValidationError { message } } }`,
    { input: archiveInput(NAME, idNumberFor(61, '1975-05-20')) },
  );
  archive = created.createArchive.archive as { id: string; number: string };
  if (!archive) throw new Error(created.createArchive.message);
  // Signed in on the phone, as its owner would: the menu stays folded away.
  await page.setViewportSize(PHONE);
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name=username]').fill('wenhualu');
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('button', { name: '个人信息' }).waitFor();
});

beforeEach((context) => {
  onTestFailed(async () => {
    const file = join(tmpdir(), `bangfu-e2e-phone-${context.task.name.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`e2e: screenshot of the failure in ${file}`);
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('on a phone', () => {
  it('lists archives as lines, with the filters and the union tree in a drawer', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/#/archives`);
    const line = page.locator('.RaList-main li a', { hasText: archive.number });
    await line.waitFor();
    expect(await line.textContent()).toContain(maskName(NAME));
    expect(await line.textContent()).not.toContain(NAME);
    expect(await line.textContent()).toContain('摸底调查/录入中');
    expect(await page.locator('table').count()).toBe(0);
    expect(await sideways()).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: '筛选' }).click();
    const drawer = page.locator('.MuiDrawer-paper');
    await drawer.getByText('工会组织').waitFor();
    await drawer.getByLabel('姓名、职工编号或身份证号').fill(archive.number);
    await expect.poll(() => page.locator('.RaList-main li a').count()).toBe(1);
    await drawer.getByRole('button', { name: '关闭' }).click();
    await drawer.waitFor({ state: 'detached' });
    expect(await sideways()).toBeLessThanOrEqual(PHONE.width);
  });

  it('shows an archive in one column, print buttons with their words, dialogs full screen', async () => {
    await page.setViewportSize(PHONE);
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
    expect(await sideways()).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: '登记申请', exact: true }).click();
    const dialog = page.locator('.MuiDialog-paper');
    await dialog.getByLabel('申请日期 *').waitFor();
    const width = await dialog.evaluate((d) => d.getBoundingClientRect().width);
    expect(width).toBe(PHONE.width);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('fills in a new archive without sideways scrolling, household members included', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/#/archives/create`);
    await page.getByLabel('家庭住址 *').waitFor();
    expect(await sideways()).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: '添加家庭成员' }).click();
    await page.locator('[data-member-row="0"]').getByLabel('姓名 *').fill('韩小明');
    expect(await sideways()).toBeLessThanOrEqual(PHONE.width);
  });
});

describe('on a 1280 px desktop', () => {
  it('keeps the table, the filters above it and the union tree beside it', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/#/archives`);
    await page.getByRole('cell', { name: archive.number }).waitFor();
    await page.getByLabel('姓名、职工编号或身份证号').waitFor();
    await page.getByLabel('工会组织').waitFor();
    expect(await page.locator('.RaList-main li a').count()).toBe(0);
    expect(await page.locator('.MuiDrawer-paper').getByLabel('工会组织').count()).toBe(0);
    expect(await sideways()).toBeLessThanOrEqual(1280);
  });
});
