import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/db/schema/index.js';
import { archiveInput } from './support/archive-input.js';
import {
  daysFromToday,
  draftArchive,
  establishedArchive,
  rowsOf,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';
import { pngFile } from './support/files.js';
import { bufferOf, fillArchive, loadWorkbook } from './support/workbook.js';
import { getNamedType } from 'graphql';
import {
  contactSelection,
  CONTACT_FIELDS,
  idSlots,
  minimalArgs,
  operation,
  rootField,
  schema,
  type IdSlot,
  type Kind,
} from './support/scope-schema.js';

// Scope by construction: every root field that takes an ID is called, as admins of another
// subtree and as analysts, with ids of records outside their subtree. Each call must be refused
// and must write nothing. The fields come from the schema, so a new one is tried without anyone
// adding it here; one the generator cannot place fails the coverage test.

let world: AssistanceWorld;

/** The records of one subtree that the other side will try to reach. */
interface Target {
  archive: { draft: string; established: string };
  union: string;
  county: string;
  user: string;
  attachment: string;
  ledgerEntry: string;
}
const targets = {} as Record<'zhengzhou' | 'kaifeng', Target>;

/** Who tries, against whose records. Analysts read the whole province by design: writes only. */
const ATTEMPTS: { viewer: string; against: keyof typeof targets; writesOnly?: boolean }[] = [
  { viewer: 'gulou-jc', against: 'zhengzhou' },
  { viewer: 'gulou', against: 'zhengzhou' },
  { viewer: 'kaifeng', against: 'zhengzhou' },
  { viewer: 'gongyi', against: 'zhengzhou' },
  { viewer: 'analyst', against: 'zhengzhou', writesOnly: true },
  { viewer: 'wenhualu', against: 'kaifeng' },
  { viewer: 'jinshui', against: 'kaifeng' },
  { viewer: 'zhengzhou', against: 'kaifeng' },
  { viewer: 'zz-analyst', against: 'kaifeng' },
];

async function upload(archiveId: string, user: string): Promise<string> {
  const query = new URLSearchParams({ archiveId, type: 'INCOME_PROOF', name: '收入证明' });
  const res = await fetch(`${world.server.url}/attachments?${query}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      authorization: `Bearer ${world.tokens[user]}`,
    },
    body: new Uint8Array(pngFile()),
  });
  const body = (await res.json()) as { attachment: { id: string } };
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body.attachment.id;
}

const one = async <T>(query: ReturnType<typeof sql>) =>
  rowsOf<T>(await world.server.db.execute(query))[0]!;

async function target(
  grassroots: 'wenhualu' | 'gulouJc',
  county: 'jinshui' | 'gulou',
  user: string,
  checker: string,
  seq: number,
): Promise<Target> {
  const draft = await draftArchive(world, user, seq);
  const established = await establishedArchive(world, user, seq + 1, { approvedDaysAgo: 100 });
  const checked = await world.server.graphql(
    `mutation($id: ID!, $input: SpotCheckInput!) { recordSpotCheck(archiveId: $id, input: $input) { __typename } }`,
    { id: established, input: { on: daysFromToday(-5), checker: '陈刚', result: 'CONFIRMED' } },
    world.tokens[checker],
  );
  expect(checked.data!.recordSpotCheck.__typename).toBe('SpotCheckPayload');
  // A colleague of `user` to aim at, so that changing them does not sign out the fixture users.
  const [colleague] = await world.server.db
    .insert(users)
    .values({
      username: `probe-${seq}`,
      name: '测试同事',
      passwordHash: 'x',
      role: 'GRASSROOTS_ADMIN',
      unionId: world.tree.unions[grassroots].id,
    })
    .returning({ id: users.id });
  const entry = await world.server.graphql(
    `mutation($id: ID!, $input: LedgerEntryInput!) { addLedgerEntry(archiveId: $id, input: $input) {
      ... on LedgerEntryPayload { entry { id } } } }`,
    {
      id: established,
      input: {
        on: daysFromToday(-3),
        actionPlan: 'TARGETED_WARMTH',
        description: '慰问金',
        amountFen: 50_000,
        by: '王建设',
      },
    },
    world.tokens[user],
  );
  expect(entry.errors).toBeUndefined();
  return {
    ledgerEntry: entry.data!.addLedgerEntry.entry.id as string,
    archive: { draft, established },
    union: world.tree.unions[grassroots].id,
    county: world.tree.unions[county].id,
    user: colleague!.id,
    attachment: await upload(established, user),
  };
}

beforeAll(async () => {
  world = await startAssistanceWorld();
  const { db } = world.server;
  await db.execute(
    sql`update unions set liaison_name = '联络人', liaison_phone = '13800001111', address = '某路 1 号'`,
  );
  await db.execute(sql`update users set phone = '13900002222', post = '干事'`);
  targets.zhengzhou = await target('wenhualu', 'jinshui', 'wenhualu', 'zhengzhou', 1);
  targets.kaifeng = await target('gulouJc', 'gulou', 'gulou-jc', 'kaifeng', 3);
});
afterAll(() => world?.server.close());

/** Tables whose rows a refused call may touch: the caller's own session and sign-in counters. */
const BOOKKEEPING = /session|sign_in|login|throttl|attempt|migration/;

/** A digest of every row of every table: equal before and after means nothing was written. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = rowsOf<{ name: string }>(
    await world.server.db.execute(sql`select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`),
  )
    .map((t) => t.name)
    .filter((t) => !BOOKKEEPING.test(t));
  const parts = tables.map(
    (t) =>
      sql`select ${t}::text as t, md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as h from ${sql.identifier(t)} x`,
  );
  const rows = rowsOf<{ t: string; h: string }>(
    await world.server.db.execute(sql.join(parts, sql` union all `)),
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

const version = async (table: 'archives' | 'unions' | 'users', id: string) =>
  (
    await one<{ version: number }>(
      sql`select version from ${sql.identifier(table)} where id = ${id}`,
    )
  ).version;

/**
 * Hand-written arguments where the least valid value of the type is not valid input (real
 * versions, a whole archive form, a password the policy accepts…), merged over the generated
 * ones so that the ids stay the generator's.
 */
type Override = (t: Target, archiveId: string) => Promise<Record<string, unknown>>;
const OVERRIDES: Record<string, Override> = {
  'Mutation.createArchive': async () => ({ input: archiveInput(40) }),
  'Mutation.updateArchive': async (_t, id) => ({
    input: archiveInput(41),
    version: await version('archives', id),
  }),
  'Mutation.createUser': async () => ({
    input: {
      username: 'scope-probe',
      name: '探针',
      password: 'Lantern-harbor-47',
      role: 'GRASSROOTS_ADMIN',
    },
  }),
  'Mutation.updateUser': async (t) => ({
    input: { name: '探针' },
    version: await version('users', t.user),
  }),
  'Mutation.createUnion': async () => ({ input: UNION_INPUT }),
  'Mutation.updateUnion': async (t) => ({
    input: UNION_INPUT,
    version: await version('unions', t.union),
  }),
  'Mutation.recordSpotCheck': async () => ({
    input: { on: daysFromToday(-1), checker: '陈刚', result: 'CONFIRMED' },
  }),
  'Mutation.exitArchive': async () => ({ reason: '01' }),
  'Mutation.recordApplication': async () => ({ channel: 'UNION_VISIT' }),
  'Mutation.startPublicNotice': async () => ({
    startsOn: daysFromToday(0),
    endsOn: daysFromToday(7),
  }),
  'Query.publicNoticeList': async () => ({ from: daysFromToday(-30), to: daysFromToday(0) }),
  'Mutation.revealSensitive': async () => ({ field: 'idNumber' }),
  'Mutation.correctLedgerEntry': async () => ({ input: { reason: '金额录错' } }),
};
const UNION_INPUT = {
  code: '410105-099',
  name: '探针工会',
  level: 'GRASSROOTS',
  kind: 'COMMUNITY',
  regionCode: '410105',
};

function deepMerge(base: unknown, over: unknown): unknown {
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return over;
  if (typeof over !== 'object' || over === null) return over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(out[k], v);
  return out;
}

/** Codes that say "not yours" (or "not for your role") without telling anything about the record. */
const REFUSAL_CODES = new Set([
  'FORBIDDEN',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  // An analyst's filter by a grassroots union is refused before anything is read.
  'UNION_TOO_SMALL_FOR_ANALYST',
]);
/** Field errors that refuse for scope; any other (a bad value) means the generated input was bad. */
const SCOPE_FIELD_ERROR = /(^|_)(NOT_FOUND|FORBIDDEN|OUT_OF_SCOPE)$/;

type Json = Record<string, unknown>;
function verdict(
  res: { errors?: { extensions?: { code?: string } }[]; data?: Json },
  name: string,
) {
  if (res.errors?.length) {
    const codes = res.errors.map((e) => e.extensions?.code ?? '?');
    return { refused: codes.every((c) => REFUSAL_CODES.has(c)), how: codes.join(',') };
  }
  const value = res.data?.[name] as Json | null | undefined;
  if (value == null) return { refused: true, how: 'null' };
  if (value.__typename === 'ValidationError') {
    const codes = (value.fieldErrors as { code: string }[]).map((e) => e.code);
    return {
      refused: codes.length > 0 && codes.every((c) => SCOPE_FIELD_ERROR.test(c)),
      how: `ValidationError(${codes.join(',')})`,
    };
  }
  if ('totalCount' in value)
    return {
      refused: value.totalCount === 0 && (value.edges as unknown[]).length === 0,
      how: `totalCount=${String(value.totalCount)}`,
    };
  return { refused: false, how: String(value.__typename) };
}

const slots = idSlots();
const fields = [...new Set(slots.map((s) => s.field))].sort();

/** Calls a field as `viewer` with generated arguments whose ids are `t`'s. */
async function call(name: string, viewer: string, t: Target, archiveId: string) {
  const fieldSlots = slots.filter((s) => s.field === name);
  const idFor = (path: string[]) => {
    const slot = fieldSlots.find((s) => s.path.join('.') === path.join('.')) as IdSlot;
    const kind: Kind = slot.kind!;
    if (kind === 'archive') return archiveId;
    if (kind === 'union') return path.at(-1) === 'parentId' ? t.county : t.union;
    return t[kind];
  };
  const generated = minimalArgs(rootField(name).args, idFor);
  const args = OVERRIDES[name]
    ? (deepMerge(generated, await OVERRIDES[name](t, archiveId)) as Json)
    : generated;
  return world.server.graphql(operation(name, args), args, world.tokens[viewer]);
}

describe('the fields that take an ID', () => {
  it('are every one placed: each ID argument names an archive, a union, a user or an attachment', () => {
    const unplaced = slots.filter((s) => !s.kind).map((s) => `${s.field}(${s.path.join('.')})`);
    expect(unplaced).toEqual([]);
    // The generator found the known side doors (a sanity check that it walks input objects).
    expect(fields).toEqual(expect.arrayContaining(['Query.users', 'Mutation.createUser']));
    expect(slots.map((s) => `${s.field}(${s.path.join('.')})`)).toEqual(
      expect.arrayContaining([
        'Mutation.createUser(input.unionId)',
        'Mutation.createUnion(input.parentId)',
      ]),
    );
    // Every override belongs to an id-taking field, so the table cannot rot silently.
    for (const name of Object.keys(OVERRIDES)) expect(fields).toContain(name);
  });

  it('refuse, and write nothing, when the ID belongs to another subtree', async () => {
    const failures: string[] = [];
    for (const name of fields) {
      const takesArchive = slots.some((s) => s.field === name && s.kind === 'archive');
      for (const attempt of ATTEMPTS) {
        if (attempt.writesOnly && name.startsWith('Query.')) continue;
        const t = targets[attempt.against];
        for (const archiveId of takesArchive ? Object.values(t.archive) : [t.archive.established]) {
          const before = await fingerprint();
          const res = await call(name, attempt.viewer, t, archiveId);
          const after = await fingerprint();
          const v = verdict(res, name.split('.')[1]!);
          const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
          const line = `${name} as ${attempt.viewer} → ${v.how}${changed.length ? ` WROTE ${changed.join(',')}` : ''}`;
          if (!v.refused || changed.length)
            failures.push(`${line} ${JSON.stringify(res.errors ?? res.data)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  /** Refusals for the state of the record, which show the input itself was accepted. */
  const STATE_CODES = new Set([
    'INVALID_TRANSITION',
    'ARCHIVE_NOT_ESTABLISHED',
    'APPLICATION_REQUIRED',
    'UNION_CODE_TAKEN',
  ]);

  it('get past scope with the same generated arguments inside the owner’s own subtree', async () => {
    // The control: an admin of the records' own subtree is not refused for scope with the very
    // arguments the other side sent, so those refusals were about scope, not about bad input.
    // A refusal for the record's state (approving a draft) still shows the input was read.
    const blocked: string[] = [];
    let seq = 100;
    for (const name of fields) {
      const t = await target('wenhualu', 'jinshui', 'wenhualu', 'zhengzhou', (seq += 2));
      const takesArchive = slots.some((s) => s.field === name && s.kind === 'archive');
      const hows: string[] = [];
      let through = false;
      for (const owner of ['wenhualu', 'jinshui', 'zhengzhou', 'province'])
        for (const archiveId of takesArchive ? Object.values(t.archive) : [t.archive.established])
          if (!through) {
            const res = await call(name, owner, t, archiveId);
            const v = verdict(res, name.split('.')[1]!);
            hows.push(`${owner}:${v.how}`);
            through =
              !v.refused &&
              (!v.how.startsWith('ValidationError') ||
                v.how
                  .match(/\((.*)\)/)![1]!
                  .split(',')
                  .every((c) => STATE_CODES.has(c)));
          }
      if (!through) blocked.push(`${name}: ${hows.join(' ')}`);
    }
    expect(blocked).toEqual([]);
  });
});

describe('unions and users reached through nested paths', () => {
  const paths = new Set<string>();
  const ARCHIVE = `query($id: ID!) { archive(id: $id) ${contactSelection('Archive', ['archive'], [], paths)} }`;

  it('are found by walking the schema from an archive', () => {
    expect([...paths]).toEqual(
      expect.arrayContaining(['archive.union', 'archive.spotChecks.union', 'archive.history.by']),
    );
  });

  /** Every Union or User object in a response, wherever it sits. */
  function reached(value: unknown, at: string, out: { at: string; obj: Json }[] = []) {
    if (Array.isArray(value)) value.forEach((v) => reached(v, at, out));
    else if (value && typeof value === 'object') {
      const obj = value as Json;
      if (obj.__typename === 'Union' || obj.__typename === 'User') out.push({ at, obj });
      for (const [k, v] of Object.entries(obj)) reached(v, `${at}.${k}`, out);
    }
    return out;
  }

  const hidden = (v: unknown) => v == null || (typeof v === 'string' && v.includes('*'));

  /** The unions of a viewer's subtree, and which union each user belongs to. */
  async function subtreeOf(viewer: string) {
    const unionRows = rowsOf<{ id: string; path: string }>(
      await world.server.db.execute(sql`select id, path::text as path from unions`),
    );
    const userRows = rowsOf<{ id: string; union_id: string; username: string }>(
      await world.server.db.execute(sql`select id, union_id, username from users`),
    );
    const own = userRows.find((u) => u.username === viewer)!.union_id;
    const ownPath = unionRows.find((u) => u.id === own)!.path;
    const inside = new Set(unionRows.filter((u) => u.path.startsWith(ownPath)).map((u) => u.id));
    const unionOfUser = new Map(userRows.map((u) => [u.id, u.union_id]));
    return (obj: Json) =>
      inside.has(
        obj.__typename === 'Union' ? (obj.id as string) : unionOfUser.get(obj.id as string)!,
      );
  }

  beforeAll(async () => {
    // A city admin looks at a number, so that the reveal log names someone above the grassroots.
    const res = await world.server.graphql(
      `mutation($id: ID!) { revealSensitive(archiveId: $id, field: idNumber) { __typename } }`,
      { id: targets.zhengzhou.archive.established },
      world.tokens.zhengzhou,
    );
    expect(res.data!.revealSensitive.__typename).toBe('RevealedValue');
  });

  /** Every query whose answer reaches a Union or a User, called with ids the viewer may read. */
  async function everyRoot(viewer: string) {
    const { id: ownUser, union_id: ownUnion } = await one<{ id: string; union_id: string }>(
      sql`select id, union_id from users where username = ${viewer}`,
    );
    const t = viewer === 'kaifeng' ? targets.kaifeng : targets.zhengzhou;
    const ids: Record<Kind, string> = {
      archive: t.archive.established,
      union: ownUnion,
      user: ownUser,
      attachment: t.attachment,
      ledgerEntry: t.ledgerEntry,
    };
    const out: { root: string; res: Awaited<ReturnType<typeof world.server.graphql>> }[] = [];
    for (const f of Object.values(schema.getQueryType()!.getFields())) {
      const selection = contactSelection(getNamedType(f.type).name, [f.name], [], new Set());
      if (!selection) continue;
      const slotsOf = slots.filter((s) => s.field === `Query.${f.name}`);
      const args = minimalArgs(f.args, (path) => {
        const slot = slotsOf.find((s) => s.path.join('.') === path.join('.'))!;
        return ids[slot.kind!];
      });
      const used = f.args.filter((a) => a.name in args);
      const defs = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `query${defs ? `(${defs})` : ''} { ${f.name}${call ? `(${call})` : ''} ${selection} }`;
      out.push({
        root: f.name,
        res: await world.server.graphql(query, args, world.tokens[viewer]),
      });
    }
    return out;
  }

  for (const viewer of ['wenhualu', 'jinshui', 'kaifeng', 'analyst'])
    it(`show ${viewer}, from every query, no contacts of a union or user outside its subtree`, async () => {
      // Analysts see their own record only, no one else's contacts.
      const self = (await one<{ id: string }>(sql`select id from users where username = ${viewer}`))
        .id;
      const isInside = viewer.endsWith('analyst')
        ? (obj: Json) => obj.__typename === 'User' && obj.id === self
        : await subtreeOf(viewer);
      const leaks: string[] = [];
      const roots = await everyRoot(viewer);
      const answered: string[] = [];
      expect(roots.map((r) => r.root)).toEqual(expect.arrayContaining(['me', 'archive', 'users']));
      for (const { root, res } of roots) {
        // A root may refuse outright (an analyst's users, a period that does not exist): then it
        // shows nothing at all. The roots that matter must answer, checked below.
        // (A nested field may refuse on its own, as the reveal log does for analysts.)
        const data = (res.data as Json | null | undefined)?.[root];
        if (data == null) continue;
        answered.push(root);
        for (const { at, obj } of reached(data, root))
          if (!isInside(obj))
            for (const f of CONTACT_FIELDS[obj.__typename as 'Union' | 'User'])
              if (!hidden(obj[f])) leaks.push(`${at}.${f} = ${String(obj[f])}`);
      }
      expect(leaks).toEqual([]);
      expect(answered).toEqual(
        expect.arrayContaining(
          viewer.endsWith('analyst')
            ? ['me', 'archive', 'archives']
            : ['me', 'archive', 'archives', 'union', 'unions', 'user', 'users'],
        ),
      );
    });

  for (const viewer of ['wenhualu', 'jinshui', 'analyst', 'zz-analyst'])
    it(`show ${viewer} no contacts of a union or user outside its subtree`, async () => {
      const res = await world.server.graphql(
        ARCHIVE,
        { id: targets.zhengzhou.archive.established },
        world.tokens[viewer],
      );
      // A nested field may refuse on its own (analysts do not read the reveal log).
      for (const e of res.errors ?? []) expect(e.extensions?.code, e.message).toBe('FORBIDDEN');
      // Analysts see no one's contacts (de-identified view), wherever they sit.
      const isInside = viewer.endsWith('analyst') ? () => false : await subtreeOf(viewer);
      const found = reached(res.data!.archive, 'archive');
      // The archive reaches someone outside the viewer's subtree (the city that checked it).
      const outside = found.filter(({ obj }) => !isInside(obj));
      expect(outside.length, viewer).toBeGreaterThan(0);
      // …and the same fields do carry data where the viewer may see it, so null is a mask.
      if (!viewer.endsWith('analyst'))
        expect(found.some(({ obj }) => isInside(obj) && obj.liaisonPhone)).toBe(true);
      const leaks = outside.flatMap(({ at, obj }) =>
        CONTACT_FIELDS[obj.__typename as 'Union' | 'User']
          .filter((f) => !hidden(obj[f]))
          .map((f) => `${at}.${f} = ${String(obj[f])}`),
      );
      expect(leaks).toEqual([]);
    });
});

/**
 * The HTTP endpoints that take an id. They are not in the schema, so they are listed by hand:
 * src/http routes /attachments, /attachments/:id and /spreadsheets/… (template takes none).
 */
const ENDPOINTS: Record<string, (t: Target) => Promise<{ path: string; init?: RequestInit }>> = {
  'POST /attachments?archiveId': async (t) => ({
    path: `/attachments?${new URLSearchParams({ archiveId: t.archive.established, type: 'INCOME_PROOF', name: '收入证明' })}`,
    init: { method: 'POST', body: new Uint8Array(pngFile()) },
  }),
  'GET /attachments/:id': async (t) => ({ path: `/attachments/${t.attachment}` }),
  'POST /spreadsheets/archives/import?unionId': async (t) => {
    const res = await fetch(`${world.server.url}/spreadsheets/archive-template.xlsx`, {
      headers: { authorization: `Bearer ${world.tokens.province}` },
    });
    const book = await loadWorkbook(await res.arrayBuffer());
    fillArchive(book, 2, 60);
    return {
      path: `/spreadsheets/archives/import?unionId=${t.union}`,
      init: { method: 'POST', body: new Uint8Array(await bufferOf(book)) },
    };
  },
  'GET /spreadsheets/statistics.xlsx?unionId': async (t) => ({
    path: `/spreadsheets/statistics.xlsx?unionId=${t.union}`,
  }),
  'GET /spreadsheets/archives/export.xlsx?filter.unionId': async (t) => ({
    path: `/spreadsheets/archives/export.xlsx?filter=${encodeURIComponent(JSON.stringify({ unionId: t.union }))}`,
  }),
};

const rowsInExport = async (bytes: Buffer) =>
  (await loadWorkbook(bytes)).worksheets.reduce((n, sheet) => n + sheet.actualRowCount, 0);

/** The rows of an export that lists no archive (headers only), as the province sees it. */
async function emptyExportRows() {
  const filter = JSON.stringify({ unionId: world.tree.unions.huanghelu.id });
  const res = await fetch(
    `${world.server.url}/spreadsheets/archives/export.xlsx?filter=${encodeURIComponent(filter)}`,
    { headers: { authorization: `Bearer ${world.tokens.province}` } },
  );
  expect(res.status).toBe(200);
  return rowsInExport(Buffer.from(await res.arrayBuffer()));
}

describe('HTTP endpoints that take an id', () => {
  it('refuse, and write nothing, when the id belongs to another subtree', async () => {
    const failures: string[] = [];
    for (const [name, build] of Object.entries(ENDPOINTS))
      for (const attempt of ATTEMPTS) {
        if (attempt.writesOnly && name.startsWith('GET')) continue;
        const { path, init } = await build(targets[attempt.against]);
        const before = await fingerprint();
        const res = await fetch(`${world.server.url}${path}`, {
          ...init,
          headers: {
            'content-type': 'application/octet-stream',
            authorization: `Bearer ${world.tokens[attempt.viewer]}`,
          },
        });
        const bytes = Buffer.from(await res.arrayBuffer());
        const body = bytes.toString('utf8');
        // The export is a list: like `archives`, a foreign union filters to nothing at all.
        const emptyList =
          res.status === 200 &&
          name.includes('export') &&
          (await rowsInExport(bytes)) === (await emptyExportRows());
        const changed = Object.entries(await fingerprint())
          .filter(([k, h]) => before[k] !== h)
          .map(([k]) => k);
        if ((![403, 404].includes(res.status) && !emptyList) || changed.length)
          failures.push(
            `${name} as ${attempt.viewer} → ${res.status} ${body.slice(0, 200)} ${changed.join(',')}`,
          );
      }
    expect(failures).toEqual([]);
  });

  it('export the same union’s archives to its own admins (so an empty export means refused)', async () => {
    const filter = JSON.stringify({ unionId: world.tree.unions.wenhualu.id });
    const res = await fetch(
      `${world.server.url}/spreadsheets/archives/export.xlsx?filter=${encodeURIComponent(filter)}`,
      { headers: { authorization: `Bearer ${world.tokens.jinshui}` } },
    );
    expect(res.status).toBe(200);
    expect(await rowsInExport(Buffer.from(await res.arrayBuffer()))).toBeGreaterThan(
      await emptyExportRows(),
    );
  });
});
