import type { Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';

/*
 * The JavaScript Chromium actually downloads, as it downloads it: every script response of a
 * page, counted once per address, by its gzip size (level 9, as Vite's build report counts).
 */

export interface Download {
  file: string;
  gzip: number;
}

export interface ScriptDownloads {
  /** Everything downloaded since the recorder started or since the last `take`, which starts afresh. */
  take(): Promise<Download[]>;
}

export function recordScripts(page: Page): ScriptDownloads {
  let pending: Promise<Download | undefined>[] = [];
  const seen = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.js') || seen.has(url.pathname)) return;
    seen.add(url.pathname);
    pending.push(
      response.body().then(
        (body) => ({
          file: url.pathname.replace(/^.*\//, ''),
          gzip: gzipSync(body, { level: 9 }).length,
        }),
        () => undefined,
      ),
    );
  });
  return {
    async take() {
      const taken = pending;
      pending = [];
      seen.clear();
      return (await Promise.all(taken)).filter((d): d is Download => d !== undefined);
    },
  };
}

/** Kilobytes as Vite's build report counts them (1 kB = 1000 bytes). */
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export const total = (downloads: Download[]) => downloads.reduce((sum, d) => sum + d.gzip, 0);

export function describeDownloads(label: string, downloads: Download[]): string {
  const files = [...downloads].sort((a, b) => b.gzip - a.gzip);
  return (
    `${label}: ${kB(total(downloads))} gzip in ${files.length} file(s): ` +
    files.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ')
  );
}
