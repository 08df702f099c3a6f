import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Dialog, type Page } from 'playwright-core';

/** Debian's Chromium (never a downloaded build), headless, with a fresh profile. */
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

export async function openBrowser(): Promise<{
  context: BrowserContext;
  /** The questions about leaving a changed form asked so far, in order. */
  leaveQuestions: string[];
  /** What Chromium refused under the server's Content-Security-Policy, as it reported it. */
  policyViolations: string[];
  close(): Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), 'bangfu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: 'zh-CN',
    viewport: { width: 1400, height: 900 },
  });
  const policyViolations: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  const leaveQuestions: string[] = [];
  context.pages().forEach((page) => leaveChangedForms(page, leaveQuestions));
  context.on('page', (page) => leaveChangedForms(page, leaveQuestions));
  return {
    context,
    policyViolations,
    leaveQuestions,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
