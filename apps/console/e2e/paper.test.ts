import { maskName, todayIso } from '@bangfu/domain';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest } from './support/browser.js';
import {
  accepted,
  approvedArchive,
  createArchiveThrough,
  freshIdNumber,
  planThrough,
  uniqueName,
} from './support/fixtures.js';
import { apiAs, signIn } from './support/session.js';

/*
 * Paper in real Chromium against the real API: the contact card and the archive form of an
 * established archive with a plan, opened from its page, printable on A4; the public notice list
 * of a grassroots union, with masked names only. Each test sets up its archive through the API.
 */

const baseUrl = inject('baseUrl');
const browser = browserPerTest('paper', { timeout: 30_000 });

interface Option {
  no: number;
  label: string;
  chosen: boolean;
}

/** An established archive with a plan, so a contact card, as the province reads it. */
async function establishedWithCard() {
  const { id, wenhualu } = await approvedArchive(baseUrl);
  await planThrough(wenhualu, id);
  const admin = await apiAs(baseUrl, 'admin', 'bangfu-admin');
  const { archive } = await admin.query(
    `query($id: ID!) { archive(id: $id) {
      id name idNumber primaryCause revealLog { at }
      contactCard { personInChargeCopy { name assistancePerson deadline }
        workerCopy { measures { no label chosen } actionPlans { no label chosen } } }
    } }`,
    { id },
  );
  expect(archive.contactCard).not.toBeNull();
  return { admin, archive };
}

/** The province on an archive's printed archive form (打印档案表), opened from its page. */
async function openArchiveForm(page: Page, id: string, name: string) {
  await signIn(page, baseUrl, 'admin', 'bangfu-admin');
  await page.goto(`${baseUrl}/#/archives/${id}/show`);
  await page.getByRole('link', { name: '打印档案表' }).click();
  const form = page.getByRole('article', { name: '困难职工档案表' });
  await form.getByRole('cell', { name, exact: true }).waitFor();
  return form;
}

/** The province on an archive's printed contact card (打印联系卡), opened from its page. */
async function openContactCard(page: Page, id: string) {
  await signIn(page, baseUrl, 'admin', 'bangfu-admin');
  await page.goto(`${baseUrl}/#/archives/${id}/show`);
  await page.getByRole('link', { name: '打印联系卡' }).click();
  await expect.poll(() => page.url()).toContain(`/print/archives/${id}/contact-card`);
}

const ticks = (options: Option[]) =>
  options.map((o) => `${o.chosen ? '☑' : '☐'} ${o.no}.${o.label}`);

describe('paper', () => {
  it('prints both copies of the contact card from the archive’s page', async () => {
    const { page } = browser;
    const { archive } = await establishedWithCard();
    const card = archive.contactCard;
    await openContactCard(page, archive.id);

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
    const { page } = browser;
    const { archive } = await establishedWithCard();
    await openContactCard(page, archive.id);
    await page
      .getByRole('region', { name: '联系卡（帮扶责任人存）' })
      .getByRole('cell', { name: archive.name, exact: true })
      .waitFor();
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
    const { page } = browser;
    const { admin, archive } = await establishedWithCard();
    const form = await openArchiveForm(page, archive.id, archive.name);
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
    const { page } = browser;
    const { archive } = await establishedWithCard();
    await openArchiveForm(page, archive.id, archive.name);
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
    const { page } = browser;
    const name = uniqueName('欧阳公示');
    const idNumber = freshIdNumber('1966-06-06');
    const wenhualu = await apiAs(baseUrl, 'wenhualu');
    const { id } = await createArchiveThrough(wenhualu, { name, idNumber });
    const today = todayIso();
    await accepted(
      wenhualu,
      'recordApplication(id: $id, on: $on, channel: "WRITTEN_APPLICATION")',
      { id, on: today },
    );
    await accepted(wenhualu, 'startPublicNotice(id: $id, startsOn: $startsOn, endsOn: $endsOn)', {
      id,
      startsOn: today,
      endsOn: today,
    });

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
