import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveInput } from './support/archive-input.js';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/http/server.js';
import { jpegFile, pdfFile, pngFile } from './support/files.js';
import { FIXTURE_USERS, seedFixtureTree } from './support/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/server.js';

type Json = NonNullable<GraphQLResponse['data']>;

let server: TestServer;
const tokens: Record<string, string> = {};
let archiveId: string;

const rows = <T>(result: unknown) =>
  'rows' in (result as object) ? (result as { rows: T[] }).rows : (result as T[]);
const count = async (table: 'attachments' | 'archive_history') =>
  rows<{ n: number }>(
    await server.db.execute(sql.raw(`select count(*)::int as n from ${table}`)),
  )[0]!.n;

beforeAll(async () => {
  server = await startTestServer();
  await seedFixtureTree(server.db);
  for (const username of Object.keys(FIXTURE_USERS))
    tokens[username] = await server.login(username);
  const created = await server.graphql(
    'mutation($input: ArchiveInput!) { createArchive(input: $input) { ... on ArchivePayload { archive { id } } } }',
    { input: archiveInput(1) },
    tokens.wenhualu,
  );
  archiveId = created.data!.createArchive.archive.id;
});
afterAll(() => server?.close());

interface Upload {
  archive?: string;
  type?: string;
  name?: string;
  remark?: string;
  body: Buffer;
  contentType?: string;
  user?: string | null;
}

