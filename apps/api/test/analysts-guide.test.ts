import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  establishedArchive,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';
import { TEST_PASSWORD } from './support/server.js';

/*
 * docs/analysts.md promises that every example can be pasted into GraphiQL: each of its GraphQL
 * blocks runs here as the province analyst and must answer without errors.
 */
const guide = readFileSync(new URL('../../../docs/analysts.md', import.meta.url), 'utf8');
const examples = [...guide.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

let world: AssistanceWorld;
beforeAll(async () => {
  world = await startAssistanceWorld();
  await establishedArchive(world, 'wenhualu', 1);
  await world.server.graphql(
    'mutation { createReportPeriod(code: "2016-10", label: "2016年建档立卡情况", startsOn: "2016-07-01", endsOn: "2016-10-31", dueOn: "2016-10-31") { __typename } }',
    {},
    world.tokens.province,
  );
});
afterAll(() => world?.server.close());

describe('the analysts’ guide', () => {
  it('has examples', () => expect(examples.length).toBeGreaterThan(8));

  it.each(examples.map((query, i) => [i + 1, query] as const))(
    'example %i runs as written',
    async (_n, query) => {
      // The guide signs in with the demo password; the test fixtures use their own.
      const res = await world.server.graphql(
        query.replace('bangfu-demo', TEST_PASSWORD),
        {},
        world.tokens.analyst,
      );
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(JSON.stringify(res.data)).not.toContain('"idNumber"');
      // No name, not even masked (张*强): the fixture worker is 张国强.
      expect(JSON.stringify(res.data)).not.toMatch(/张国强|[\u4e00-\u9fa5]\*/);
    },
  );
});
