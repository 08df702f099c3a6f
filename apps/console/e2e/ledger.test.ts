import { formatFen, todayIso } from '@bangfu/domain';
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
import { apiAs, signIn } from './support/session.js';

/*
 * 更正帮扶台账 in Chromium: a wrong entry is corrected from the archive's ledger with a reason;
 * the entry stays, struck through and marked 已更正, next to its reversal and the corrected entry.
 * Its own established archive and entry, set up through the API.
 */

const baseUrl = inject('baseUrl');
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
let archiveId: string;
let entryId: string;

const daysAgo = (days: number) => todayIso(new Date(Date.now() - days * 86_400_000));

async function establishedWithEntry() {
  const wenhualu = await apiAs(baseUrl, 'wenhualu');
  const created = await wenhualu.query(
    `mutation($input: ArchiveInput!) { createArchive(input: $input) {
      __typename ... on ArchivePayload { archive { id } } ... on ValidationError { message } } }`,
    { input: archiveInput('欧阳台账', idNumberFor(77, '1970-03-15')) },
  );
  expect(created.createArchive.__typename, JSON.stringify(created)).toBe('ArchivePayload');
  const id = created.createArchive.archive.id as string;
  const step = async (api: typeof wenhualu, call: string, variables: Record<string, unknown>) => {
    const data = await api.query(
      `mutation($id: ID!${Object.keys(variables)
        .map((k) => `, $${k}: Date!`)
        .join('')}) { r: ${call} { __typename ... on ValidationError { message } } }`,
      { id, ...variables },
    );
    expect(data.r.__typename, JSON.stringify(data)).not.toBe('ValidationError');
  };
  await step(wenhualu, 'recordApplication(id: $id, on: $a, channel: "WRITTEN_APPLICATION")', {
    a: daysAgo(20),
  });
  await step(wenhualu, 'startPublicNotice(id: $id, startsOn: $a, endsOn: $b)', {
    a: daysAgo(14),
    b: daysAgo(7),
  });
  await step(wenhualu, 'submitForApproval(id: $id)', {});
  const jinshui = await apiAs(baseUrl, 'jinshui');
  const approved = await jinshui.query(
    `mutation($id: ID!, $d: DeterminationInput!) { r: approveArchive(id: $id, determination: $d) {
      __typename ... on ValidationError { message } } }`,
    {
      id,
      d: {
        isTarget: true,
        decidedOn: todayIso(),
        keyGroups: ['EXPENDITURE_HARDSHIP'],
        measures: ['SERIOUS_ILLNESS_AND_MUTUAL_AID'],
        actionPlans: ['TARGETED_WARMTH'],
      },
    },
  );
  expect(approved.r.__typename, JSON.stringify(approved)).not.toBe('ValidationError');
  const added = await wenhualu.query(
    `mutation($id: ID!, $input: LedgerEntryInput!) { addLedgerEntry(archiveId: $id, input: $input) {
      __typename ... on LedgerEntryPayload { entry { id } } ... on ValidationError { message } } }`,
    {
      id,
      input: {
        on: todayIso(),
        actionPlan: 'TARGETED_WARMTH',
        description: '春节慰问金',
        amountFen: 500_000,
        by: '王建设',
      },
    },
  );
  expect(added.addLedgerEntry.__typename, JSON.stringify(added)).toBe('LedgerEntryPayload');
  return { id, entry: added.addLedgerEntry.entry.id as string };
}

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(20_000);
  ({ id: archiveId, entry: entryId } = await establishedWithEntry());
  await signIn(page, baseUrl, 'wenhualu');
});

beforeEach((context) => {
  onTestFailed(async () => {
    const file = join(tmpdir(), `bangfu-e2e-ledger-${context.task.name.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`e2e: screenshot of the failure in ${file}`);
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('correcting a ledger entry (更正)', () => {
  it('asks for a reason, then keeps the entry struck through with 已更正 and the reason', async () => {
    await page.goto(`${baseUrl}/#/archives/${archiveId}/show`);
    await page.getByRole('tab', { name: '帮扶台账', exact: true }).click();
    const row = page.getByTestId(`ledger-entry-${entryId}`);
    await row.waitFor();
    await row.getByRole('button', { name: '更正', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();

    // No reason: the dialog stays open with the field's message, nothing is written.
    await dialog.getByLabel('更正后金额（不填则不变）').fill('500');
    await dialog.getByRole('button', { name: '更正', exact: true }).click();
    await dialog.locator('.Mui-error').first().waitFor();
    expect(await dialog.isVisible()).toBe(true);

    await dialog.getByLabel('更正原因 *').fill('金额录入错误，应为 500 元');
    await dialog.getByRole('button', { name: '更正', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => row.textContent()).toContain('已更正');
    expect(await row.textContent()).toContain('金额录入错误，应为 500 元');
    expect(await row.getByRole('button', { name: '更正' }).count()).toBe(0);
    const amount = row.locator('td').nth(3);
    expect(await amount.evaluate((td) => getComputedStyle(td).textDecorationLine)).toBe(
      'line-through',
    );
    await expect
      .poll(() => page.getByTestId('ledger-total').textContent())
      .toContain(formatFen(50_000));
    const table = page.getByRole('table', { name: '帮扶台账' });
    expect(await table.textContent()).toContain(formatFen(-500_000));
    expect(await table.textContent()).toContain('冲销：金额录入错误，应为 500 元');
    expect(await table.textContent()).toContain('更正后记录');

    // And the archive's history says so, with the reason.
    await page.getByRole('tab', { name: '历史', exact: true }).click();
    const reason = page.locator('li[data-change="reason"]').first();
    await reason.waitFor();
    expect(await reason.textContent()).toBe('更正原因：金额录入错误，应为 500 元');
    expect(await page.getByText('更正帮扶台账', { exact: true }).count()).toBeGreaterThan(0);
  });
});
