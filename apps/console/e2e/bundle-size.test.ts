import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { initialJavaScript } from './support/bundle.js';

const LIMIT = 500 * 1024;

it('ships at most 500 kB of gzipped JavaScript before the sign-in page runs', () => {
  const { files, gzip } = initialJavaScript(fileURLToPath(new URL('../dist', import.meta.url)));
  console.info(
    `sign-in page initial JS: ${(gzip / 1024).toFixed(1)} kB gzip in ${files.length} file(s): ` +
      files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} kB`).join(', '),
  );
  expect(gzip).toBeLessThanOrEqual(LIMIT);
});
