import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Dialog,
  type Page,
  type ViewportSize,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/** Debian's Chromium (never a downloaded build), headless. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export const DESKTOP: ViewportSize = { width: 1400, height: 900 };

/** react-admin's question on leaving a changed form (ra.message.unsaved_changes), zh and en. */
export const UNSAVED_CHANGES = [
  '有些修改还没有保存，确定要放弃吗？',
  "Some of your changes weren't saved. Are you sure you want to ignore them?",
];

/**
 * Leaving a changed form asks first (a confirm in the app, beforeunload on a reload). Tests
 * that leave one behind go on as a person answering "leave" would; every other dialog is
 * dismissed, as Playwright does when nobody listens. `seen` lists the questions asked.
 */
function leaveChangedForms(page: Page, seen: string[]) {
  page.on('dialog', (dialog: Dialog) => {
    const leaving =
      dialog.type() === 'beforeunload' ||
      (dialog.type() === 'confirm' && UNSAVED_CHANGES.includes(dialog.message()));
    if (!leaving) return void dialog.dismiss().catch(() => undefined);
    seen.push(dialog.type() === 'beforeunload' ? 'beforeunload' : dialog.message());
    void dialog.accept().catch(() => undefined);
  });
}

/** One person's browser: its own cookies, storage and cache, nothing shared with other tests. */
export interface Session {
  context: BrowserContext;
  page: Page;
  /** The questions about leaving a changed form asked so far, in order. */
  leaveQuestions: string[];
  /** What Chromium refused under the server's Content-Security-Policy, as it reported it. */
  policyViolations: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  viewport?: ViewportSize;
  /** How long a step waits for what it awaits before the test fails. */
  timeout?: number;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export async function openSession(
  browser: Browser,
  { viewport = DESKTOP, timeout = 20_000 }: SessionOptions = {},
): Promise<Session> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport, acceptDownloads: true });
  const policyViolations: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  const leaveQuestions: string[] = [];
  context.on('page', (page) => leaveChangedForms(page, leaveQuestions));
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  return { context, page, leaveQuestions, policyViolations, close: () => context.close() };
}

/**
 * One Chromium for a test file and a fresh session (context and page) for each test, so a test
 * starts signed out with empty storage whatever ran before it, and can run alone. A failing test
 * leaves a screenshot of its page behind, named in the failure output. `browser.session` is the
 * current test's; `browser.open()` gives a test a second person's browser, closed with it.
 */
export function browserPerTest(file: string, options: SessionOptions = {}) {
  let chromiumBrowser: Browser | undefined;
  let extra: Session[] = [];
  const state = {
    session: undefined as unknown as Session,
    get page(): Page {
      return state.session.page;
    },
    async open(more: SessionOptions = {}): Promise<Session> {
      const session = await openSession(chromiumBrowser!, { ...options, ...more });
      extra.push(session);
      return session;
    },
  };
  beforeAll(async () => {
    chromiumBrowser = await launchChromium();
  });
  beforeEach(async () => {
    state.session = await openSession(chromiumBrowser!, options);
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      for (const [i, session] of [state.session, ...extra].entries()) {
        const name = `${file}-${context.task.name}${i ? `-${i + 1}` : ''}`.replace(/\W+/g, '-');
        const shot = join(tmpdir(), `bangfu-e2e-${name}.png`);
        await session.page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
        console.error(`e2e: screenshot of the failure in ${shot}`);
      }
    }
    await Promise.all([state.session, ...extra].map((s) => s?.close().catch(() => undefined)));
    extra = [];
  });
  afterAll(async () => {
    await chromiumBrowser?.close();
  });
  return state;
}
