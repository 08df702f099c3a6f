import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dirOf = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

/** GraphiQL served from our own packages (UMD builds), so it works offline: no CDN. */
export const GRAPHIQL_ASSETS: Record<string, { file: string; type: string }> = {
  '/graphiql/react.js': {
    file: join(dirOf('react'), 'umd/react.production.min.js'),
    type: 'text/javascript',
  },
  '/graphiql/react-dom.js': {
    file: join(dirOf('react-dom'), 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
  '/graphiql/graphiql.js': {
    file: join(dirOf('graphiql'), 'graphiql.min.js'),
    type: 'text/javascript',
  },
  '/graphiql/graphiql.css': { file: join(dirOf('graphiql'), 'graphiql.min.css'), type: 'text/css' },
  '/graphiql/start.js': {
    file: new URL('./graphiql-start.js', import.meta.url).pathname,
    type: 'text/javascript',
  },
};

const cache = new Map<string, Buffer>();
export function graphiqlAsset(path: string): { body: Buffer; type: string } | null {
  const asset = GRAPHIQL_ASSETS[path];
  if (!asset) return null;
  let body = cache.get(path);
  if (!body) cache.set(path, (body = readFileSync(asset.file)));
  return { body, type: asset.type };
}

export const GRAPHIQL_PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>帮扶 Bangfu · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style>
</head>
<body>
<div id="graphiql">正在加载 GraphiQL… Loading GraphiQL…</div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script src="/graphiql/start.js"></script>
</body>
</html>`;
