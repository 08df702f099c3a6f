import postgres from 'postgres';
import { archiveInput, testIdNumber } from '../../support/archive-input.js';

/*
 * A write load as grassroots admins make it: `clients` loops creating archives as fast as the
 * server answers, each with a new worker. Every archive the server acknowledged (answered with
 * its id) is remembered, so the test can check afterwards that it is in the database; every
 * other answer is counted by kind.
 */

const CREATE = `mutation($input: ArchiveInput!) {
  createArchive(input: $input) {
    ... on ArchivePayload { archive { id } }
    ... on ValidationError { fieldErrors { code } }
  }
}`;

export async function login(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
  });
  const body = (await res.json()) as { data?: { login?: { token: string } } };
  if (!body.data?.login) throw new Error(`login ${username}: ${JSON.stringify(body)}`);
  return body.data.login.token;
}

/** The n-th distinct worker: 500 ID numbers per birth date, one date after another. */
function worker(n: number) {
  const day = new Date(Date.UTC(1965, 0, 1) + Math.floor(n / 500) * 86_400_000);
  const birthDate = day.toISOString().slice(0, 10);
  return archiveInput(0, { idNumber: testIdNumber(n % 500, birthDate), birthDate });
}

export interface WriteLoad {
  acknowledged: string[];
  /** Answers other than an acknowledged write, by kind: `503 DATABASE_UNAVAILABLE`, `network`… */
  outcomes: Map<string, number>;
  /** Resolves once `count` more writes have been acknowledged. */
  acknowledges(count: number): Promise<void>;
  stop(): Promise<void>;
}

export function startWriteLoad(
  target: { url: string },
  token: string,
  options: { clients: number; firstWorker?: number },
): WriteLoad {
  let next = options.firstWorker ?? 0;
  let running = true;
  const acknowledged: string[] = [];
  const outcomes = new Map<string, number>();
  const waiters: { at: number; resolve: () => void }[] = [];
  const count = (kind: string) => outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);

  async function client() {
    while (running) {
      let pause = false;
      try {
        const res = await fetch(`${target.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: CREATE, variables: { input: worker(next++) } }),
        });
        const body = (await res.json()) as {
          data?: { createArchive?: { archive?: { id: string }; fieldErrors?: { code: string }[] } };
          errors?: { extensions?: { code?: string } }[];
        };
        const id = body.data?.createArchive?.archive?.id;
        if (res.status === 200 && id) {
          acknowledged.push(id);
          for (const w of waiters.filter((w) => acknowledged.length >= w.at)) w.resolve();
        } else {
          const code =
            body.errors?.[0]?.extensions?.code ??
            body.data?.createArchive?.fieldErrors?.map((e) => e.code).join(',');
          count(`${res.status} ${code}`);
          pause = res.status === 503;
        }
      } catch {
        count('network');
        pause = true;
      }
      // A client that was told to come back later does not hammer the server meanwhile.
      if (pause) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const clients = Array.from({ length: options.clients }, client);
  return {
    acknowledged,
    outcomes,
    acknowledges(more) {
      const at = acknowledged.length + more;
      return new Promise((resolve) => waiters.push({ at, resolve }));
    },
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}

/** The acknowledged archives that are not in the database (there should be none). */
export async function missingArchives(databaseUrl: string, ids: string[]): Promise<string[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const found = await sql<
      { id: string }[]
    >`select id from archives where id = any(${ids}::uuid[])`;
    const present = new Set(found.map((r) => r.id));
    return ids.filter((id) => !present.has(id));
  } finally {
    await sql.end();
  }
}
