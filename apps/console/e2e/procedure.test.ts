import { addDays, todayIso } from '@bangfu/domain';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { browserPerTest } from './support/browser.js';
import {
  approvedArchive,
  NOT_TARGET,
  noticePeriod,
  pendingArchive,
  uploadScan,
} from './support/fixtures.js';
import { signIn, signOut } from './support/session.js';

/*
 * The procedure as the notice has it, in real Chromium against the real API: 金水区 (jinshui,
 * the county) approves an archive as 否 — archived and helped, not a 解困脱困对象; 文化路
 * (wenhualu) cannot issue the contact card until the worker has signed the plan; and a household
 * that falls back into difficulty (返困) is publicized and approved again, the notice dialog
 * starting from the period the province set. Each test sets up its archive through the API.
 */

const baseUrl = inject('baseUrl');
const browser = browserPerTest('procedure');
const today = todayIso();
const SCAN_NAME = '帮扶计划签字页.png';

/** Opens a workflow step's dialog, lets `fill` work in it, confirms, and waits for the new state. */
async function act(
  page: Page,
  action: string,
  status: string,
  fill?: (dialog: Locator) => Promise<void>,
) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill?.(dialog);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => page.getByTestId('archive-status').textContent()).toBe(status);
}

/** Signs `user` in (signing out whoever was) and opens the archive's page. */
async function as(page: Page, user: string, archiveId: string) {
  if (page.url() !== 'about:blank') await signOut(page, baseUrl);
  await signIn(page, baseUrl, user);
  await page.goto(`${baseUrl}/#/archives/${archiveId}/show`);
  await page.getByTestId('archive-status').waitFor();
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
}

