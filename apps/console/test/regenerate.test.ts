import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formInputs, listColumns, showFields } from '../src/guessers/columns.js';
import { schemaModel as committed } from '../src/generated/schema-model.js';
import { resourceMessages } from '../src/i18n/resource-messages.js';
import { listDocument, oneDocument } from '../src/schema-model/operations.js';
import type { SchemaModel } from '../src/schema-model/types.js';

/*
 * The promise of a console generated from the schema: when the API gains a field, running the
 * generator is all it takes for the console to list, show, fetch and edit it. This adds a field
 * to a copy of the committed schema, runs `pnpm generate` (the real codegen CLI and config) into
 * a temporary folder, and looks at what the generic screens would render.
 */

const SCHEMA = fileURLToPath(new URL('../../api/schema.graphql', import.meta.url));
let dir: string;
let model: SchemaModel;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bangfu-regenerate-'));
  const sdl = readFileSync(SCHEMA, 'utf8')
    .replace(
      /^type User \{$/m,
      'type User {\n  """工号（单位内部编号）。Staff number."""\n  staffNumber: String!\n',
    )
    .replace(
      /^input CreateUserInput \{$/m,
      'input CreateUserInput {\n  """工号。Staff number."""\n  staffNumber: String!\n',
    );
  writeFileSync(join(dir, 'schema.graphql'), sdl);
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(
    join(root, 'node_modules/.bin/graphql-codegen'),
    ['--config', 'codegen.ts', '--silent'],
    {
      cwd: root,
      env: { ...process.env, BANGFU_SCHEMA: join(dir, 'schema.graphql'), BANGFU_GENERATED: dir },
      stdio: 'pipe',
    },
  );
  const source = readFileSync(join(dir, 'schema-model.ts'), 'utf8');
  model = JSON.parse(
    source.slice(source.indexOf('= {') + 2, source.lastIndexOf('};') + 1),
  ) as SchemaModel;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a field added to the API', () => {
  it('is not in the committed model (the test would prove nothing otherwise)', () => {
    expect(committed.resources.users!.fields.map((f) => f.name)).not.toContain('staffNumber');
  });

  it('appears in the list columns, the show page and the create form after regenerating', () => {
    const users = model.resources.users!;
    expect(listColumns(users).map((f) => f.name)).toContain('staffNumber');
    expect(showFields(users).map((f) => f.name)).toContain('staffNumber');
    expect(formInputs(model, users, 'create').find((f) => f.name === 'staffNumber')).toMatchObject({
      kind: 'string',
      required: true,
    });
  });

  it('is fetched by the list and show queries, and labelled from its description', () => {
    const users = model.resources.users!;
    expect(listDocument(model, users)).toMatch(/\bstaffNumber\b/);
    expect(oneDocument(model, users)).toMatch(/\bstaffNumber\b/);
    expect(resourceMessages(model, 'zh').resources.users!.fields.staffNumber).toBe('工号');
    expect(resourceMessages(model, 'en').resources.users!.fields.staffNumber).toBe('Staff number');
  });

  it('leaves the rest of the model as committed', () => {
    const { users: _changed, ...others } = model.resources;
    const { users: _before, ...committedOthers } = committed.resources;
    expect(others).toEqual(committedOthers);
  });
});
