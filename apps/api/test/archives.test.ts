import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveInput, testIdNumber } from './support/archive-input.js';
import { type FixtureTree } from './support/fixtures.js';
import type { TestServer } from './support/server.js';
import { startFixtureWorld } from './support/world.js';

let server: TestServer;
let tree: FixtureTree;
let tokens: Record<string, string>;
beforeAll(async () => void ({ server, tree, tokens } = await startFixtureWorld()));
afterAll(() => server?.close());

const CREATE = `mutation($input: ArchiveInput!, $unionId: ID) {
  createArchive(input: $input, unionId: $unionId) {
    __typename
    ... on ArchivePayload { archive { id number status version name idNumber mobile bankCardNumber monthlyIncomePerMemberFen union { code } members { name idNumber } } warnings { path code message } }
    ... on ValidationError { message fieldErrors { path code message } }
  }
}`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: ArchiveInput!) {
  updateArchive(id: $id, version: $v, input: $input) {
    __typename
    ... on ArchivePayload { archive { id version name idNumber members { name idNumber } } warnings { code } }
    ... on ValidationError { message fieldErrors { path code message } }
  }
}`;

async function create(user: string, seq: number, overrides: Record<string, unknown> = {}) {
  const res = await server.graphql(CREATE, { input: archiveInput(seq, overrides) }, tokens[user]);
  expect(res.errors).toBeUndefined();
  return res.data!.createArchive;
}

describe('creating an archive', () => {
  it('a grassroots admin creates a draft with a generated number, masked identifiers and derived income', async () => {
    const result = await create('wenhualu', 1);
    expect(result.__typename).toBe('ArchivePayload');
    const a = result.archive;
    expect(a.number).toMatch(/^410105-\d{4}-000001$/);
    expect(a).toMatchObject({
      status: 'DRAFT',
      version: 1,
      name: '张国强',
      idNumber: `410105********${testIdNumber(1).slice(-4)}`,
      mobile: '138****5678',
      bankCardNumber: '6222***********0128',
      // 24,000.00 yuan a year for 3 people: 666.67 yuan a month each.
      monthlyIncomePerMemberFen: 66667,
      union: { code: '410105-001' },
    });
    expect(a.members.map((m: { name: string }) => m.name)).toEqual(['李秀英', '张磊']);
    expect(a.members[0].idNumber).toMatch(/^410105\*{8}\d{3}[\dX]$/);
  });

  it('ID and bank numbers are encrypted at rest; lookup by the full ID number still works', async () => {
    const rows = await server.db.execute(sql`select * from archives`);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(testIdNumber(1));
    expect(dump).not.toContain('6222021234567890128');
    const found = await server.graphql(
      'query($s: String) { archives(filter: { search: $s }) { totalCount edges { node { name } } } }',
      { s: testIdNumber(1) },
      tokens.jinshui,
    );
    expect(found.data!.archives.totalCount).toBe(1);
  });

  it('refuses a second live archive for the same worker anywhere in the province, naming the holder', async () => {
    const res = await server.graphql(CREATE, { input: archiveInput(1) }, tokens['gulou-jc']);
    const err = res.data!.createArchive;
    expect(err.__typename).toBe('ValidationError');
    expect(err.fieldErrors).toEqual([
      expect.objectContaining({
        path: ['idNumber'],
        code: 'ID_NUMBER_HAS_LIVE_ARCHIVE',
        message: expect.stringContaining('金水区文化路街道总工会'),
      }),
    ]);
    expect(err.fieldErrors[0].message).not.toContain(testIdNumber(1));
  });

  it('bad input comes back per field with stable codes and Chinese messages, and nothing is written', async () => {
    const before = await server.db.execute(sql`select count(*)::int as n from archives`);
    const input = archiveInput(2, {
      idNumber: testIdNumber(2).slice(0, 17) + (testIdNumber(2).endsWith('1') ? '2' : '1'),
      mobile: '12345',
      primaryCause: 'LAID_OFF',
      secondaryCauses: ['LAID_OFF'],
    });
    (input.members as Record<string, unknown>[])[1]!.idNumber = (
      input.members as Record<string, unknown>[]
    )[0]!.idNumber;
    const res = await server.graphql(CREATE, { input }, tokens.wenhualu);
    const err = res.data!.createArchive;
    expect(err.__typename).toBe('ValidationError');
    const byPath = Object.fromEntries(
      err.fieldErrors.map((e: { path: string[]; code: string }) => [e.path.join('.'), e.code]),
    );
    expect(byPath).toMatchObject({
      idNumber: 'ID_NUMBER_CHECKSUM',
      mobile: expect.stringMatching(/^MOBILE/),
      'members.1.idNumber': expect.stringMatching(/DUPLICATE/),
    });
    expect(err.fieldErrors).toContainEqual(
      expect.objectContaining({
        path: expect.arrayContaining(['secondaryCauses']),
        code: 'SECONDARY_CAUSE_IS_PRIMARY',
      }),
    );
    for (const e of err.fieldErrors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
    const after = await server.db.execute(sql`select count(*)::int as n from archives`);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });

  it('only the grassroots union itself (or the province) may create; others are FORBIDDEN', async () => {
    for (const user of ['jinshui', 'zhengzhou', 'analyst', 'huanghelu']) {
      const res = await server.graphql(
        CREATE,
        { input: archiveInput(3), unionId: tree.unions.wenhualu.id },
        tokens[user],
      );
      expect(res.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
    }
  });

  it('a member who is the worker of another live archive is a warning, not an error', async () => {
    const input = archiveInput(4);
    (input.members as Record<string, unknown>[]).push({
      name: '张国强',
      relation: 'OTHER',
      sex: '1',
      idNumber: testIdNumber(1),
      birthDate: '1975-08-15',
    });
    input.householdSize = 4;
    const res = await server.graphql(CREATE, { input }, tokens.huanghelu);
    expect(res.data!.createArchive.__typename).toBe('ArchivePayload');
    expect(res.data!.createArchive.warnings).toContainEqual(
      expect.objectContaining({
        path: ['members', '2', 'idNumber'],
        code: 'MEMBER_IS_WORKER_OF_ANOTHER_ARCHIVE',
      }),
    );
  });
});

describe('updating an archive', () => {
  let id: string;
  beforeAll(async () => {
    id = (await create('wenhualu', 10)).archive.id;
  });

  it('masked values sent back unchanged keep the stored numbers; changes go to history', async () => {
    const read = await server.graphql(
      'query($id: ID!) { archive(id: $id) { version idNumber mobile bankCardNumber members { idNumber } } }',
      { id },
      tokens.wenhualu,
    );
    const a = read.data!.archive;
    const input = archiveInput(10, {
      name: '张国强（更正）',
      idNumber: a.idNumber,
      mobile: a.mobile,
      bankCardNumber: a.bankCardNumber,
    });
    (input.members as Record<string, unknown>[]).forEach(
      (m, i) => (m.idNumber = a.members[i].idNumber),
    );
    const res = await server.graphql(UPDATE, { id, v: a.version, input }, tokens.wenhualu);
    expect(res.data!.updateArchive.__typename).toBe('ArchivePayload');
    expect(res.data!.updateArchive.archive).toMatchObject({
      version: 2,
      name: '张国强（更正）',
      idNumber: a.idNumber,
    });
    const who = await server.graphql(
      'query($id: ID!) { archive(id: $id) { updatedBy { username } } }',
      { id },
      tokens.jinshui,
    );
    expect(who.data!.archive.updatedBy).toEqual({ username: 'wenhualu' });
    const analyst = await server.graphql(
      'query($id: ID!) { archive(id: $id) { updatedBy { username } } }',
      { id },
      tokens.analyst,
    );
    expect(analyst.data!.archive.updatedBy).toBeNull();
    const stored = await server.db.execute(sql`select mobile from archives where id = ${id}`);
    expect(JSON.stringify(stored)).toContain('13812345678');
    const rows = await server.db.execute<{ action: string; changes: Record<string, unknown> }>(
      sql`select action, changes from archive_history where archive_id = ${id} order by id`,
      'objects',
    );
    expect(rows.map((r) => r.action)).toEqual(['CREATE', 'UPDATE']);
    expect(rows[1]!.changes).toEqual({ name: { from: '张国强', to: '张国强（更正）' } });
  });

  it('two updates from the same version: one wins, the other is VERSION_CONFLICT and writes nothing', async () => {
    const current = (
      await server.graphql(
        'query($id: ID!) { archive(id: $id) { version } }',
        { id },
        tokens.wenhualu,
      )
    ).data!.archive.version;
    const [a, b] = await Promise.all([
      server.graphql(
        UPDATE,
        { id, v: current, input: archiveInput(10, { remarks: '甲的修改' }) },
        tokens.wenhualu,
      ),
      server.graphql(
        UPDATE,
        { id, v: current, input: archiveInput(10, { remarks: '乙的修改' }) },
        tokens.wenhualu,
      ),
    ]);
    const kinds = [a.data!.updateArchive.__typename, b.data!.updateArchive.__typename].sort();
    expect(kinds).toEqual(['ArchivePayload', 'ValidationError']);
    const loser = [a, b].find((r) => r.data!.updateArchive.__typename === 'ValidationError')!;
    expect(loser.data!.updateArchive.fieldErrors[0].code).toBe('VERSION_CONFLICT');
    const winner = [a, b].find((r) => r.data!.updateArchive.__typename === 'ArchivePayload')!;
    const after = await server.graphql(
      'query($id: ID!) { archive(id: $id) { version remarks } }',
      { id },
      tokens.wenhualu,
    );
    expect(after.data!.archive.version).toBe(current + 1);
    expect(after.data!.archive.remarks).toBe(winner === a ? '甲的修改' : '乙的修改');
  });

  it('another union cannot read or change it: the id reads as null, an update is FORBIDDEN', async () => {
    const read = await server.graphql(
      'query($id: ID!) { archive(id: $id) { name } }',
      { id },
      tokens['gulou-jc'],
    );
    expect(read.data!.archive).toBeNull();
    const res = await server.graphql(
      UPDATE,
      { id, v: 1, input: archiveInput(10) },
      tokens['gulou-jc'],
    );
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const sibling = await server.graphql(
      UPDATE,
      { id, v: 1, input: archiveInput(10) },
      tokens.huanghelu,
    );
    expect(sibling.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('deletes only drafts, and only its own', async () => {
    const draft = (await create('wenhualu', 11)).archive.id;
    const DELETE =
      'mutation($id: ID!) { deleteArchive(id: $id) { __typename ... on DeletedArchive { number } ... on ValidationError { fieldErrors { code } } } }';
    expect(
      (await server.graphql(DELETE, { id: draft }, tokens.huanghelu)).errors![0]!.extensions!.code,
    ).toBe('FORBIDDEN');
    const ok = await server.graphql(DELETE, { id: draft }, tokens.wenhualu);
    expect(ok.data!.deleteArchive.__typename).toBe('DeletedArchive');
    expect(
      (
        await server.graphql(
          'query($id: ID!) { archive(id: $id) { id } }',
          { id: draft },
          tokens.wenhualu,
        )
      ).data!.archive,
    ).toBeNull();
  });
});

describe('reading archives', () => {
  it('lists the subtree with filters, totalCount agreeing, members in one statement', async () => {
    const q = `query($f: ArchiveFilter) { archives(first: 50, filter: $f) { totalCount edges { node { number name union { code } members { name } } } } }`;
    const county = await server.graphql(q, {}, tokens.jinshui);
    expect(county.errors).toBeUndefined();
    expect(county.data!.archives.totalCount).toBe(county.data!.archives.edges.length);
    expect(county.data!.archives.totalCount).toBeGreaterThanOrEqual(3);
    const selects = county.statements.filter((s) => !/(from|update) "sessions"/.test(s));
    // One statement for the page with its nested data, one for the count.
    expect(selects).toHaveLength(2);
    const kaifeng = await server.graphql(q, {}, tokens.kaifeng);
    expect(kaifeng.data!.archives.totalCount).toBe(0);
    const filtered = await server.graphql(
      q,
      { f: { primaryCause: 'SERIOUS_ILLNESS', unionId: tree.unions.huanghelu.id } },
      tokens.jinshui,
    );
    expect(
      filtered.data!.archives.edges.every(
        (e: { node: { union: { code: string } } }) => e.node.union.code === '410105-002',
      ),
    ).toBe(true);
    expect(filtered.data!.archives.totalCount).toBe(filtered.data!.archives.edges.length);
  });

  it('filters by the flags the list shows, agreeing with the fields', async () => {
    const q = `query($f: ArchiveFilter) { archives(first: 50, filter: $f) { totalCount edges { node { id neverAssisted noUpdateInAYear overdue } } } }`;
    const [a, b] = (await server.graphql(q, {}, tokens.jinshui)).data!.archives.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    // Set up by hand what only time and the workflow would otherwise bring: an old edit, an established archive.
    await server.db.execute(
      sql`update archives set updated_at = now() - interval '400 days' where id = ${a}`,
    );
    await server.db.execute(
      sql`update archives set status = 'ESTABLISHED', approved_at = now() where id = ${b}`,
    );
    for (const flag of ['noUpdateInAYear', 'neverAssisted', 'overdue'] as const) {
      const yes = (await server.graphql(q, { f: { [flag]: true } }, tokens.jinshui)).data!.archives;
      const no = (await server.graphql(q, { f: { [flag]: false } }, tokens.jinshui)).data!.archives;
      expect(
        yes.edges.every((e: { node: Record<string, boolean> }) => e.node[flag]),
        flag,
      ).toBe(true);
      expect(
        no.edges.every((e: { node: Record<string, boolean> }) => !e.node[flag]),
        flag,
      ).toBe(true);
      expect(yes.totalCount + no.totalCount, flag).toBe(
        (await server.graphql(q, {}, tokens.jinshui)).data!.archives.totalCount,
      );
    }
    const old = (await server.graphql(q, { f: { noUpdateInAYear: true } }, tokens.jinshui)).data!
      .archives;
    expect(old.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a]);
    const never = (await server.graphql(q, { f: { neverAssisted: true } }, tokens.jinshui)).data!
      .archives;
    expect(never.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([b]);
  });

  it('analysts see de-identified records: no names, identifiers or contacts; ages in bands', async () => {
    const res = await server.graphql(
      '{ archives(first: 5) { edges { node { name idNumber mobile bankCardNumber address birthDate age ageBand members { name idNumber } } } } }',
      {},
      tokens.analyst,
    );
    const node = res.data!.archives.edges[0].node;
    expect(node).toMatchObject({
      idNumber: null,
      mobile: null,
      bankCardNumber: null,
      address: null,
      birthDate: null,
    });
    expect(node.name).toBe('（已隐藏）');
    expect(node.age).toBeNull();
    expect(node.ageBand).toMatch(/^(40-49|50-59|60-69|70\+)$/);
    expect(node.members[0]).toEqual({ name: '（已隐藏）', idNumber: null });
  });
});
