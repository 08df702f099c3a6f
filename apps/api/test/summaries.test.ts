import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoArchives } from '../src/demo/seed.js';
import { archiveInput } from './support/archive-input.js';
import {
  daysFromToday,
  establishedArchive,
  monthFromNow,
  rowsOf,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';
import { summariesAndCounts } from './support/counting.js';
import { addLedgerEntry, establishThroughWorkflow, setPlan } from './support/statistics.js';
import { DETERMINATION, workflowClient, type Workflow } from './support/workflow.js';

/*
 * The summaries behind `statistics` must always equal counting the base tables, whatever wrote
 * them: GraphQL mutations, direct SQL, bulk loads. Each step below changes data one way, then the
 * kept summaries are compared with plain GROUP BY counts.
 */
let world: AssistanceWorld;
let flow: Workflow;
beforeAll(async () => {
  world = await startAssistanceWorld();
  flow = workflowClient(world.server, world.tokens);
});
afterAll(() => world?.server.close());

async function expectSummariesEqualCounts() {
  const { kept, counted } = await summariesAndCounts(world.server.db);
  expect(kept.tallies).toEqual(counted.tallies);
  expect(kept.months).toEqual(counted.months);
  return kept;
}

const exec = (query: ReturnType<typeof sql>) => world.server.db.execute(query);
const ids: Record<string, string> = {};

describe('summaries stay equal to counting', () => {
  it('after creates, approvals with different classifications, a rejection, an exit and a re-entry', async () => {
    ids.a = await establishThroughWorkflow(world, 'wenhualu', 'jinshui', 1);
    ids.b = await flow.create('wenhualu', 2, {
      hardshipCategory: 'RELATIVE',
      primaryCause: 'LAID_OFF',
      secondaryCauses: [],
    });
    await flow.step('startPublicNotice', ids.b, world.tokens.wenhualu!);
    await flow.step('submitForApproval', ids.b, world.tokens.wenhualu!);
    await flow.step('approveArchive', ids.b, world.tokens.jinshui!, {
      determination: {
        ...DETERMINATION,
        keyGroups: ['UNDEREMPLOYED_IN_DIBAO', 'URBAN_MIGRANT_WORKER'],
        measures: ['EMPLOYMENT_AND_ENTREPRENEURSHIP'],
        actionPlans: ['SKILLS_TRAINING'],
      },
    });
    ids.c = await flow.create('huanghelu', 3);
    await flow.step('startPublicNotice', ids.c, world.tokens.huanghelu!);
    await flow.step('submitForApproval', ids.c, world.tokens.huanghelu!);
    await flow.step('rejectArchive', ids.c, world.tokens.jinshui!);
    ids.d = await establishThroughWorkflow(world, 'gulou-jc', 'gulou', 4);
    await flow.step('exitArchive', ids.d, world.tokens.gulou!);
    ids.e = await establishThroughWorkflow(world, 'gongyi-jc', 'gongyi', 5);
    await flow.step('exitArchive', ids.e, world.tokens.gongyi!, {
      on: daysFromToday(0),
      reason: 'MOVED_AWAY',
      note: '迁往外省',
    });
    await flow.step('reenterArchive', ids.e, world.tokens.gongyi!);
    await expectSummariesEqualCounts();
  });

  it('after plans, a plan change, ledger entries and an update of an established archive that drops a member', async () => {
    ids.f = await establishedArchive(world, 'wenhualu', 6, { approvedDaysAgo: 120 });
    const version = await setPlan(world, 'wenhualu', ids.f, monthFromNow(-2));
    await setPlan(world, 'wenhualu', ids.f, monthFromNow(1), version);
    await setPlan(world, 'wenhualu', ids.a!, monthFromNow(3));
    await addLedgerEntry(
      world,
      'wenhualu',
      ids.f,
      daysFromToday(-90),
      'MEDICAL_MUTUAL_AID',
      120_000,
    );
    await addLedgerEntry(world, 'wenhualu', ids.f, daysFromToday(-5), 'TARGETED_WARMTH', 50_000);
    await addLedgerEntry(
      world,
      'wenhualu',
      ids.a!,
      daysFromToday(0),
      'GOLDEN_AUTUMN_EDUCATION',
      300_000,
    );
    const [row] = rowsOf<{ version: number }>(
      await exec(sql`select version from archives where id = ${ids.f}`),
    );
    const input = archiveInput(6, { hardshipCategory: 'SUDDEN', primaryCause: 'ACCIDENT' });
    input.members = (input.members as unknown[]).slice(0, 1);
    const res = await world.server.graphql(
      'mutation($id: ID!, $v: Int!, $input: ArchiveInput!) { updateArchive(id: $id, version: $v, input: $input) { __typename } }',
      { id: ids.f, v: row!.version, input },
      world.tokens.wenhualu,
    );
    expect(res.data?.updateArchive.__typename).toBe('ArchivePayload');
    await expectSummariesEqualCounts();
  });

  it('after deleting a draft, and a refused mutation changes nothing', async () => {
    ids.g = await flow.create('huanghelu', 7);
    const del = await world.server.graphql(
      'mutation($id: ID!) { deleteArchive(id: $id) { __typename } }',
      { id: ids.g },
      world.tokens.huanghelu,
    );
    expect(del.data?.deleteArchive.__typename).toBe('DeletedArchive');
    const before = await expectSummariesEqualCounts();
    ids.h = await flow.create('huanghelu', 8);
    await flow.step('startPublicNotice', ids.h, world.tokens.huanghelu!);
    await flow.step('submitForApproval', ids.h, world.tokens.huanghelu!);
    const after = await expectSummariesEqualCounts();
    const refused = await flow.run('approveArchive', ids.h, world.tokens.jinshui!, {
      determination: { ...DETERMINATION, keyGroups: ['OTHER'] },
    });
    expect(refused.__typename).toBe('ValidationError');
    expect(await expectSummariesEqualCounts()).toEqual(after);
    expect(after).not.toEqual(before);
  });

  it('after direct SQL: multi-row updates, moved members, edited ledger rows, and deleting an established archive', async () => {
    await exec(
      sql`update archives set status = 'EXITED', exited_on = current_date, exit_reason = 'OTHER' where id in (${ids.a}, ${ids.b})`,
    );
    await exec(
      sql`update archive_members set archive_id = ${ids.d}, position = 9 where archive_id = ${ids.b} and position = 1`,
    );
    await exec(
      sql`update ledger_entries set amount_fen = amount_fen * 3, action_plan = 'STARTUP_AID' where archive_id = ${ids.f} and action_plan = 'TARGETED_WARMTH'`,
    );
    await expectSummariesEqualCounts();
    // An established archive with members, a plan and ledger entries, removed with its cascade.
    await exec(sql`delete from archives where id = ${ids.f}`);
    await expectSummariesEqualCounts();
  });

  it('after a bulk load of generated archives (multi-row inserts, as the demo seed and the benchmark do)', async () => {
    const inserted = await seedDemoArchives(world.server.db, world.server.sealer, {
      count: 150,
      history: false,
    });
    expect(inserted).toBeGreaterThan(100);
    const kept = await expectSummariesEqualCounts();
    expect(kept.months.some((r) => r.dimension === 'ledger')).toBe(true);
  });

  it('statistics_rebuild() recomputes the same summaries; TRUNCATE rebuilds them itself', async () => {
    const before = await expectSummariesEqualCounts();
    await exec(sql`update statistics_tallies set total = total + 7`);
    await exec(sql`select statistics_rebuild()`);
    expect(await expectSummariesEqualCounts()).toEqual(before);
    await exec(sql`truncate ledger_entries`);
    const after = await expectSummariesEqualCounts();
    expect(after.tallies.some((r) => r.dimension === 'ledger')).toBe(false);
  });
});
