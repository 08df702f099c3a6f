import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { initialJavaScript } from './support/bundle.js';
import { browserPerTest } from './support/browser.js';
import { describeDownloads, kB, recordScripts, total } from './support/downloads.js';
import { DEMO_PASSWORD, signIn } from './support/session.js';

/*
 * The console's first load, in kB (1000 bytes, as Vite reports) of gzipped JavaScript, counted
 * from what Chromium downloads with an empty cache, so a screen that slips into the wrong chunk
 * shows here, not only in Vite's report (issue 11):
 * - the sign-in page: at most 150;
 * - signing in and opening the archive list (the console, the home page it lands on, the list):
 *   at most 300 more;
 * - a signed-in reload of the archive list, everything at once: at most 390 (384 measured:
 *   React, MUI, react-admin with its router, forms and queries, the resource model; everything
 *   the list does not show at first is loaded on demand), so nothing creeps back unnoticed.
 */

const SIGN_IN_BUDGET = 150_000;
const ARCHIVE_LIST_BUDGET = 300_000;
// 403.7 kB before the bundle diet; 383.5 kB after it (apps/console/README.md, Loading).
const RELOADED_LIST_CEILING = 390_000;

const baseUrl = inject('baseUrl');
// Each test in a browser of its own: an empty cache, nothing downloaded before it starts.
const browser = browserPerTest('bundle-size', { timeout: 30_000 });

/** The sign-in page, freshly opened, with what it downloaded. */
async function openSignInPage(page: Page) {
  const scripts = recordScripts(page);
  await page.goto(`${baseUrl}/`);
  await page.locator('input[name=username]').waitFor();
  await page.waitForLoadState('networkidle');
  return { scripts, downloads: await scripts.take() };
}

it('the built sign-in page preloads no more than the budget (Vite manifest)', () => {
  const { files, gzip } = initialJavaScript(fileURLToPath(new URL('../dist', import.meta.url)));
  console.info(describeDownloads('sign-in page, by the manifest', files));
  expect(gzip).toBeLessThanOrEqual(SIGN_IN_BUDGET);
});

describe('what Chromium downloads', () => {
  it('opens the sign-in page with at most 150 kB gzip of JavaScript', async () => {
    const { downloads } = await openSignInPage(browser.page);
    console.info(describeDownloads('sign-in page', downloads));
    expect(total(downloads)).toBeLessThanOrEqual(SIGN_IN_BUDGET);
  });

  it('signs in and opens the archive list with at most 300 kB gzip more', async () => {
    const { page } = browser;
    const { scripts, downloads: before } = await openSignInPage(page);
    const signInPage = total(before);
    await page.locator('input[name=username]').fill('zhengzhou');
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.locator('.RaSidebar-fixed').getByText('困难职工档案').click();
    await page.locator('tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    const downloads = await scripts.take();
    console.info(describeDownloads('after sign-in, home page and archive list', downloads));
    console.info(
      `sign-in page and then the archive list: ${kB(signInPage + total(downloads))} gzip`,
    );
    expect(total(downloads)).toBeLessThanOrEqual(ARCHIVE_LIST_BUDGET);
  });

  it('reloads the archive list signed in, with an empty cache, within the ceiling', async () => {
    const { page } = browser;
    const scripts = recordScripts(page);
    await signIn(page, baseUrl, 'zhengzhou');
    const cdp = await browser.session.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`${baseUrl}/#/archives`);
    await page.locator('tbody tr').first().waitFor();
    await scripts.take();
    await page.reload();
    await page.locator('tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    const downloads = await scripts.take();
    console.info(describeDownloads('archive list, signed in, empty cache', downloads));
    expect(total(downloads)).toBeLessThanOrEqual(RELOADED_LIST_CEILING);
  });
});
