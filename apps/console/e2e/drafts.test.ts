import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { archiveInput } from './support/archive-input.js';
import { browserPerTest, UNSAVED_CHANGES } from './support/browser.js';
import { createArchiveThrough, freshIdNumber, uniqueName } from './support/fixtures.js';
import { apiAs, signIn, signOut } from './support/session.js';

/*
 * Never losing what was typed, in real Chromium: the archive form keeps a draft in the browser
 * as people type; a reload offers it back (恢复草稿), saving removes it, leaving a changed form
 * asks first, signing out removes it, and an edit draft typed on an older version opens in the
 * version-conflict review rather than overwrite anyone. Each test starts from an empty browser.
 */

const baseUrl = inject('baseUrl');
const browser = browserPerTest('drafts');

/** The stored draft of `archive` ('new' or an id) for whoever is signed in, as text. */
function storedDraft(page: Page, archive: string): Promise<string | null> {
  return page.evaluate((suffix) => {
    const key = Object.keys(localStorage).find(
      (k) => k.startsWith('bangfu.draft.') && k.endsWith(`.${suffix}`),
    );
    return key ? localStorage.getItem(key) : null;
  }, archive);
}

async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const identity = (page: Page) => page.locator('section[aria-label="基本信息"]');
const ADDRESS = '郑州市金水区文化路街道农业路16号院3号楼';

/** 文化路's new-archive form with a worker's name, ID number, category and address typed in. */
async function typeNewArchive(page: Page) {
  const worker = { name: uniqueName('冯德胜'), idNumber: freshIdNumber('1972-09-18') };
  await signIn(page, baseUrl, 'wenhualu');
  await page.goto(`${baseUrl}/#/archives/create`);
  await identity(page).getByLabel('姓名 *').fill(worker.name);
  await identity(page).getByLabel('身份证号 *').fill(worker.idNumber);
  await choose(page, '困难类别 *', '深度困难');
  await page.getByLabel('家庭住址 *').fill(ADDRESS);
  await expect.poll(() => storedDraft(page, 'new')).toContain(ADDRESS);
  return worker;
}

describe('a draft of a new archive', () => {
  it('is kept as it is typed and offered back after a reload', async () => {
    const { page } = browser;
    const worker = await typeNewArchive(page);

    await page.reload();
    const offer = page.getByTestId('draft-offer');
    await offer.getByRole('button', { name: '恢复草稿' }).click();
    await offer.waitFor({ state: 'detached' });
    expect(await identity(page).getByLabel('姓名 *').inputValue()).toBe(worker.name);
    expect(await identity(page).getByLabel('身份证号 *').inputValue()).toBe(worker.idNumber);
    expect(await identity(page).getByLabel('出生日期 *').inputValue()).toBe('1972-09-18');
    expect(await page.getByLabel('家庭住址 *').inputValue()).toBe(ADDRESS);
    expect(await page.locator('.ra-input-hardshipCategory').textContent()).toContain('深度困难');
  });

  it('is removed once the archive is saved', async () => {
    const { page } = browser;
    await typeNewArchive(page);
    await choose(page, '政治面貌 *', '群众');
    await choose(page, '健康状况 *', '良好');
    await choose(page, '工作状态 *', '失业/无业');
    await choose(page, '住房类型 *', '租房');
    await page.getByLabel('工作时间 *').fill('1992-07-01');
    await choose(page, '所属行业 *', '制造业');
    await choose(page, '婚姻状况 *', '未婚');
    await choose(page, '户口类型 *', '非农业');
    await page.getByLabel('本人月平均收入 *').fill('900');
    await page.getByLabel('家庭其他非薪资年收入 *').fill('0');
    await page.getByLabel('家庭年度总收入 *').fill('10800');
    await page.getByLabel('家庭人口 *').fill('1');
    await page.getByLabel('户口所在地行政区划 *').fill('410105');
    await choose(page, '医保状况 *', '职工基本医疗保险');
    await page.getByRole('radio', { name: '3. 下岗失业' }).check();
    await page.getByLabel('建档人 *').fill('王建设');
    await page.getByLabel('审核人 *').fill('刘红');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/archives\/[0-9a-f-]{36}\/show/);
    await page.getByText(ADDRESS).waitFor();
    expect(await storedDraft(page, 'new')).toBeNull();

    await page.goto(`${baseUrl}/#/archives/create`);
    await identity(page).getByLabel('姓名 *').waitFor();
    expect(await page.getByTestId('draft-offer').count()).toBe(0);
  });

  it('asks before leaving a changed form, keeps the draft, and can be discarded', async () => {
    const { page } = browser;
    await signIn(page, baseUrl, 'wenhualu');
    await page.goto(`${baseUrl}/#/archives/create`);
    await identity(page).getByLabel('姓名 *').fill('褚明');
    await expect.poll(() => storedDraft(page, 'new')).toContain('褚明');
    const asked = browser.session.leaveQuestions.length;
    await page.locator('.RaSidebar-fixed').getByText('困难职工档案').click();
    await page.waitForURL(/#\/archives$/);
    // Left for good: the list is on the screen, the form gone.
    await page.locator('.RaList-main').waitFor();
    await identity(page).waitFor({ state: 'detached' });
    expect(browser.session.leaveQuestions.slice(asked)).toEqual([UNSAVED_CHANGES[0]]);

    await page.goto(`${baseUrl}/#/archives/create`);
    await page.getByTestId('draft-offer').getByRole('button', { name: '丢弃草稿' }).click();
    expect(await storedDraft(page, 'new')).toBeNull();
    expect(await identity(page).getByLabel('姓名 *').inputValue()).toBe('');
  });

  it('is removed on signing out', async () => {
    const { page } = browser;
    await signIn(page, baseUrl, 'wenhualu');
    await page.goto(`${baseUrl}/#/archives/create`);
    await identity(page).getByLabel('姓名 *').fill('卫东');
    await expect.poll(() => storedDraft(page, 'new')).toContain('卫东');
    await signOut(page, baseUrl);
    await signIn(page, baseUrl, 'wenhualu');
    await page.goto(`${baseUrl}/#/archives/create`);
    await identity(page).getByLabel('姓名 *').waitFor();
    expect(await page.getByTestId('draft-offer').count()).toBe(0);
    expect(await storedDraft(page, 'new')).toBeNull();
  });
});

