import type postgres from 'postgres';
import type { Sealer } from '../src/crypto/data-key.js';
import type { Database } from '../src/db/client.js';
import { Progress } from '../src/demo/progress.js';
import { seedDemoArchives } from '../src/demo/seed.js';

/*
 * Loading a million archives through the demo generator takes about two hours here (generating and
 * sealing in Node, ≈ 1 ms an archive, then Drizzle's inserts). The benchmark instead generates
 * `templates` archives that way (20,000 by default: real people, households, plans, ledgers, ID
 * and bank numbers sealed by the app's sealer, summaries kept by the triggers) and then copies
 * them inside PostgreSQL, one `INSERT … SELECT` per table and copy, until there are `total`. Each
 * copy is a new archive with its own id and archive number (the template's region and year, the
 * sequence moved on by the copy number times that region-year's last sequence, so numbers stay
 * dense per region and year), in the template's union, with the template's members, plan, ledger,
 * spot checks and objections.
 *
 * What a copy shares with its template (docs/performance.md, "Machine and data"): its sealed ID
 * and bank numbers are the template's ciphertexts — real AES-GCM under the benchmark's key, so
 * the API opens them — while its lookup hashes get a suffix (`.<copy>`), which keeps the unique
 * index on live ID numbers satisfied; a search by ID number therefore finds the template only.
 * The distributions are the generator's, sampled `templates` times.
 *
 * Speed (when the server lets this session set `session_replication_role`, i.e. a superuser):
 * whole copies are made with triggers off (statistics and foreign keys: the rows are copies of
 * rows that passed them) and with the tables' secondary indexes dropped, then rebuilt. A whole
 * copy adds exactly what its template contributed to every summary row (they are sums and
 * counts), so the summaries are then multiplied by the number of whole copies + 1; the last,
 * partial copy runs with triggers on. test/bench-load.test.ts checks the result against
 * `statistics_rebuild()`. Without that privilege every copy runs with triggers and indexes on.
 */

export const TEMPLATES = 20_000;

/** The tables a demo archive fills (history off), each with the column naming its archive. */
const TABLES = [
  ['archives', 'id'],
  ['archive_members', 'archive_id'],
  ['assistance_plans', 'archive_id'],
  ['ledger_entries', 'archive_id'],
  ['spot_checks', 'archive_id'],
  ['notice_objections', 'archive_id'],
] as const;

export interface LoadOptions {
  total: number;
  templates?: number;
  seed?: number;
  log?: (line: string) => void;
}

