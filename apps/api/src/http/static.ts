import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export const PLACEHOLDER_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>帮扶 Bangfu</title></head><body style="font-family:sans-serif;max-width:40em;margin:4em auto">
<h1>帮扶 · 困难职工解困脱困建档立卡</h1>
<p>管理控制台尚未构建。The console has not been built yet.</p>
<p><a href="/graphql">GraphQL (GraphiQL)</a> · <a href="/healthz">/healthz</a></p></body></html>`;

/**
 * The console's built files. Unknown paths fall back to index.html (client-side routes);
 * hashed assets are cached for a year, index.html never.
 */
export function consoleFile(
  root: string,
  urlPath: string,
): { body: Buffer | string; type: string; cache: string } {
  const index = join(root, 'index.html');
  if (!existsSync(index))
    return { body: PLACEHOLDER_PAGE, type: TYPES['.html']!, cache: 'no-store' };
  const candidate = normalize(join(root, decodeURIComponent(urlPath)));
  const inside = candidate.startsWith(root + sep);
  if (inside && existsSync(candidate) && statSync(candidate).isFile()) {
    const immutable = candidate.includes(`${sep}assets${sep}`);
    return {
      body: readFileSync(candidate),
      type: TYPES[extname(candidate)] ?? 'application/octet-stream',
      cache: immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
  }
  return { body: readFileSync(index), type: TYPES['.html']!, cache: 'no-cache' };
}
