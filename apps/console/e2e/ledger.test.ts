import { formatFen } from '@bangfu/domain';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest } from './support/browser.js';
import { approvedArchive, ledgerEntryThrough } from './support/fixtures.js';
import { signIn } from './support/session.js';

/*
 * 更正帮扶台账 in Chromium: a wrong entry is corrected from the archive's ledger with a reason;
 * the entry stays, struck through and marked 已更正, next to its reversal and the corrected entry.
 * Its own established archive and entry, set up through the API.
 */

const baseUrl = inject('baseUrl');
const browser = browserPerTest('ledger');

describe('correcting a ledger entry (更正)', () => {
  it('asks for a reason, then keeps the entry struck through with 已更正 and the reason', async () => {
    const { page } = browser;
    const archive = await approvedArchive(baseUrl);
    const entryId = await ledgerEntryThrough(archive.wenhualu, archive.id, {
      actionPlan: 'TARGETED_WARMTH',
      description: '春节慰问金',
      amountFen: 500_000,
    });
    await signIn(page, baseUrl, 'wenhualu');
    await page.goto(`${baseUrl}/#/archives/${archive.id}/show`);
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