/** Loads `total` archives (fewer only if the generator skipped duplicates); returns how many. */
export async function loadArchives(
  db: Database,
  sql: postgres.Sql,
  sealer: Sealer,
  options: LoadOptions,
): Promise<number> {
  const log = options.log ?? (() => {});
  const templates = Math.min(options.total, options.templates ?? TEMPLATES);
  const progress = new Progress('archives', options.total);
  const generated = await seedDemoArchives(db, sealer, {
    count: templates,
    seed: options.seed,
    history: false,
    onProgress: (n) => progress.update(n),
  });
  if (generated === 0 || options.total <= generated) {
    progress.done(`${generated} archives generated`);
    return generated;
  }
  const wholeCopies = Math.floor((options.total - generated) / generated);
  const rest = options.total - generated * (wholeCopies + 1);
  // One connection: the templates are temporary tables of this session.
  const one = await sql.reserve();
  let loaded = generated;
  try {
    await one.unsafe(`create temporary table bench_template as
      select a.id, split_part(a.number, '-', 1) as region, split_part(a.number, '-', 2) as year,
             split_part(a.number, '-', 3)::int as sequence, s.last, row_number() over (order by a.id) as n
      from archives a join archive_number_sequences s on s.key = split_part(a.number, '-', 1) || '-' || split_part(a.number, '-', 2)`);
    const columns = new Map<string, string[]>();
    for (const [table] of TABLES) {
      await one.unsafe(`create temporary table "template_${table}" as select * from "${table}"`);
      columns.set(
        table,
        (
          await one`select column_name from information_schema.columns
            where table_schema = current_schema() and table_name = ${table} and is_generated = 'NEVER'
            order by ordinal_position`
        ).map((r) => r.column_name as string),
      );
    }
    const copy = async (n: number, count: number) => {
      await one.unsafe('begin');
      try {
        await one.unsafe(`create temporary table bench_copy on commit drop as
          select t.id as template, gen_random_uuid() as id,
                 t.region || '-' || t.year || '-' || lpad((t.sequence + ${n} * t.last)::text, 6, '0') as number
          from bench_template t where t.n <= ${count}`);
        await one.unsafe('analyze bench_copy');
        for (const [table, archiveColumn] of TABLES)
          await one.unsafe(copyStatement(table, columns.get(table)!, archiveColumn, n));
        await one.unsafe('commit');
      } catch (error) {
        await one.unsafe('rollback');
        throw error;
      }
      loaded += count;
      progress.update(loaded);
    };
    const fast = await one
      .unsafe('set session_replication_role = replica')
      .then(() => true)
      .catch(() => false);
    const indexes = fast ? await dropSecondaryIndexes(one) : [];
    for (let n = 1; n <= wholeCopies; n++) await copy(n, generated);
    if (fast) {
      await one.unsafe('set session_replication_role = origin');
      log(`rebuilding ${indexes.length} indexes …`);
      const started = performance.now();
      await one.unsafe("set maintenance_work_mem = '256MB'");
      for (const definition of indexes) await one.unsafe(definition);
      log(`indexes rebuilt in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      const times = wholeCopies + 1;
      await one.unsafe(`update statistics_tallies set total = total * ${times},
        established = established * ${times}, exited = exited * ${times}, amount_fen = amount_fen * ${times}`);
      await one.unsafe(
        `update statistics_monthly set count = count * ${times}, amount_fen = amount_fen * ${times}`,
      );
    }
    if (rest > 0) await copy(wholeCopies + 1, rest);
    await one.unsafe(`update archive_number_sequences s set last = m.last
      from (select split_part(number, '-', 1) || '-' || split_part(number, '-', 2) as key,
                   max(split_part(number, '-', 3)::int) as last from archives group by 1) m
      where m.key = s.key`);
    await one.unsafe(
      `drop table bench_template, ${TABLES.map(([t]) => `"template_${t}"`).join(', ')}`,
    );
  } finally {
    one.release();
  }
  progress.done(`${loaded} archives (${generated} generated, the rest copied in PostgreSQL)`);
  return loaded;
}

/** Drops the indexes of the loaded tables that back no constraint; returns their definitions. */
async function dropSecondaryIndexes(sql: postgres.ReservedSql): Promise<string[]> {
  const rows = await sql`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i
    where i.indrelid = any(${TABLES.map(([t]) => t)}::regclass[])
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`;
  for (const row of rows) await sql.unsafe(`drop index ${row.name as string}`);
  return rows.map((r) => r.definition as string);
}

/** One copy (number `n`) of one table's template rows, for the archives listed in `bench_copy`. */
function copyStatement(table: string, columns: string[], archiveColumn: string, n: number): string {
  const rewrite: Record<string, string | null> =
    table === 'archives'
      ? { id: 'c.id', number: 'c.number', id_number_hash: `t.id_number_hash || '.${n}'` }
      : {
          id: null, // its default, a new one
          archive_id: 'c.id',
          ...(table === 'archive_members' ? { id_number_hash: `t.id_number_hash || '.${n}'` } : {}),
        };
  const kept = columns.filter((c) => rewrite[c] !== null);
  const quote = (c: string) => `"${c}"`;
  return `insert into ${quote(table)} (${kept.map(quote).join(', ')})
    select ${kept.map((c) => rewrite[c] ?? `t.${quote(c)}`).join(', ')}
    from "template_${table}" t join bench_copy c on c.template = t.${quote(archiveColumn)}`;
}
