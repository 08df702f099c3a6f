import { addDays, todayIso } from '@bangfu/domain';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest } from './support/browser.js';
import {
  approvedArchive,
  approveThrough,
  createArchiveThrough,
  freshIdNumber,
  ledgerEntryThrough,
  pendingArchive,
  planThrough,
  spotCheckThrough,
  submitThrough,
  uniqueName,
  uploadScan,
} from './support/fixtures.js';
import { apiAs, signIn } from './support/session.js';

/*
 * One archive's whole road in real Chromium against the real API, as the people who do each
 * step: 文化路 (wenhualu) fills in the seed form — a wrong ID number first — and runs the public
 * notice; 金水区 (jinshui) approves with a determination; 文化路 makes the plan and keeps the
 * ledger; 郑州市 (zhengzhou) spot-checks; 金水区 exits it; the history lists every step. Then two
 * browsers edit one archive at once and the second is told, without losing what it typed. Each
 * step starts from an archive the API brought to where that step begins.
 */

const baseUrl = inject('baseUrl');
const browser = browserPerTest('archives');
const today = todayIso();
const daysFromToday = (days: number) => addDays(today, days);
/** A 1×1 PNG: the smallest proof the API accepts as an image. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const showUrl = (id: string) => `${baseUrl}/#/archives/${id}/show`;

async function choose(page: Page, label: string, option: string, scope?: Locator) {
  await (scope ?? page.locator('body')).getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens a workflow step's dialog, fills it with `fill`, confirms it, and waits for the new state. */
async function step(
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
  // The dialog closes once the server has taken the step (a refusal keeps it open).
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => page.getByTestId('archive-status').textContent()).toBe(status);
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Signs `user` in and opens an archive's page. */
async function openAs(page: Page, user: string, id: string) {
  await signIn(page, baseUrl, user);
  await page.goto(showUrl(id));
  await page.getByTestId('archive-status').waitFor();
}

/** The new-archive form with the worker's name and a right ID number born 1980-01-01. */
async function startNewArchive(page: Page) {
  const worker = { name: uniqueName('赵建民'), idNumber: freshIdNumber('1980-01-01') };
  await signIn(page, baseUrl, 'wenhualu');
  await page.goto(`${baseUrl}/#/archives/create`);
  const identity = page.locator('section[aria-label="基本信息"]');
  await identity.getByLabel('姓名 *').fill(worker.name);
  await identity.getByLabel('身份证号 *').fill(worker.idNumber);
  await expect.poll(() => identity.getByLabel('出生日期 *').inputValue()).toBe('1980-01-01');
  return worker;
}

/** The rest of the seed form: money in yuan, a spouse born 1982-03-03, the causes, who filled it. */
async function fillSeedForm(page: Page) {
  await choose(page, '困难类别 *', '深度困难');
  await choose(page, '政治面貌 *', '群众');
  await choose(page, '健康状况 *', '良好');
  await choose(page, '工作状态 *', '失业/无业');
  await choose(page, '住房类型 *', '租房');
  await page.getByLabel('工作时间 *').fill('1999-07-01');
  await choose(page, '所属行业 *', '制造业');
  await choose(page, '婚姻状况 *', '已婚');
  await choose(page, '户口类型 *', '非农业');
  await page.getByLabel('家庭住址 *').fill('郑州市金水区文化路街道纬五路8号院2号楼');
  await page.getByLabel('本人月平均收入 *').fill('1200');
  await page.getByLabel('家庭其他非薪资年收入 *').fill('3000');
  await page.getByLabel('家庭年度总收入 *').fill('24000');
  await page.getByLabel('家庭人口 *').fill('3');
  await page.getByLabel('户口所在地行政区划 *').fill('410105');
  await choose(page, '医保状况 *', '职工基本医疗保险');

  await page.getByRole('button', { name: '添加家庭成员' }).click();
  const member = page.locator('[data-member-row="0"]');
  await member.getByLabel('姓名 *').fill('钱桂兰');
  await choose(page, '关系 *', '配偶', member);
  await member.getByLabel('身份证号').fill(freshIdNumber('1982-03-03', 'female'));
  await page.getByRole('radio', { name: '6. 患重特大疾病' }).check();
  await page.getByRole('checkbox', { name: '3. 下岗失业' }).check();
  await page.getByLabel('建档人 *').fill('王建设');
  await page.getByLabel('审核人 *').fill('刘红');
  return member;
}