describe('the procedure as the notice has it', () => {
  it('the county approves a 否: the archive is 已建档 but not a 解困脱困对象', async () => {
    const { page } = browser;
    const archive = await pendingArchive(baseUrl);
    await as(page, 'jinshui', archive.id);
    await act(page, '审批建档', '已建档（帮扶中）', async (dialog) => {
      await dialog.getByRole('radio', { name: '否', exact: true }).check();
    });
    expect(await page.getByTestId('archive-target').textContent()).toBe(
      '建档困难职工（非解困脱困对象）',
    );
    const determination = page.locator('section[aria-label="确定解困脱困对象"]');
    await expect.poll(() => determination.textContent()).toContain('是否为解困脱困对象否');
  });

  it('the contact card waits for the plan the worker signed', async () => {
    const { page } = browser;
    const archive = await approvedArchive(baseUrl, { determination: NOT_TARGET });
    await as(page, 'wenhualu', archive.id);
    await openTab(page, '帮扶计划');
    await page.getByLabel('帮扶单位', { exact: true }).fill('文化路街道办事处');
    await page.getByLabel('帮扶责任人', { exact: true }).fill('赵敏');
    await page.getByLabel('帮扶任务完成时限 *').fill(addDays(today, 200).slice(0, 7));
    // A 否 archive has no measures from the approval: the plan chooses its own.
    await page.getByRole('checkbox', { name: '1. 就业创业发展' }).check();
    await page.getByRole('checkbox', { name: '3. 阳光就业计划' }).check();
    await page.getByRole('button', { name: '制定帮扶计划' }).click();
    await expect
      .poll(() => page.locator('[data-plan-field="personName"]').textContent())
      .toBe('赵敏');

    const card = page.locator('[aria-label="联系卡"]');
    const issue = card.getByRole('button', { name: '登记发放联系卡' });
    await card.getByText('联系卡依据职工签字确认的帮扶计划发放').waitFor();
    expect(await issue.isDisabled()).toBe(true);

    // The signed page is scanned and kept with the archive, then chosen in the plan.
    await uploadScan(baseUrl, archive.wenhualu, archive.id, 'SIGNED_PLAN', SCAN_NAME);
    await page.reload();
    await page.getByLabel('职工签字确认日期').fill(today);
    await page.getByLabel('签字见证人').fill('赵敏');
    await page.getByLabel('签字页扫描件').click();
    await page.getByRole('option', { name: SCAN_NAME }).click();
    await page.getByRole('button', { name: '修改帮扶计划' }).click();
    await expect
      .poll(() => page.locator('[data-plan-field="signedPlanAttachmentId"]').textContent())
      .toBe(SCAN_NAME);
    expect(await page.locator('[data-plan-field="signatureWitness"]').textContent()).toBe('赵敏');

    await expect.poll(() => issue.isDisabled()).toBe(false);
    expect(await card.getByText('联系卡依据职工签字确认的帮扶计划发放').count()).toBe(0);
    await issue.click();
    await expect.poll(() => card.textContent()).toContain(`已于 ${today} 发放`);
  });

  it('the province sets the notice period on its 代码表 page; the unions only read it', async () => {
    const { page } = browser;
    // The period is the province's, shared by the suite: from 7 days, and back when done.
    onTestFinished(await noticePeriod(baseUrl, 7));
    await signIn(page, baseUrl, 'admin', 'bangfu-admin');
    await page.locator('.RaSidebar-fixed').getByText('代码表').click();
    const panel = page.getByRole('region', { name: '全省参数' });
    await panel.getByLabel('公示期天数 *').fill('31');
    await panel.getByRole('button', { name: '保存全省参数' }).click();
    // Past the bound: refused on the spot, nothing saved.
    await expect
      .poll(() => panel.getByLabel('公示期天数 *').getAttribute('aria-invalid'))
      .toBe('true');
    expect(await panel.getByTestId('notice-period').textContent()).toContain('7 天');
    await panel.getByLabel('公示期天数 *').fill('5');
    await panel.getByRole('button', { name: '保存全省参数' }).click();
    await expect.poll(() => panel.getByTestId('notice-period').textContent()).toContain('5 天');

    await signOut(page, baseUrl);
    await signIn(page, baseUrl, 'wenhualu');
    await page.locator('.RaSidebar-fixed').getByText('代码表').click();
    const read = page.getByRole('region', { name: '全省参数' });
    await expect.poll(() => read.getByTestId('notice-period').textContent()).toContain('5 天');
    expect(await read.getByLabel('公示期天数 *').count()).toBe(0);
  });

  it('a household back in difficulty (返困) is publicized and approved again', async () => {
    const { page } = browser;
    // The province has set five days; put back what was there when done.
    onTestFinished(await noticePeriod(baseUrl, 5));
    const archive = await approvedArchive(baseUrl, { determination: NOT_TARGET });
    const archiveId = archive.id;
    await as(page, 'jinshui', archiveId);
    await act(page, '脱困退出', '已脱困/退出', async (dialog) => {
      await dialog.getByLabel('退出说明').fill('再就业，收入稳定。');
    });
    await act(page, '返困重新纳入', '摸底调查/录入中');
    await page.getByText('第 2 个帮扶周期').waitFor();
    // The county cannot publicize: that is the grassroots union's step, after a new application.
    expect(await page.getByRole('button', { name: '开始公示' }).count()).toBe(0);

    // A new round starts from a new application, its scan chosen in the dialog.
    await uploadScan(baseUrl, archive.wenhualu, archiveId, 'APPLICATION', '返困申请书.png');
    await as(page, 'wenhualu', archiveId);
    await act(page, '登记申请', '摸底调查/录入中', async (dialog) => {
      await expect
        .poll(() => dialog.getByLabel('申请书扫描件').textContent())
        .toContain('返困申请书.png');
    });
    await page.getByText(`申请：${today}（本人书面申请）`).waitFor();
    await page.getByRole('button', { name: '开始公示', exact: true }).click();
    const dialog = page.getByRole('dialog');
    // Today, for the five days the province set (the first day counted).
    expect(await dialog.getByLabel('公示开始日期 *').inputValue()).toBe(today);
    await expect
      .poll(() => dialog.getByLabel('公示结束日期 *').inputValue())
      .toBe(addDays(today, 4));
    // Objections go to the union's address and phone; the dialog says when either is missing.
    const { union } = (
      await archive.wenhualu.query(
        'query($id: ID!) { archive(id: $id) { union { address liaisonPhone } } }',
        { id: archiveId },
      )
    ).archive;
    const complete = !!union.address && !!union.liaisonPhone;
    expect(await dialog.getByTestId('notice-contact-warning').count()).toBe(complete ? 0 : 1);
    // This round's notice ran last week (a paper notice entered afterwards).
    await dialog.getByLabel('公示开始日期 *').fill(addDays(today, -8));
    await dialog.getByLabel('公示结束日期 *').fill(addDays(today, -2));
    await dialog.getByRole('button', { name: '开始公示', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('archive-status').textContent()).toBe('公示中');
    await act(page, '提交审批', '待审批');

    await as(page, 'jinshui', archiveId);
    await act(page, '审批建档', '已建档（帮扶中）', async (d) => {
      await d.getByRole('radio', { name: '是', exact: true }).check();
      await d.getByRole('checkbox', { name: '3. 支出性生活困难' }).check();
      await d.getByRole('checkbox', { name: '1. 就业创业发展' }).check();
      await d.getByRole('checkbox', { name: '3. 阳光就业计划' }).check();
    });
    expect(await page.getByTestId('archive-target').textContent()).toBe('解困脱困对象');
    await openTab(page, '历史');
    const actions = page.locator('tr[data-history-action]');
    await expect
      .poll(async () =>
        actions.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-history-action'))),
      )
      .toEqual(
        expect.arrayContaining([
          'reenterArchive',
          'recordApplication',
          'startPublicNotice',
          'submitForApproval',
          'approveArchive',
        ]),
      );
    const order = await actions.evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('data-history-action')),
    );
    // Newest first: the second approval and notice come after the re-entry.
    expect(order.indexOf('approveArchive')).toBeLessThan(order.indexOf('reenterArchive'));
    expect(order.indexOf('startPublicNotice')).toBeLessThan(order.indexOf('reenterArchive'));
  });
});
