import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { testDatabaseKind } from './support/database.js';

/*
 * The import-boundary rules of docs/architecture.md, as `pnpm lint` applies them: each case is a
 * file at a path inside a package, linted with that package's own eslint.config.js.
 */
const packageDir = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const PACKAGES = {
  api: packageDir('..'),
  domain: packageDir('../../../packages/domain'),
  console: packageDir('../../console'),
};

const linters = new Map<keyof typeof PACKAGES, ESLint>();
async function lintErrors(
  rule: string,
  pkg: keyof typeof PACKAGES,
  filePath: string,
  code: string,
) {
  if (!linters.has(pkg)) linters.set(pkg, new ESLint({ cwd: PACKAGES[pkg] }));
  const [result] = await linters.get(pkg)!.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === rule);
}
const importErrors = (pkg: keyof typeof PACKAGES, filePath: string, code: string) =>
  lintErrors('no-restricted-imports', pkg, filePath, code);

const refused: [keyof typeof PACKAGES, string, string][] = [
  ['api', 'src/archives/fixture.ts', "import { GraphQLError } from 'graphql';"],
  ['api', 'src/archives/fixture.ts', "import { builder } from '../schema/builder.js';"],
  ['api', 'src/reports/fixture.ts', "import { sendJson } from '../http/io.js';"],
  ['api', 'src/db/schema/fixture.ts', "import type { Context } from '../../schema/context.js';"],
  ['api', 'src/unions/fixture.ts', "import type { SchemaTypes } from '@pothos/core';"],
  ['api', 'src/errors.ts', "import { builder } from './schema/builder.js';"],
  [
    'domain',
    'src/fixture.ts',
    "import { ValidationError } from '../../../apps/api/src/errors.js';",
  ],
  ['domain', 'src/dictionaries/fixture.ts', "import { sql } from 'drizzle-orm';"],
  ['domain', 'src/fixture.ts', "import { anything } from '@bangfu/api';"],
  ['console', 'src/fixture.ts', "import { inSubtree } from '../../api/src/auth/scope.js';"],
];

const allowed: [keyof typeof PACKAGES, string, string][] = [
  ['api', 'src/schema/types/fixture.ts', "import { submitReport } from '../../reports/submit.js';"],
  ['api', 'src/http/fixture.ts', "import { GraphQLError } from 'graphql';"],
  ['api', 'src/db/fixture.ts', "import * as schema from './schema/index.js';"],
  ['api', 'src/archives/fixture.ts', "import { archives } from '../db/schema/index.js';"],
  ['api', 'src/main.ts', "import { createApp } from './http/server.js';"],
  ['domain', 'src/dictionaries/fixture.ts', "import { check } from '../check.js';"],
  ['console', 'src/fixture.ts', "import { todayIso } from '@bangfu/domain';"],
];

// Linting needs no database: run once, in the PGlite project.
describe.runIf(testDatabaseKind() === 'pglite')('import boundaries', () => {
  it.each(refused)('%s refuses %s: %s', async (pkg, filePath, code) => {
    const errors = await importErrors(pkg, filePath, `${code}\nexport {};\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.severity).toBe(2);
  });

  it.each(allowed)('%s allows %s: %s', async (pkg, filePath, code) => {
    expect(await importErrors(pkg, filePath, `${code}\nexport {};\n`)).toEqual([]);
  });
});

/*
 * Access declared once (docs/architecture.md): in the schema layer a resolver gets its viewer from
 * `t.withAuth`, so a hand-written guard on `ctx.user` fails `pnpm lint`.
 */
const guards = [
  'const viewer = requireViewer(ctx);',
  "import { requireViewer } from '../viewer.js';",
  'if (!ctx.user) throw new Unauthenticated();',
  'if (!ctx.user) { throw new Forbidden(); }',
  'const id = ctx.user!.id;',
  'throw new Unauthenticated();',
];
const notGuards = [
  'const id = ctx.user.id;',
  "const analyst = ctx.user?.role === 'ANALYST';",
  'if (!ctx.user) return true;',
];

describe.runIf(testDatabaseKind() === 'pglite')('access declared once', () => {
  const schemaFile = 'src/schema/types/fixture.ts';

  it.each(guards)('refuses a hand-written guard: %s', async (code) => {
    const errors = await lintErrors(
      'no-restricted-syntax',
      'api',
      schemaFile,
      `${code}\nexport {};\n`,
    );
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]!.severity).toBe(2);
  });

  it.each(notGuards)('allows %s', async (code) => {
    const errors = await lintErrors(
      'no-restricted-syntax',
      'api',
      schemaFile,
      `${code}\nexport {};\n`,
    );
    expect(errors).toEqual([]);
  });
});