async function upload({
  base = server.url,
  archive = archiveId,
  type = 'INCOME_PROOF',
  name = '收入证明',
  remark,
  body,
  contentType = 'application/octet-stream',
  user = 'wenhualu',
}: Upload & { base?: string }) {
  const query = new URLSearchParams({
    archiveId: archive,
    type,
    name,
    ...(remark ? { remark } : {}),
  });
  const res = await fetch(`${base}/attachments?${query}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...(user ? { authorization: `Bearer ${tokens[user]}` } : {}),
    },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

const download = (url: string, user: string | null = 'wenhualu') =>
  fetch(`${server.url}${url}`, {
    headers: user ? { authorization: `Bearer ${tokens[user]}` } : {},
  });

const LIST =
  'query($id: ID!) { archive(id: $id) { number attachments { id type name remark contentType size sha256 createdAt url } } }';

describe('uploading an attachment', () => {
  let pdf: { id: string; url: string };

  it('stores a real PDF for the archive keeper, judged by its content, and lists it on the archive', async () => {
    const file = pdfFile('income 2026');
    const res = await upload({ body: file, remark: '2026年1-6月工资流水' });
    expect(res.status).toBe(201);
    expect(res.body.attachment).toMatchObject({
      type: 'INCOME_PROOF',
      name: '收入证明',
      remark: '2026年1-6月工资流水',
      contentType: 'application/pdf',
      size: file.length,
      sha256: createHash('sha256').update(file).digest('hex'),
    });
    pdf = res.body.attachment;
    const list = await server.graphql(LIST, { id: archiveId }, tokens.wenhualu);
    expect(list.data!.archive.attachments).toEqual([
      expect.objectContaining({ id: pdf.id, url: `/attachments/${pdf.id}`, size: file.length }),
    ]);
    // The archive and its attachments in one statement, never the file's bytes.
    const reads = list.statements.filter((s) => !/(from|update) "sessions"/.test(s));
    expect(reads).toHaveLength(1);
    expect(reads[0]).not.toMatch(/"content"/);
  });

  it('streams the same bytes back with a safe UTF-8 file name to those who may read the archive', async () => {
    for (const user of ['wenhualu', 'jinshui', 'zhengzhou', 'province']) {
      const res = await download(pdf.url, user);
      expect(res.status, user).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(pdfFile('income 2026'))).toBe(true);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      // Opened directly, the file can run nothing and cannot be framed.
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'; sandbox",
      );
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('收入证明.pdf')}`,
      );
    }
    // Every download is logged like a reveal, and shows in the archive's reveal log.
    const log = await server.graphql(
      'query($id: ID!) { archive(id: $id) { revealLog { field attachmentId by { username } } } }',
      { id: archiveId },
      tokens.jinshui,
    );
    const downloads = log.data!.archive.revealLog.filter(
      (e: { attachmentId: string | null }) => e.attachmentId === pdf.id,
    );
    expect(downloads.map((e: { by: { username: string } }) => e.by.username).sort()).toEqual([
      'jinshui',
      'province',
      'wenhualu',
      'zhengzhou',
    ]);
    expect(downloads.every((e: { field: unknown }) => e.field === null)).toBe(true);
  });

  it('trusts the bytes, not the declared type: a PNG sent as PDF is stored as PNG', async () => {
    const res = await upload({
      body: pngFile(),
      contentType: 'application/pdf',
      type: 'WORKER_SIGNED_PAGE',
      name: '签字页.png',
    });
    expect(res.status).toBe(201);
    expect(res.body.attachment.contentType).toBe('image/png');
    const back = await download(res.body.attachment.url);
    expect(back.headers.get('content-type')).toBe('image/png');
    expect(back.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('签字页.png')}`,
    );
  });

  it('refuses other formats, empty files and files over 10 MiB, writing nothing', async () => {
    const before = [await count('attachments'), await count('archive_history')];
    const html = await upload({
      body: Buffer.from('<html><script>alert(1)</script></html>'),
      contentType: 'image/png',
    });
    expect(html.status).toBe(415);
    expect(html.body.errors[0]).toMatchObject({
      code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
      message: expect.stringMatching(/PDF/),
    });
    const gif = await upload({
      body: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'),
      contentType: 'image/gif',
    });
    expect(gif.status).toBe(415);
    expect((await upload({ body: Buffer.alloc(0) })).body.errors[0].code).toBe('ATTACHMENT_EMPTY');
    const big = await upload({ body: pdfFile('big', 10 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(big.body.errors[0]).toMatchObject({
      code: 'ATTACHMENT_TOO_LARGE',
      message: expect.stringContaining('10MB'),
    });
    expect([await count('attachments'), await count('archive_history')]).toEqual(before);
  });

  it('judges the whole file: a PNG header followed by a page, or a PDF that runs a script, is refused', async () => {
    const before = [await count('attachments'), await count('archive_history')];
    const disguised = await upload({
      body: Buffer.concat([
        pngFile().subarray(0, 8),
        Buffer.from('<html><script>alert(1)</script>'),
      ]),
      contentType: 'image/png',
    });
    expect(disguised.status).toBe(415);
    expect(disguised.body.errors[0]).toMatchObject({
      code: 'ATTACHMENT_DAMAGED',
      message: expect.stringContaining('不是完整有效的PNG文件'),
    });
    const script = await upload({
      body: pdfFile('x', 0, {
        catalog: '/OpenAction 6 0 R',
        objects: ['<< /S /JavaScript /JS (app.alert(1)) >>'],
      }),
    });
    expect(script.status).toBe(415);
    expect(script.body.errors[0]).toMatchObject({
      code: 'ATTACHMENT_ACTIVE_CONTENT',
      message: expect.stringContaining('/OpenAction'),
    });
    expect([await count('attachments'), await count('archive_history')]).toEqual(before);
    const photo = await upload({
      body: jpegFile(32, 24),
      type: 'WORKER_SIGNED_PAGE',
      name: '照片',
    });
    expect(photo.status).toBe(201);
    expect(photo.body.attachment.contentType).toBe('image/jpeg');
  });

  it('accepts a file of exactly 10 MiB', async () => {
    const limit = 10 * 1024 * 1024;
    const rough = pdfFile('limit', limit - pdfFile('limit').length);
    // The padding shifts the xref offset, whose digits count too: correct once by the difference.
    const exact = pdfFile('limit', limit - pdfFile('limit').length - (rough.length - limit));
    expect(exact.length).toBe(limit);
    expect((await upload({ body: exact, name: '大文件' })).status).toBe(201);
  });

  it('checks the type against the live dictionary and names the fields', async () => {
    const res = await upload({ body: pdfFile(), type: 'NO_SUCH_TYPE', name: '' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['type', 'NOT_IN_DICTIONARY'],
      ['name', 'REQUIRED'],
    ]);
    const retire = await server.graphql(
      'mutation { retireDictionaryEntry(dictionary: "attachmentType", code: "MEDICAL_BILLS") { __typename } }',
      {},
      tokens.province,
    );
    expect(retire.data!.retireDictionaryEntry.__typename).toBe('DictionaryEntry');
    expect((await upload({ body: pdfFile(), type: 'MEDICAL_BILLS' })).body.errors[0].code).toBe(
      'NOT_IN_DICTIONARY',
    );
  });

  it('only the keeping grassroots union or the province may upload; others are refused before the file is read', async () => {
    expect((await upload({ body: pdfFile(), user: null })).status).toBe(401);
    for (const user of ['huanghelu', 'jinshui', 'zhengzhou', 'analyst', 'gulou-jc']) {
      const res = await upload({ body: pdfFile(), user });
      expect(res.status, user).toBe(403);
      expect(res.body.errors[0].code).toBe('FORBIDDEN');
    }
    expect((await upload({ body: pdfFile(), archive: 'not-a-uuid' })).status).toBe(403);
    expect((await upload({ body: pdfFile(), user: 'province', name: '省总补充材料' })).status).toBe(
      201,
    );
  });
});

describe('reading and removing attachments', () => {
  let id: string;
  let url: string;
  beforeAll(async () => {
    const res = await upload({
      body: pngFile(2, 2),
      type: 'DISABILITY_CERTIFICATE',
      name: '残疾证',
    });
    ({ id, url } = res.body.attachment);
  });

  it('another union reads nothing: the list is null-free and the file is not found', async () => {
    expect(
      (await server.graphql(LIST, { id: archiveId }, tokens['gulou-jc'])).data!.archive,
    ).toBeNull();
    expect((await download(url, 'gulou-jc')).status).toBe(404);
    expect((await download(url, 'huanghelu')).status).toBe(404);
    expect((await download(url, null)).status).toBe(401);
    expect((await download('/attachments/not-a-uuid')).status).toBe(404);
  });

  it('analysts see neither the list nor the files', async () => {
    const list = await server.graphql(LIST, { id: archiveId }, tokens.analyst);
    expect(list.errors).toBeUndefined();
    expect(list.data!.archive.attachments).toBeNull();
    const res = await download(url, 'analyst');
    expect(res.status).toBe(403);
  });

  const REMOVE = `mutation($id: ID!) { removeAttachment(id: $id) {
    __typename ... on Attachment { id removedAt } ... on ValidationError { fieldErrors { path code message } } } }`;

  it('removal hides the file but keeps it, and is recorded in the history', async () => {
    expect(
      (await server.graphql(REMOVE, { id }, tokens.huanghelu)).errors![0]!.extensions!.code,
    ).toBe('FORBIDDEN');
    const removed = await server.graphql(REMOVE, { id }, tokens.wenhualu);
    expect(removed.data!.removeAttachment).toMatchObject({
      __typename: 'Attachment',
      id,
      removedAt: expect.any(String),
    });
    const list = await server.graphql(LIST, { id: archiveId }, tokens.wenhualu);
    expect(list.data!.archive.attachments.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await download(url)).status).toBe(404);
    const kept = rows<{ size: number }>(
      await server.db.execute(
        sql`select octet_length(content) as size from attachments where id = ${id}`,
      ),
    );
    expect(kept[0]!.size).toBe(pngFile(2, 2).length);
    const history = rows<{ action: string; changes: Record<string, unknown> }>(
      await server.db.execute(
        sql`select action, changes from archive_history where archive_id = ${archiveId} order by id`,
      ),
    );
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['CREATE', 'ATTACHMENT_ADDED', 'ATTACHMENT_REMOVED']),
    );
    expect(history.at(-1)!.changes).toEqual({
      attachments: { from: { id, type: 'DISABILITY_CERTIFICATE', name: '残疾证' }, to: null },
    });
    const again = await server.graphql(REMOVE, { id }, tokens.wenhualu);
    expect(again.data!.removeAttachment.fieldErrors[0].code).toBe('ATTACHMENT_ALREADY_REMOVED');
  });

  it('an exited archive takes no more files and loses none', async () => {
    const [file] = (await server.graphql(LIST, { id: archiveId }, tokens.wenhualu)).data!.archive
      .attachments;
    await server.db.execute(sql`update archives set status = 'EXITED' where id = ${archiveId}`);
    const res = await upload({ body: pdfFile() });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].code).toBe('ARCHIVE_EXITED');
    const removal = await server.graphql(REMOVE, { id: file.id }, tokens.wenhualu);
    expect(removal.data!.removeAttachment.fieldErrors[0].code).toBe('ARCHIVE_EXITED');
    expect((await download(file.url)).status).toBe(200);
  });
});

describe('the storage quota of a union', () => {
  const MB = 1024 * 1024;
  let quota: { url: string; close(): Promise<void> };
  let usedMb: number;
  let otherArchive: string;

  beforeAll(async () => {
    // A file-keeping archive of its own, so earlier tests' exit of the first one does not matter.
    const created = await server.graphql(
      'mutation($input: ArchiveInput!) { createArchive(input: $input) { ... on ArchivePayload { archive { id } } } }',
      { input: archiveInput(2) },
      tokens.wenhualu,
    );
    otherArchive = created.data!.createArchive.archive.id;
    const stored = rows<{ used: string }>(
      await server.db.execute(
        sql`select coalesce(sum(a.size), 0)::text as used from attachments a join archives r on r.id = a.archive_id
            where r.union_id = (select union_id from archives where id = ${archiveId})`,
      ),
    );
    usedMb = Number(stored[0]!.used) / MB;
    // Room for one more 1 MiB file, not two.
    const app = await createApp({
      handle: server.handle,
      sealer: server.sealer,
      config: {
        development: false,
        demo: false,
        consoleDir: '/nonexistent',
        attachmentQuotaMb: usedMb + 1.5,
      },
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    quota = {
      url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
      async close() {
        await new Promise((resolve) => app.server.close(resolve));
        await app.apollo.stop();
      },
    };
  });
  afterAll(() => quota?.close());

  it('lets only one of two parallel uploads through, and tells the other how much is used (413)', async () => {
    const before = await count('attachments');
    const file = (n: number) => pdfFile(`quota ${n}`, MB - 600);
    const answers = await Promise.all(
      [1, 2].map((n) =>
        upload({ base: quota.url, archive: otherArchive, body: file(n), name: `文件${n}` }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 413]);
    const refused = answers.find((a) => a.status === 413)!;
    const tenths = (mb: number) => Math.round(mb * 10) / 10;
    const usedAfter = tenths(usedMb + file(1).length / MB);
    expect(refused.body.errors[0]).toEqual({
      code: 'ATTACHMENT_QUOTA_EXCEEDED',
      message: expect.stringContaining(`已用${usedAfter}MB（上限${tenths(usedMb + 1.5)}MB）`),
    });
    expect(await count('attachments')).toBe(before + 1);
    // A removed file still takes its space: its bytes are kept.
    const removed = await server.graphql(
      'mutation($id: ID!) { removeAttachment(id: $id) { __typename } }',
      { id: answers.find((a) => a.status === 201)!.body.attachment.id },
      tokens.wenhualu,
    );
    expect(removed.data!.removeAttachment.__typename).toBe('Attachment');
    const again = await upload({ base: quota.url, archive: otherArchive, body: file(3) });
    expect(again.status).toBe(413);
  });
});
