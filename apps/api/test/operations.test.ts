import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeIdNumber } from '@bangfu/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSealer, type Sealer } from '../src/crypto/data-key.js';
import { openDatabase } from '../src/db/client.js';
import { archiveHistory, archiveMembers, archives } from '../src/db/schema/index.js';
import { backupDataDir, restoreDataDir } from '../src/ops/backup.js';
import { rotateDataKey } from '../src/ops/rotate-data-key.js';
import { setLogSink } from '../src/observability/log.js';
import { bootstrap } from '../src/setup/bootstrap.js';
import { archiveInput, testIdNumber } from './support/archive-input.js';
import { testDatabaseKind } from './support/database.js';
import type { TestServer } from './support/server.js';
import { startFixtureWorld } from './support/world.js';

let server: TestServer;
let tokens: Record<string, string>;
beforeAll(async () => void ({ server, tokens } = await startFixtureWorld()));
afterAll(() => server?.close());

const CREATE = `mutation($input: ArchiveInput!) {
  createArchive(input: $input) { ... on ArchivePayload { archive { id } } ... on ValidationError { fieldErrors { code } } }
}`;
const UPDATE = `mutation($id: ID!, $input: ArchiveInput!, $v: Int!) {
  updateArchive(id: $id, input: $input, version: $v) { __typename }
}`;

async function createArchives(count: number, from: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await server.graphql(CREATE, { input: archiveInput(from + i) }, tokens.wenhualu);
    expect(res.errors).toBeUndefined();
    ids.push(res.data!.createArchive.archive.id as string);
  }
  return ids;
}

const opens = (sealer: Sealer, value: Uint8Array) => {
  try {
    sealer.open(value);
    return true;
  } catch {
    return false;
  }
};