describe('an archive from survey to exit', () => {
  it('refuses a wrong ID number in Chinese as it is typed, and fills birth date and sex once it is right', async () => {
    const { page } = browser;
    const workerId = freshIdNumber('1980-01-01');
    await signIn(page, baseUrl, 'wenhualu');
    await page.goto(`${baseUrl}/#/archives/create`);
    const identity = page.locator('section[aria-label="基本信息"]');
    await identity.getByLabel('姓名 *').fill(uniqueName('赵建民'));
    const wrong = workerId.slice(0, 17) + (workerId[17] === '0' ? '1' : '0');
    await identity.getByLabel('身份证号 *').fill(wrong);
    const idHelp = page.locator('.ra-input-idNumber .MuiFormHelperText-root');
    await expect.poll(() => idHelp.textContent()).toContain('身份证号校验位不符');
    expect(await identity.getByLabel('出生日期 *').inputValue()).toBe('');

    await identity.getByLabel('身份证号 *').fill(workerId);
    await expect.poll(() => idHelp.textContent()).toContain('由身份证号读出');
    expect(await identity.getByLabel('出生日期 *').inputValue()).toBe('1980-01-01');
    await expect.poll(() => page.locator('.ra-input-sex').textContent()).toContain('男');
  });

  it('fills in the seed form, money in yuan with the income per member worked out, and a household member', async () => {
    const { page } = browser;
    await startNewArchive(page);
    const member = await fillSeedForm(page);
    await expect
      .poll(() => page.getByTestId('per-member-income').locator('input').inputValue())
      .toBe('¥666.67');
    await expect.poll(() => member.getByLabel('出生日期').inputValue()).toBe('1982-03-03');
    await expect
      .poll(() => member.locator('.ra-input-members\\.0\\.sex').textContent())
      .toContain('女');
    // The primary cause cannot be a secondary one too.
    expect(await page.getByRole('checkbox', { name: '6. 患重特大疾病' }).isDisabled()).toBe(true);
  });

  it('saves, and shows the API’s warnings after saving', async () => {
    const { page } = browser;
    await startNewArchive(page);
    await fillSeedForm(page);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/archives\/[0-9a-f-]{36}\/show/);
    await expect
      .poll(() => page.getByTestId('archive-warnings').textContent())
      .toContain('未填写手机号码');
    await expect
      .poll(() => page.getByTestId('archive-status').textContent())
      .toBe('摸底调查/录入中');
    await page.getByText('钱桂兰').waitFor();
  });

  it('keeps a proof: uploads an image with its type, name and remark, and previews it', async () => {
    const { page } = browser;
    const archive = await createArchiveThrough(await apiAs(baseUrl, 'wenhualu'));
    await openAs(page, 'wenhualu', archive.id);
    await openTab(page, '附件');
    const upload = page.getByTestId('attachment-upload');
    await choose(page, '附件类型 *', '收入证明', upload);
    await page.locator('input[type=file]').setInputFiles({
      name: '收入证明.png',
      mimeType: 'image/png',
      buffer: Buffer.from(PNG, 'base64'),
    });
    expect(await upload.getByLabel('附件名称 *').inputValue()).toBe('收入证明');
    await upload.getByLabel('备注').fill('街道出具');
    await upload.getByRole('button', { name: '上传附件' }).click();
    const row = page.locator('tr[data-attachment="收入证明"]');
    await expect.poll(() => row.textContent()).toContain('街道出具');
    await row.getByRole('button', { name: '预览' }).click();
    const preview = page.getByRole('dialog').getByRole('img', { name: '收入证明' });
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    // The preview is a blob: URL, which the server's Content-Security-Policy must allow.
    expect(browser.session.policyViolations).toEqual([]);
  });

  it('is found in the list by its full ID number', async () => {
    const { page } = browser;
    const archive = await createArchiveThrough(await apiAs(baseUrl, 'wenhualu'));
    await signIn(page, baseUrl, 'wenhualu');
    await page.goto(`${baseUrl}/#/archives`);
    await page.locator('tbody tr').first().waitFor();
    await page.getByLabel('姓名、职工编号或身份证号').fill(archive.idNumber);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('cell', { name: archive.name }).click();
    await page.waitForURL(showUrl(archive.id));
  });

  it('records the worker’s application, runs a public notice with past dates and submits it', async () => {
    const { page } = browser;
    const archive = await createArchiveThrough(await apiAs(baseUrl, 'wenhualu'));
    await openAs(page, 'wenhualu', archive.id);
    await step(page, '登记申请', '摸底调查/录入中', async (dialog) => {
      await dialog.getByLabel('申请日期 *').fill(daysFromToday(-20));
    });
    await step(page, '开始公示', '公示中', async (dialog) => {
      await dialog.getByLabel('公示开始日期 *').fill(daysFromToday(-14));
      await dialog.getByLabel('公示结束日期 *').fill(daysFromToday(-7));
    });
    await step(page, '提交审批', '待审批');
    // The grassroots union cannot approve its own archive.
    expect(await page.getByRole('button', { name: '审批建档' }).count()).toBe(0);
  });

  it('is approved by the county union with a determination', async () => {
    const { page } = browser;
    const archive = await pendingArchive(baseUrl);
    await openAs(page, 'jinshui', archive.id);
    await step(page, '审批建档', '已建档（帮扶中）', async (dialog) => {
      await dialog.getByRole('checkbox', { name: '3. 支出性生活困难' }).check();
      await dialog.getByRole('checkbox', { name: '3. 纳入大病保险和医疗互助保险保障' }).check();
      await dialog.getByRole('checkbox', { name: '4. 职工医疗互助计划' }).check();
    });
    await page
      .locator('section[aria-label="确定解困脱困对象"]')
      .getByText('支出性生活困难')
      .waitFor();
  });

  it('shows a masked ID number in full on request, after saying the reveal is logged', async () => {
    const { page } = browser;
    const archive = await approvedArchive(baseUrl);
    await openAs(page, 'jinshui', archive.id);
    const identity = page.locator('section[aria-label="基本信息"]');
    await expect
      .poll(() => identity.textContent())
      .toContain(`${archive.idNumber.slice(0, 6)}********`);
    await identity.getByRole('button', { name: /查看完整号码：身份证号/ }).click();
    await page.getByRole('dialog').getByText('都会被记录').waitFor();
    await page.getByRole('button', { name: '确认查看（将被记录）' }).click();
    await identity.getByText(archive.idNumber).waitFor();
    await expect.poll(() => page.getByTestId('reveal-log').textContent()).toContain('jinshui');
  });

  it('gets a plan and a ledger entry from its grassroots union', async () => {
    const { page } = browser;
    const archive = await approvedArchive(baseUrl);
    await openAs(page, 'wenhualu', archive.id);
    await openTab(page, '帮扶计划');
    await page.getByLabel('帮扶单位', { exact: true }).fill('文化路街道办事处');
    await page.getByLabel('帮扶责任人', { exact: true }).fill('赵敏');
    await page.getByLabel('帮扶任务完成时限 *').fill('2027-06');
    await page.getByRole('button', { name: '制定帮扶计划' }).click();
    await expect
      .poll(() => page.locator('[data-plan-field="personName"]').textContent())
      .toBe('赵敏');

    await openTab(page, '帮扶台账');
    await page.getByLabel('金额或物资折价 *').fill('500');
    await page.getByLabel('帮扶内容 *').fill('送温暖慰问金');
    await page.getByRole('button', { name: '登记帮扶台账' }).click();
    await page.getByRole('cell', { name: '送温暖慰问金' }).waitFor();
    await expect.poll(() => page.getByTestId('ledger-total').textContent()).toContain('¥500.00');
  });

  it('is spot-checked by the city union', async () => {
    const { page } = browser;
    const archive = await approvedArchive(baseUrl);
    await openAs(page, 'zhengzhou', archive.id);
    await openTab(page, '抽查核实');
    await page.getByLabel('抽查说明').fill('入户核实，情况属实。');
    await page.getByRole('button', { name: '登记抽查核实' }).click();
    await page.getByRole('cell', { name: '入户核实，情况属实。' }).waitFor();
  });

  it('exits through the county union, and the history lists every step', async () => {
    const { page } = browser;
    // Every step before the exit, in the order people take them, through the API.
    const wenhualu = await apiAs(baseUrl, 'wenhualu');
    const archive = await createArchiveThrough(wenhualu);
    await uploadScan(baseUrl, wenhualu, archive.id, 'INCOME_PROOF', '收入证明.png');
    await submitThrough(wenhualu, archive.id);
    const jinshui = await apiAs(baseUrl, 'jinshui');
    await approveThrough(jinshui, archive.id);
    await planThrough(wenhualu, archive.id);
    await ledgerEntryThrough(wenhualu, archive.id, {
      actionPlan: 'TARGETED_WARMTH',
      description: '送温暖慰问金',
      amountFen: 50_000,
    });
    await spotCheckThrough(await apiAs(baseUrl, 'zhengzhou'), archive.id);

    await openAs(page, 'jinshui', archive.id);
    await step(page, '脱困退出', '已脱困/退出', async (dialog) => {
      await dialog.getByLabel('退出说明').fill('再就业，收入稳定。');
    });
    await openTab(page, '历史');
    const actions = page.locator('tr[data-history-action]');
    await expect
      .poll(async () =>
        actions.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-history-action'))),
      )
      .toEqual([
        'exitArchive',
        'SPOT_CHECK',
        'ADD_LEDGER_ENTRY',
        'CREATE_PLAN',
        'approveArchive',
        'submitForApproval',
        'startPublicNotice',
        'recordApplication',
        'ATTACHMENT_ADDED',
        'CREATE',
      ]);
    const exit = page.locator('tr[data-history-action="exitArchive"]');
    expect(await exit.textContent()).toMatch(/脱困退出.*档案状态：已建档（帮扶中） → 已脱困\/退出/);
    expect(await page.locator('tr[data-history-action="CREATE"]').textContent()).toContain(
      archive.name,
    );
  });
});

