import { FIXTURE_USERS, seedFixtureTree, type FixtureTree } from './fixtures.js';
import { startTestServer, type TestServer } from './server.js';

export interface FixtureWorld {
  server: TestServer;
  tree: FixtureTree;
  /** A signed-in token per fixture user. */
  tokens: Record<string, string>;
}

/** The real server on a fresh database, the fixture union tree, and every fixture user signed in. */
export async function startFixtureWorld(): Promise<FixtureWorld> {
  const server = await startTestServer();
  const tree = await seedFixtureTree(server.db);
  const tokens: Record<string, string> = {};
  for (const username of Object.keys(FIXTURE_USERS))
    tokens[username] = await server.login(username);
  return { server, tree, tokens };
}
