import { request } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importActivity } from '../src/spreadsheets/import-slots.js';
import { IMPORT_LIMITS, readSheets } from '../src/spreadsheets/read-sheets.js';
import { checkWorkbookZip, WORKBOOK_LIMITS } from '../src/spreadsheets/workbook-zip.js';
import type { TestServer } from './support/server.js';
import { startFixtureWorld } from './support/world.js';
import { workbookOfRows, zipBomb } from './support/zip.js';

let server: TestServer;
let tokens: Record<string, string>;
beforeAll(async () => void ({ server, tokens } = await startFixtureWorld()));
afterAll(() => server?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function importFile(file: Buffer, user = 'wenhualu') {
  const res = await fetch(`${server.url}/spreadsheets/archives/import`, {
    method: 'POST',
    headers: { 'content-type': XLSX, authorization: `Bearer ${tokens[user]}` },
    body: new Uint8Array(file),
  });
  return {
    status: res.status,
    body: (await res.json()) as { ok: boolean; errors: { code: string; message: string }[] },
  };
}

const archiveCount = async () => {
  const [row] = await server.db.execute<{ n: number }>(
    sql`select count(*)::int as n from archives`,
    'objects',
  );
  return row!.n;
};

const rowsOfOneCell = (count: number) =>
  function* () {
    for (let r = 1; r <= count; r++) yield `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
  };

describe('hostile workbooks', () => {
  it('refuses a zip bomb by its declared size, before inflating it', async () => {
    const bomb = await zipBomb(WORKBOOK_LIMITS.inflatedBytes * 3);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = await archiveCount();
    const res = await importFile(bomb);
    expect(res.status).toBe(422);
    expect(res.body.errors[0]!.code).toBe('SPREADSHEET_TOO_LARGE_UNPACKED');
    expect(res.body.errors[0]!.message).toMatch(/解压后超过/);
    expect(await archiveCount()).toBe(before);
  });

  it('refuses a bomb whose headers lie about its size, once it inflates past them', async () => {
    const bomb = await zipBomb(WORKBOOK_LIMITS.inflatedBytes * 3, { lie: true });
    expect(await checkWorkbookZip(bomb)).toEqual({
      ok: false,
      code: 'SPREADSHEET_TOO_LARGE_UNPACKED',
    });
    const res = await importFile(bomb);
    expect(res.status).toBe(422);
    expect(res.body.errors[0]!.code).toBe('SPREADSHEET_TOO_LARGE_UNPACKED');
  });

  it('counts what it inflates against the limit, whatever the headers say', async () => {
    const honest = await zipBomb(8 * 1024 * 1024);
    const verdict = await checkWorkbookZip(honest, { inflatedBytes: 4 * 1024 * 1024, entries: 10 });
    expect(verdict).toEqual({ ok: false, code: 'SPREADSHEET_TOO_LARGE_UNPACKED' });
    const fits = await checkWorkbookZip(honest, { inflatedBytes: 16 * 1024 * 1024, entries: 10 });
    expect(fits.ok && fits.inflatedBytes).toBeGreaterThan(8 * 1024 * 1024);
    expect(await checkWorkbookZip(honest, { inflatedBytes: 1e9, entries: 3 })).toMatchObject({
      ok: false,
    });
  });

  it('stops reading at the row limits: archives per import and rows per sheet', async () => {
    const archives = await workbookOfRows(rowsOfOneCell(IMPORT_LIMITS.archives + 2));
    const res = await importFile(archives);
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e) => e.code)).toEqual(['IMPORT_TOO_MANY_ROWS']);
    expect(res.body.errors[0]!.message).toContain(String(IMPORT_LIMITS.archives));

    const empty = function* () {
      for (let r = 1; r <= IMPORT_LIMITS.sheetRows + 1; r++)
        yield `<row r="${r}"><c r="A${r}"/></row>`;
    };
    expect(await readSheets(await workbookOfRows(empty))).toMatchObject({
      ok: false,
      code: 'SPREADSHEET_TOO_MANY_ROWS',
    });
  });

  it('stops reading at the cell limit', async () => {
    const wide = function* () {
      for (let r = 1; r <= 100; r++) {
        const cells = [...'ABCDEFGHIJKLMNOPQRST'].map((c, i) => `<c r="${c}${r}"><v>${i}</v></c>`);
        yield `<row r="${r}">${cells.join('')}</row>`;
      }
    };
    const file = await workbookOfRows(wide);
    expect(await readSheets(file, { ...IMPORT_LIMITS, cells: 1000 })).toMatchObject({
      ok: false,
      code: 'SPREADSHEET_TOO_MANY_CELLS',
    });
    const read = await readSheets(file, { ...IMPORT_LIMITS, cells: 2000 });
    expect(read.ok && read.archiveSheet?.rows.size).toBe(100);
  });
});

/** Starts an upload and keeps its body open until `finish` is called: the import is in progress. */
function openUpload(user: string, unionId?: string) {
  const url = new URL(`${server.url}/spreadsheets/archives/import`);
  if (unionId) url.searchParams.set('unionId', unionId);
  const req = request(url, {
    method: 'POST',
    headers: { 'content-type': XLSX, authorization: `Bearer ${tokens[user]}` },
  });
  const answered = new Promise<{ status: number; body: { errors?: { code: string }[] } }>(
    (resolve, reject) => {
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString()) }),
        );
      });
      req.on('error', reject);
    },
  );
  req.write('PK'); // the start of a file; the rest never comes until `finish`
  return { answered, finish: () => req.end() };
}

describe('imports at the same time', () => {
  it('runs one import per union and answers a second one "busy" at once', async () => {
    // Wait until the server holds the held-open upload. Probing with uploads of our own instead
    // would race it: a probe holding the slot when the upload arrives turns the upload away.
    const first = openUpload('wenhualu');
    await until(() => importActivity().running === 1, first.answered);
    const second = await importFile(Buffer.from('PK'));
    expect(second.status).toBe(409);
    expect(second.body.errors[0]!.code).toBe('IMPORT_IN_PROGRESS');
    expect(second.body.errors[0]!.message).toMatch(/正有一份表格在导入/);

    // Another union is not held up by it; a third concurrent one is, with 429.
    const other = openUpload('huanghelu');
    await until(() => importActivity().running === 2, other.answered);
    const third = await importFile(Buffer.from('PK'), 'gongyi-jc');
    expect(third.status).toBe(429);
    expect(third.body.errors[0]!.code).toBe('IMPORTS_BUSY');

    first.finish();
    other.finish();
    expect((await first.answered).body.errors?.[0]?.code).toBe('SPREADSHEET_UNREADABLE');
    expect((await other.answered).status).toBe(422);
    // Both slots are free again: the next upload is read (and refused for what it is).
    const again = await importFile(Buffer.from('PK'));
    expect(again.body.errors[0]!.code).toBe('SPREADSHEET_UNREADABLE');
  });
});

/** Resolves once `held` is true; fails at once if the upload was answered (turned away) instead. */
async function until(held: () => boolean, answered: Promise<{ status: number }>) {
  let early: { status: number } | undefined;
  void answered.then((r) => (early = r));
  while (!held()) {
    if (early) throw new Error(`the held upload was answered ${early.status} before it was held`);
    await new Promise((r) => setImmediate(r));
  }
}
