import type postgres from 'postgres';
import { HANDLERS, plainDb, viewer, type Db } from './hand-written.js';

/*
 * The floor: the database's own time for the hand-written statements of one request — each sent
 * under EXPLAIN (ANALYZE, FORMAT JSON) and its "Execution Time" added up, sign-in lookup included.
 * No network, parsing of the reply, JSON in Node or planning: what no server in front of this
 * database can go below. A read is then sent again, unexplained, for the rows the next statement
 * needs; a write is not (EXPLAIN ANALYZE has already made it).
 */

interface Counted {
  ms: number;
  statements: number;
}

function explaining(sql: postgres.Sql | postgres.TransactionSql, total: Counted): Db {
  const plain = plainDb(sql);
  return {
    async run(text, params, options) {
      const [row] = await sql.unsafe(`explain (analyze, format json) ${text}`, params as never[]);
      const plan = (row as Record<string, unknown>)['QUERY PLAN'];
      const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as {
        'Execution Time': number;
      }[];
      total.ms += parsed[0]!['Execution Time'];
      total.statements += 1;
      return options?.write ? [{}] : await plain.run(text, params);
    },
    begin: async (work) =>
      (await (sql as postgres.Sql).begin((tx) => work(explaining(tx, total)))) as Awaited<
        ReturnType<typeof work>
      >,
  };
}

/** The floor of one hand-written request (path with its query string, POST body if any). */
export async function floorOf(
  sql: postgres.Sql,
  token: string,
  pathAndQuery: string,
  input: Record<string, unknown> = {},
): Promise<Counted> {
  const url = new URL(pathAndQuery, 'http://localhost');
  const handler = HANDLERS[url.pathname];
  if (!handler) throw new Error(`no hand-written work at ${url.pathname}`);
  const total = { ms: 0, statements: 0 };
  const db = explaining(sql, total);
  const me = await viewer(db, token);
  if (!me) throw new Error('floor: not signed in');
  await handler(db, me, url.searchParams, input);
  return total;
}
