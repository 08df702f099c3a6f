/* global process, console */
// PostGraphile v5 over the benchmark's database, for the side-by-side in docs/performance.md.
// Not part of the repository's dependencies: copy this file into a folder where
// `npm install postgraphile@5.1.5` was run, and start it there:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5440/bangfu_bench PORT=5680 node server.mjs
// It exposes the public schema as PostGraphile's amber preset makes it (no scoping, masking or
// decryption), plus one SQL function for the page (peer.sql), pool of 10 like the API's.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

// PostGraphile 5.1 asks for Node 22; this machine has Node 20, which lacks only this (so far).
Promise.withResolvers ??= function withResolvers() {
  let resolve, reject;
  const promise = new Promise((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      // Custom plans for every execution: PostGraphile prepares its statements, and the generic plan
      // of the page's `union_path ~>=~ $1` cannot see the prefix (bitmap + sort of all 40,400 matches:
      // 2–4 s at one million instead of ≈ 0.2 s). The API writes the prefix as a literal instead.
      poolConfig: {
        max: Number(process.env.BANGFU_DB_POOL ?? 10),
        options: '-c plan_cache_mode=force_custom_plan',
      },
      schemas: ['public'],
    }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
// Built before serving, so the first requests do not race the schema build.
await pgl.getSchema();
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).catch((e) => {
  console.error(e);
  process.exit(1);
});
const port = Number(process.env.PORT ?? 5680);
server.listen(port, '127.0.0.1', () =>
  console.info(`postgraphile on http://127.0.0.1:${port}/graphql`),
);
