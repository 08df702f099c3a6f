import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/**
 * What the browser must download before the sign-in page runs: the entry chunk of index.html and
 * everything it imports statically, transitively (lazy chunks excluded), gzip-compressed.
 */
export function initialJavaScript(distDir: string): {
  files: { file: string; gzip: number }[];
  gzip: number;
} {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('no entry chunk in the Vite manifest');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    manifest[key]!.imports?.forEach(visit);
  };
  visit(entry);
  const files = [...seen].map((key) => {
    const file = manifest[key]!.file;
    return { file, gzip: gzipSync(readFileSync(join(distDir, file))).length };
  });
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}
