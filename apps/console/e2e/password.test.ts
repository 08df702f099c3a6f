import { describe, expect, inject, it } from 'vitest';
import { browserPerTest } from './support/browser.js';
import { unique } from './support/fixtures.js';
import { apiAs } from './support/session.js';

/*
 * First sign-in with a password an admin issued: the console sends the user to 修改密码, says in
 * Chinese what the policy refuses, and lets them in once they have chosen their own.
 */

const baseUrl = inject('baseUrl');
const browser = browserPerTest('password', { timeout: 30_000 });

describe('first sign-in with an issued password', () => {
  it('must change it before anything else, with the policy explained in Chinese', async () => {
    const { page } = browser;
    const username = `e2e-first-${unique()}`;
    const admin = await apiAs(baseUrl, 'admin', 'bangfu-admin');
    const { me } = await admin.query('{ me { union { id } } }');
    const created = await admin.query(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename } }`,
      {
        input: {
          username,
          name: '首次登录',
          password: 'issued-by-admin-1',
          role: 'ANALYST',
          unionId: me.union.id,
        },
      },
    );
    expect(created.createUser.__typename).toBe('User');

    await page.goto(`${baseUrl}/#/login`);
    await page.locator('input[name=username]').fill(username);
    await page.locator('input[name=password]').fill('issued-by-admin-1');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/#\/change-password$/);
    // Any other page sends them back.
    await page.evaluate(() => (location.hash = '#/unions'));
    await expect.poll(() => page.url()).toMatch(/#\/change-password$/);

    const save = page.getByRole('button', { name: '修改密码' });
    const newHelp = page.locator('.ra-input-newPassword .MuiFormHelperText-root');
    await page.getByLabel('当前密码').fill('issued-by-admin-1');
    await page.getByLabel('新密码', { exact: true }).fill('12345678');
    await page.getByLabel('再次输入新密码').fill('12345678');
    await save.click();
    await expect.poll(() => newHelp.textContent()).toContain('密码至少10位');
    await page.getByLabel('新密码', { exact: true }).fill(`my-${username}-pw`);
    await page.getByLabel('再次输入新密码').fill(`my-${username}-pw`);
    await save.click();
    await expect.poll(() => newHelp.textContent()).toContain('密码不能包含登录名');
    // The API's own refusal shows under its input too.
    await page.getByLabel('当前密码').fill('not-the-issued-one');
    await page.getByLabel('新密码', { exact: true }).fill('槐树下的长椅-2026');
    await page.getByLabel('再次输入新密码').fill('槐树下的长椅-2026');
    await save.click();
    const currentHelp = page.locator('.ra-input-currentPassword .MuiFormHelperText-root');
    await expect.poll(() => currentHelp.textContent()).toContain('当前密码不正确');

    await page.getByLabel('当前密码').fill('issued-by-admin-1');
    await save.click();
    await page.locator('.RaSidebar-fixed').waitFor();
    await page.reload();
    await page.locator('.RaSidebar-fixed').waitFor();
    expect(page.url()).not.toMatch(/change-password/);
    // The session is in an HttpOnly cookie: nothing a page script can read holds the token.
    const readable = await page.evaluate(() => ({
      cookie: document.cookie,
      stored: Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`),
    }));
    expect(readable.cookie).not.toContain('bangfu_session');
    expect(JSON.stringify(readable.stored)).not.toMatch(/token/i);
    const cookies = await browser.session.context.cookies();
    expect(cookies.find((c) => c.name === 'bangfu_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });
  });
});