describe('rotating the data key', () => {
  it('re-encrypts every ID and bank number, hashes and history snapshots, resumably; the old key reads none', async () => {
    const ids = await createArchives(5, 300);
    await server.graphql(
      UPDATE,
      { id: ids[0], input: archiveInput(300, { remarks: '更新' }), v: 1 },
      tokens.wenhualu,
    );
    const next = createSealer(randomBytes(32));
    // An interrupted run (a crash after the first batch of archives) …
    const progress: string[] = [];
    await expect(
      rotateDataKey(server.db, server.sealer, next, {
        batch: 2,
        onProgress: (p) => {
          progress.push(`${p.table}:${p.done}`);
          if (progress.length === 1) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    // … is run again and finishes; what the first run did is not done twice.
    const totals = await rotateDataKey(server.db, server.sealer, next, { batch: 2 });
    const all = await server.db.select().from(archives);
    expect(totals.archives).toBe(all.length - 2);

    for (const row of all) {
      expect(opens(server.sealer, row.idNumberCipher)).toBe(false);
      const plain = next.open(row.idNumberCipher);
      expect(row.idNumberHash).toBe(next.lookupHash(normalizeIdNumber(plain)));
      if (row.bankCardCipher) expect(next.open(row.bankCardCipher)).toMatch(/^\d{16,19}$/);
    }
    const members = await server.db.select().from(archiveMembers);
    expect(members.length).toBeGreaterThan(0);
    for (const m of members.filter((m) => m.idNumberCipher)) {
      expect(opens(server.sealer, m.idNumberCipher!)).toBe(false);
      expect(m.idNumberHash).toBe(next.lookupHash(normalizeIdNumber(next.open(m.idNumberCipher!))));
    }
    const history = await server.db
      .select()
      .from(archiveHistory)
      .where(eq(archiveHistory.archiveId, ids[0]!));
    expect(history.length).toBe(2);
    for (const h of history) {
      const snapshot = h.snapshot as { idNumber: string; members: { idNumber: string }[] };
      expect(next.open(Buffer.from(snapshot.idNumber, 'base64'))).toBe(testIdNumber(300));
      expect(opens(server.sealer, Buffer.from(snapshot.idNumber, 'base64'))).toBe(false);
      for (const m of snapshot.members)
        expect(opens(next, Buffer.from(m.idNumber, 'base64'))).toBe(true);
    }
    // A lookup by ID number with the new key finds the archive.
    const [found] = await server.db
      .select({ id: archives.id })
      .from(archives)
      .where(eq(archives.idNumberHash, next.lookupHash(testIdNumber(301))));
    expect(found?.id).toBe(ids[1]);
    // Nothing left to do: a third run rewrites nothing.
    expect(await rotateDataKey(server.db, server.sealer, next)).toEqual({
      archives: 0,
      archive_members: 0,
      archive_history: 0,
    });
  });
});

describe('logs', () => {
  it('are JSON lines without ID, bank or phone numbers, passwords or tokens', async () => {
    const lines: string[] = [];
    const previous = setLogSink((line) => lines.push(line));
    const level = process.env.BANGFU_LOG_LEVEL;
    process.env.BANGFU_LOG_LEVEL = 'info';
    try {
      const input = archiveInput(400);
      await server.graphql(CREATE, { input }, tokens.wenhualu);
      await server.graphql(CREATE, { input }, tokens.wenhualu); // refused: a live archive
      await server.graphql(
        'mutation { login(username: "wenhualu", password: "wrong-password-123") { token } }',
      );
      await fetch(`${server.url}/graphql?search=${testIdNumber(400)}`, {
        headers: { authorization: `Bearer ${tokens.wenhualu}` },
      });
      await fetch(
        `${server.url}/spreadsheets/archives/export.xlsx?filter=${encodeURIComponent(JSON.stringify({ search: testIdNumber(400) }))}`,
        {
          headers: { authorization: `Bearer ${tokens.wenhualu}` },
        },
      );
    } finally {
      setLogSink(previous);
      process.env.BANGFU_LOG_LEVEL = level;
    }
    expect(lines.length).toBeGreaterThanOrEqual(4);
    const text = lines.join('\n');
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('event');
    for (const secret of [
      testIdNumber(400),
      '6222021234567890128',
      '13812345678',
      'wrong-password-123',
      tokens.wenhualu!,
      '张国强',
    ])
      expect(text).not.toContain(secret);
  });
});

describe.runIf(testDatabaseKind() === 'pglite')('backups of the embedded database', () => {
  // Three PGlite starts (one from scratch): minutes on a busy 2-core machine.
  it(
    'restore into a fresh directory and read the data back; never over existing data',
    { timeout: 240_000 },
    async () => {
      const root = mkdtempSync(join(tmpdir(), 'bangfu-backup-'));
      try {
        const dataDir = join(root, 'data');
        const first = await openDatabase({ dataDir });
        await bootstrap(first.db, { adminPassword: 'backup-test-password' });
        const sealer = createSealer(randomBytes(32));
        await first.db.execute(sql`create table kept (v bytea)`);
        await first.db.execute(sql`insert into kept values (${sealer.seal('41010519491231002X')})`);
        // The server holds the directory: no backup under it.
        await expect(backupDataDir(dataDir, join(root, 'x.tar.gz'))).rejects.toThrow(/正由进程/);
        await first.close();

        const file = join(root, 'backup.tar.gz');
        expect(await backupDataDir(dataDir, file)).toBeGreaterThan(1000);
        await expect(restoreDataDir(file, dataDir)).rejects.toThrow(/不是空的/);
        const restoredDir = join(root, 'restored');
        await restoreDataDir(file, restoredDir);
        expect(existsSync(join(restoredDir, 'bangfu.pid'))).toBe(false);

        const restored = await openDatabase({ dataDir: restoredDir });
        const [row] = await restored.db.execute<{ v: Uint8Array; users: number }>(
          sql`select v, (select count(*)::int from users) as users from kept`,
          'objects',
        );
        expect(row!.users).toBe(1);
        expect(sealer.open(row!.v)).toBe('41010519491231002X');
        await restored.close();
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );
});
