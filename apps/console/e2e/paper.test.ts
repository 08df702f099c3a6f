import { maskName, todayIso } from '@bangfu/domain';
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
import { apiAs, signIn, signOut } from './support/session.js';

/*
 * Paper in real Chromium against the real API: the contact card and the archive form of an
 * established demo archive, opened from its page, printable on A4; the public notice list of a
 * grassroots union, with masked names only.
 */

const baseUrl = inject('baseUrl');
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(30_000);
});

beforeEach((context) => {
  onTestFailed(async () => {
    const file = join(tmpdir(), `bangfu-e2e-paper-${context.task.name.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`e2e: screenshot of the failure in ${file}`);
  });
});

afterAll(async () => {
  await browser?.close();
});

interface Option {
  no: number;
  label: string;
  chosen: boolean;
}

/** An established demo archive with its contact card, as the API reports it. */
async function establishedWithCard() {
  const admin = await apiAs(baseUrl, 'admin', 'bangfu-admin');
  const data =
    await admin.query(`{ archives(first: 50, filter: { status: ESTABLISHED }) { edges { node {
    id name idNumber primaryCause revealLog { at }
    contactCard { personInChargeCopy { name assistancePerson deadline }
      workerCopy { measures { no label chosen } actionPlans { no label chosen } } }
  } } } }`);
  const found = (data.archives.edges as { node: Record<string, unknown> }[])
    .map((e) => e.node)
    .find((n) => n.contactCard);
  if (!found) throw new Error('the demo data has no established archive with a contact card');
  return { admin, archive: found as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const ticks = (options: Option[]) =>
  options.map((o) => `${o.chosen ? '☑' : '☐'} ${o.no}.${o.label}`);

describe('paper', () => {
  it('prints both copies of the contact card from the archive’s page', async () => {
    const { archive } = await establishedWithCard();
    const card = archive.contactCard;
    await signIn(page, baseUrl, 'admin', 'bangfu-admin');
    await page.goto(`${baseUrl}/#/archives/${archive.id}/show`);
    await page.getByRole('link', { name: '打印联系卡' }).click();
    await expect.poll(() => page.url()).toContain(`/print/archives/${archive.id}/contact-card`);

    const kept = page.getByRole('region', { name: '联系卡（帮扶责任人存）' });
    await kept.getByRole('cell', { name: archive.name, exact: true }).waitFor();
    const row = (label: string) =>
      kept.locator('tr', { has: page.locator('th', { hasText: label }) });
    expect(await row('帮扶单位').textContent()).toContain(card.personInChargeCopy.assistancePerson);
    expect(await row('帮扶任务完成时限').textContent()).toContain(card.personInChargeCopy.deadline);
    expect(card.personInChargeCopy.deadline).toMatch(/^\d{4} 年 \d{2} 月底前实现解困脱困$/);

    const worker = page.getByRole('region', { name: '联系卡（困难职工存）' });
    const measures = await worker.locator('td[aria-label=解困脱困措施选项]').textContent();
    for (const line of ticks(card.workerCopy.measures)) expect(measures).toContain(line);
    expect(card.workerCopy.measures.some((o: Option) => o.chosen)).toBe(true);
    const plans = await worker.locator('td[aria-label=解困脱困计划选项]').textContent();
    for (const line of ticks(card.workerCopy.actionPlans)) expect(plans).toContain(line);
  });

  it('prints on A4 with only the sheet: no toolbar on paper, one A4 page as PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByRole('toolbar').isVisible()).toBe(false);
      expect(await page.getByRole('article').isVisible()).toBe(true);
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const pages = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
      expect(pages).toHaveLength(1);
      // A4 is 210 × 297 mm: 595 × 842 points.
      expect(Number(pages[0]![1])).toBeCloseTo(595, 0);
      expect(Number(pages[0]![2])).toBeCloseTo(842, 0);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await page.getByRole('toolbar').isVisible()).toBe(true);
  });

  it('prints the archive form with numbers masked until revealed, each reveal logged', async () => {
    const { admin, archive } = await establishedWithCard();
    await page.goto(`${baseUrl}/#/archives/${archive.id}/show`);
    await page.getByRole('link', { name: '打印档案表' }).click();
    const form = page.getByRole('article', { name: '困难职工档案表' });
    await form.getByRole('cell', { name: archive.name, exact: true }).waitFor();
    const idCell = form.locator('td[data-field=idNumber]');
    expect(await idCell.textContent()).toBe(archive.idNumber);
    expect(archive.idNumber).toMatch(/\*{8}/);
    // 职工签字 stays empty for the worker's ink; what the seed has no cell for goes below it.
    expect(await form.getByLabel('职工签字处').textContent()).toBe('');
    const supplement = form.getByRole('region', { name: '补充信息' });
    expect(await supplement.textContent()).toContain('残疾等级');
    expect(await form.locator('td[data-field=medicalInsurance]').textContent()).not.toContain(
      '大病保险',
    );
    const causes = await form.getByRole('table', { name: '致困原因' }).textContent();
    expect(causes).toMatch(/☑ \d+\.[^☐☑]+（主要）/);
    expect(causes).toContain('主要致困原因（限选一项）：');

    await page.getByRole('button', { name: '显示完整号码（查看留痕）' }).click();
    await expect.poll(() => idCell.textContent()).toMatch(/^\d{17}[\dX]$/);
    const after = await admin.query(
      'query($id: ID!) { archive(id: $id) { revealLog { field } } }',
      { id: archive.id },
    );
    expect(after.archive.revealLog.length).toBeGreaterThan(archive.revealLog.length);
  });

  it('prints the archive form on one A4 page, 补充信息 included', async () => {
    // Still on the archive form of the test before.
    await page.getByRole('region', { name: '补充信息' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    try {
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const pages = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
      expect(pages).toHaveLength(1);
      expect(Number(pages[0]![1])).toBeCloseTo(595, 0);
      expect(Number(pages[0]![2])).toBeCloseTo(842, 0);
      const mm = await page
        .getByRole('article', { name: '困难职工档案表' })
        .evaluate((el) => el.getBoundingClientRect().height / (96 / 25.4));
      console.info(`e2e: printed archive form is ${mm.toFixed(0)} mm of A4's 271 mm`);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('shows the public notice list with masked names only, ready to print', async () => {
    const name = '欧阳公示';
    const idNumber = idNumberFor(1, '1966-06-06');
    const wenhualu = await apiAs(baseUrl, 'wenhualu');
    const created = await wenhualu.query(
      `mutation($input: ArchiveInput!) { createArchive(input: $input) {
        __typename ... on ArchivePayload { archive { id } } ... on ValidationError { message } } }`,
      { input: archiveInput(name, idNumber) },
    );
    expect(created.createArchive.__typename, JSON.stringify(created)).toBe('ArchivePayload');
    const today = todayIso();
    const applied = await wenhualu.query(
      `mutation($id: ID!, $on: Date!) { recordApplication(id: $id, on: $on, channel: "WRITTEN_APPLICATION") {
        __typename ... on ValidationError { message } } }`,
      { id: created.createArchive.archive.id, on: today },
    );
    expect(applied.recordApplication.__typename, JSON.stringify(applied)).toBe('Archive');
    const notice = await wenhualu.query(
      `mutation($id: ID!, $on: Date!) { startPublicNotice(id: $id, startsOn: $on, endsOn: $on) {
        __typename ... on ValidationError { message } } }`,
      { id: created.createArchive.archive.id, on: today },
    );
    expect(notice.startPublicNotice.__typename, JSON.stringify(notice)).toBe('Archive');

    await signOut(page, baseUrl);
    await signIn(page, baseUrl, 'wenhualu');
    await page.locator('.RaSidebar-fixed').getByText('公示名单').click();
    const list = page.getByRole('article', { name: '公示名单' });
    const table = list.getByRole('table', { name: '公示对象' });
    await table.getByText(maskName(name)).waitFor();
    const text = (await list.textContent())!;
    expect(text).toContain('金水区文化路街道总工会');
    expect(text).not.toContain(name);
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain(idNumber.slice(6, 14));
    expect(text).not.toContain('纬五路');
    expect(text).not.toContain('¥');

    await page.getByRole('link', { name: '打印公示名单' }).click();
    await expect.poll(() => page.url()).toContain('/print/public-notice');
    await page.getByRole('article', { name: '公示名单' }).getByText(maskName(name)).waitFor();
    await page.getByRole('button', { name: '打印' }).waitFor();
  });
});
