import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The package is published as dist/ (ESM + .d.ts) and must work on its own in plain Node, with
 * no server code and no TypeScript loader. Builds first when dist/ is missing or older than src/.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function newestMtime(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
}

function ensureBuilt(): void {
  const index = join(dist, 'index.js');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(root, 'src'))) return;
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
}

describe('the built package', () => {
  ensureBuilt();

  it('imports from plain Node and works', () => {
    const script = `
      const d = await import(${JSON.stringify(join(dist, 'index.js'))});
      const archive = d.archiveInputSchema.safeParse({});
      console.log(JSON.stringify({
        id: d.parseIdNumber('11010519491231002X'),
        causes: Object.keys(d.HARDSHIP_CAUSES).length,
        fen: d.yuanToFen('1234.5'),
        errors: archive.success ? 0 : d.toFieldErrors(archive.error).length,
      }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({
      id: { ok: true, birthDate: '1949-12-31', sex: 'FEMALE', regionCode: '110105' },
      causes: 10,
      fen: 123450,
      errors: expect.any(Number),
    });
    expect(JSON.parse(out).errors).toBeGreaterThan(20);
  });

  it('ships type declarations', () => {
    expect(existsSync(join(dist, 'index.d.ts'))).toBe(true);
    expect(readFileSync(join(dist, 'archive-schema.d.ts'), 'utf8')).toContain('ArchiveInput');
  });

  it('imports nothing but zod and its own files', () => {
    const specifiers = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.js'))
      .flatMap((e) => [
        ...readFileSync(join(e.parentPath, e.name), 'utf8').matchAll(/from\s+'([^']+)'/g),
      ])
      .map((m) => m[1] ?? '');
    expect(new Set(specifiers.filter((s) => !s.startsWith('.')))).toEqual(new Set(['zod']));
  });

  it('publishes dist/ as its entry point', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.publishConfig.exports['.']).toEqual({
      types: './dist/index.d.ts',
      default: './dist/index.js',
    });
  });
});
