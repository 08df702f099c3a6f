import type { Page } from 'playwright-core';

/*
 * Signing in, in the browser as a person does and on the API as a script does: tests check in
 * the console what they set up or verify through the API.
 */

export const DEMO_PASSWORD = 'bangfu-demo';

export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  password = DEMO_PASSWORD,
) {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.locator('.RaSidebar-fixed').waitFor();
}

/** Signs out from the user menu (from the home page: print views have no app bar). */
export async function signOut(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/#/`);
  // The app bar hides while scrolling down; at the top it is there.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: '个人信息' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.locator('input[name=username]').waitFor();
}

// Responses are whatever the query asked for; tests read them freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** A GraphQL client for one user of the running server. */
export async function apiAs(baseUrl: string, username: string, password = DEMO_PASSWORD) {
  const call = async (query: string, variables: Json = {}, token?: string): Promise<Json> => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Json; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${username}: ${body.errors[0]!.message}`);
    return body.data!;
  };
  const login = await call(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    {
      u: username,
      p: password,
    },
  );
  const token = login.login.token as string;
  return {
    token,
    query: (query: string, variables: Json = {}) => call(query, variables, token),
  };
}