/** A draft like one a worker's union typed in: a mobile number, living alone, renting. */
const draftOf = (name: string, idNumber: string) => ({
  name,
  idNumber,
  hardshipCategory: 'RELATIVE',
  housingType: 'RENTED',
  mobile: '13812345678',
  maritalStatus: 'MARRIED',
  address: '郑州市金水区文化路街道丰产路3号',
  monthlyIncomeFen: 150000,
  householdAnnualIncomeFen: 1800000,
});

describe('editing an archive others may be editing too', () => {
  it('tells the second one, keeps what they typed, and lets them overwrite after comparing', async () => {
    const { page } = browser;
    const before = uniqueName('孙立国');
    const after = uniqueName('孙立新');
    const { id } = await createArchiveThrough(
      await apiAs(baseUrl, 'wenhualu'),
      draftOf(before, freshIdNumber()),
    );
    const other = (await browser.open()).page;
    await signIn(page, baseUrl, 'wenhualu');
    await signIn(other, baseUrl, 'wenhualu');
    for (const p of [page, other]) {
      await p.goto(`${baseUrl}/#/archives/${id}`);
      await p.getByLabel('家庭住址 *').waitFor();
    }
    // The mobile number comes masked and is sent back untouched: the API keeps the stored one.
    expect(await page.getByLabel('手机号码').inputValue()).toBe('138****5678');

    await page.locator('section[aria-label="基本信息"]').getByLabel('姓名 *').fill(after);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/show/);

    const typed = '郑州市金水区文化路街道丰产路5号院1号楼';
    await other.getByLabel('家庭住址 *').fill(typed);
    await other.getByRole('button', { name: '保存' }).click();
    const conflict = other.getByTestId('version-conflict');
    await expect.poll(() => conflict.textContent()).toContain('该档案已被他人修改');
    expect(await other.getByLabel('家庭住址 *').inputValue()).toBe(typed);
    expect(other.url()).not.toMatch(/\/show/);

    await conflict.getByRole('button', { name: '对照最新版本' }).click();
    const compare = other.getByRole('dialog');
    await expect
      .poll(() => compare.locator('tr[data-field="name"]').textContent())
      .toBe(`姓名${before}${after}`);
    expect(await compare.locator('tr[data-field="address"]').textContent()).toContain(typed);
    await compare.getByRole('button', { name: '以我的内容覆盖保存' }).click();
    await other.waitForURL(/\/show/);
    await other.getByText(typed).waitFor();
    await other.getByText('138****5678').waitFor();
  });

  it('puts the API’s own refusal on its input: an ID number with a live archive elsewhere', async () => {
    const { page } = browser;
    const wenhualu = await apiAs(baseUrl, 'wenhualu');
    const { id } = await createArchiveThrough(
      wenhualu,
      draftOf(uniqueName('孙立国'), freshIdNumber()),
    );
    const held = freshIdNumber();
    await createArchiveThrough(wenhualu, draftOf(uniqueName('周立平'), held));
    await signIn(page, baseUrl, 'wenhualu');
    await page.goto(`${baseUrl}/#/archives/${id}`);
    await page.getByLabel('身份证号 *').fill(held);
    await page.getByRole('button', { name: '保存' }).click();
    const help = page.locator('.ra-input-idNumber .MuiFormHelperText-root');
    await expect.poll(() => help.textContent()).toContain('一人只能有一份在档档案');
    expect(page.url()).not.toMatch(/\/show/);
  });
});
