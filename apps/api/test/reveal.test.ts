import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIdNumber } from './support/archive-input.js';
import { FIXTURE_USERS, seedFixtureTree } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';
import { workflowClient } from './support/workflow.js';

let server: TestServer;
let id: string;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  await seedFixtureTree(server.db);
  for (const username of Object.keys(FIXTURE_USERS))
    tokens[username] = await server.login(username);
  id = await workflowClient(server, tokens).create('wenhualu', 1);
});
afterAll(() => server?.close());

const REVEAL = `mutation($id: ID!, $field: SensitiveField!, $member: Int) {
  revealSensitive(archiveId: $id, field: $field, memberPosition: $member) {
    __typename
    ... on RevealedValue { field memberPosition value }
    ... on ValidationError { message fieldErrors { path code message } }
  }
}`;
const LOG =
  'query($id: ID!) { archive(id: $id) { revealLog { at by { username } field memberPosition } } }';

async function logRows() {
  return await server.db.execute<{ field: string }>(
    sql`select field from sensitive_access_log where archive_id = ${id} order by id`,
    'objects',
  );
}

describe('revealing a sensitive value', () => {
  it('gives an admin who can read the archive the full value, and logs who, which and when — never the value', async () => {
    const cases: [string, string, number | null, string][] = [
      ['wenhualu', 'idNumber', null, testIdNumber(1)],
      ['jinshui', 'bankCardNumber', null, '6222021234567890128'],
      ['zhengzhou', 'mobile', null, '13812345678'],
      ['province', 'idNumber', 0, testIdNumber(1, '1977-03-02', 'FEMALE')],
    ];
    for (const [user, field, member, value] of cases) {
      const res = await server.graphql(REVEAL, { id, field, member }, tokens[user]);
      expect(res.data!.revealSensitive, `${user} ${field}`).toEqual({
        __typename: 'RevealedValue',
        field,
        memberPosition: member,
        value,
      });
    }
    const rows = await logRows();
    expect(rows.map((r) => r.field)).toEqual([
      'idNumber',
      'bankCardNumber',
      'mobile',
      'members.0.idNumber',
    ]);
    const dump = JSON.stringify(await server.db.execute(sql`select * from sensitive_access_log`));
    for (const [, , , value] of cases) expect(dump).not.toContain(value);
  });

  it('shows the log to admins, newest first, and refuses it to analysts', async () => {
    const res = await server.graphql(LOG, { id }, tokens.jinshui);
    expect(
      res.data!.archive.revealLog.map((e: { by: { username: string }; field: string }) => [
        e.by.username,
        e.field,
      ]),
    ).toEqual([
      ['province', 'idNumber'],
      ['zhengzhou', 'mobile'],
      ['jinshui', 'bankCardNumber'],
      ['wenhualu', 'idNumber'],
    ]);
    expect(res.data!.archive.revealLog[0].memberPosition).toBe(0);
    const analyst = await server.graphql(LOG, { id }, tokens.analyst);
    expect(analyst.data!.archive.revealLog).toBeNull();
    expect(analyst.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses analysts and other unions with FORBIDDEN, logging nothing', async () => {
    const before = (await logRows()).length;
    for (const user of ['analyst', 'zz-analyst', 'huanghelu', 'gulou', 'kaifeng']) {
      const res = await server.graphql(REVEAL, { id, field: 'idNumber' }, tokens[user]);
      expect(res.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    expect((await logRows()).length).toBe(before);
  });

  it('refuses a member that does not exist, or a member field other than the ID number, logging nothing', async () => {
    const before = (await logRows()).length;
    const missing = await server.graphql(
      REVEAL,
      { id, field: 'idNumber', member: 7 },
      tokens.wenhualu,
    );
    expect(missing.data!.revealSensitive.fieldErrors).toEqual([
      expect.objectContaining({ path: ['memberPosition'], code: 'MEMBER_NOT_FOUND' }),
    ]);
    const mobile = await server.graphql(
      REVEAL,
      { id, field: 'mobile', member: 0 },
      tokens.wenhualu,
    );
    expect(mobile.data!.revealSensitive.fieldErrors[0].code).toBe('MEMBER_FIELD_NOT_REVEALABLE');
    expect((await logRows()).length).toBe(before);
  });

  it('the archive itself still shows masked values after a reveal', async () => {
    const res = await server.graphql(
      'query($id: ID!) { archive(id: $id) { idNumber mobile bankCardNumber } }',
      { id },
      tokens.wenhualu,
    );
    expect(res.data!.archive).toEqual({
      idNumber: `410105********${testIdNumber(1).slice(-4)}`,
      mobile: '138****5678',
      bankCardNumber: '6222***********0128',
    });
  });
});