describe('a draft of an archive someone changed meanwhile', () => {
  it('opens in the version-conflict review and overwrites nothing on its own', async () => {
    const { page } = browser;
    const api = await apiAs(baseUrl, 'wenhualu');
    const { id, version, name, idNumber } = await createArchiveThrough(api, {
      name: uniqueName('蒋文华'),
    });

    await signIn(page, baseUrl, 'wenhualu');
    await page.goto(`${baseUrl}/#/archives/${id}`);
    const mine = '郑州市金水区文化路街道东风路1号';
    await page.getByLabel('家庭住址 *').fill(mine);
    await expect.poll(() => storedDraft(page, id)).toContain(mine);

    const theirs = '郑州市金水区文化路街道黄河路9号';
    const updated = await api.query(
      `mutation($id: ID!, $version: Int!, $input: ArchiveInput!) {
        updateArchive(id: $id, version: $version, input: $input) {
          ... on ArchivePayload { archive { version } } ... on ValidationError { message } } }`,
      {
        id,
        version,
        input: { ...archiveInput(name, idNumber), address: theirs },
      },
    );
    expect(updated.updateArchive.archive.version).toBe(version + 1);

    await page.reload();
    await page.getByTestId('draft-offer').getByRole('button', { name: '恢复草稿' }).click();
    const conflict = page.getByTestId('version-conflict');
    await conflict.waitFor();
    expect(await page.getByLabel('家庭住址 *').inputValue()).toBe(mine);

    // Saving as usual is refused (the draft's version): theirs stays until mine is chosen.
    await page.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(() => conflict.getByRole('button', { name: '对照最新版本' }).isEnabled())
      .toBe(true);
    expect(page.url()).not.toMatch(/\/show/);
    const stored = await api.query(`query($id: ID!) { archive(id: $id) { address } }`, { id });
    expect(stored.archive.address).toBe(theirs);

    await conflict.getByRole('button', { name: '对照最新版本' }).click();
    const compare = page.getByRole('dialog');
    expect(await compare.locator('tr[data-field="address"]').textContent()).toContain(mine);
    await compare.getByRole('button', { name: '以我的内容覆盖保存' }).click();
    await page.waitForURL(/\/show/);
    await page.getByText(mine).waitFor();
    expect(await storedDraft(page, id)).toBeNull();
  });
});
