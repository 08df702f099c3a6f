import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchives } from '../bench/load.js';
import { createSealer } from '../src/crypto/data-key.js';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { testDatabaseKind } from './support/database.js';
import { adminUrl, databaseUrl, dropDatabase } from './support/postgres.js';

/*
 * The benchmark's loader copies generated archives inside PostgreSQL with triggers off and
 * secondary indexes dropped, then multiplies the summaries (bench/load.ts). Here: 40 generated,
 * two whole copies and a partial one, and the result must be what the app itself would hold — the
 * summaries equal to a rebuild from the base tables, every index back, copies that open.
 */
describe.runIf(testDatabaseKind() === 'postgres')('the benchmark loader', () => {
  const name = `bangfu_bench_load_${process.pid}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  let handle: DatabaseHandle;
  let sql: postgres.Sql;
  const sealer = createSealer(Buffer.alloc(32, 7));

  beforeAll(async () => {
    await dropDatabase(admin, name);
    await admin.unsafe(`create database "${name}"`);
    handle = await openDatabase({ databaseUrl: databaseUrl(name) });
    sql = postgres(databaseUrl(name), { max: 2, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql?.end();
    await handle?.close();
    await dropDatabase(admin, name);
    await admin.end();
  });

  it('copies 40 generated archives to 130 with summaries, indexes and ciphertexts intact', async () => {
    const indexesBefore =
      await sql`select count(*)::int as n from pg_indexes where schemaname = current_schema()`;
    const loaded = await loadArchives(handle.db, sql, sealer, { total: 130, templates: 40 });
    expect(loaded).toBe(130);
    const [counts] = await sql`select
      (select count(*)::int from archives) as archives,
      (select count(distinct number)::int from archives) as numbers,
      (select count(*)::int from archive_members) as members,
      (select count(*)::int from ledger_entries) as ledger`;
    expect(counts).toMatchObject({ archives: 130, numbers: 130 });
    expect(counts!.members).toBeGreaterThan(130);
    const indexesAfter =
      await sql`select count(*)::int as n from pg_indexes where schemaname = current_schema()`;
    expect(indexesAfter[0]!.n).toBe(indexesBefore[0]!.n);

    const summaries = async () => [
      await sql`select union_id, dimension, key, total, established, exited, amount_fen::text
                from statistics_tallies where total <> 0 or established <> 0 or exited <> 0 or amount_fen <> 0
                order by 1, 2, 3`,
      await sql`select union_id, dimension, key, month::text, count, amount_fen::text
                from statistics_monthly where count <> 0 or amount_fen <> 0 order by 1, 2, 3, 4`,
    ];
    const loadedSummaries = await summaries();
    expect(loadedSummaries[0]!.length).toBeGreaterThan(0);
    await sql`select statistics_rebuild()`;
    expect(loadedSummaries).toEqual(await summaries());

    // Every copy opens with the sealer (the template's ciphertext), and the live-ID index held.
    const ciphers = await sql`select id_number_cipher from archives`;
    for (const { id_number_cipher } of ciphers)
      expect(sealer.open(id_number_cipher as Buffer)).toMatch(/^\d{17}[\dX]$/);
    const [sequences] = await sql`select count(*)::int as n from archive_number_sequences s
      where s.last < (select max(split_part(number, '-', 3)::int) from archives
                      where number like s.key || '-%')`;
    expect(sequences!.n).toBe(0);
  }, 120_000);
});
