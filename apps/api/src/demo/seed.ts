import { randomUUID } from 'node:crypto';
import { formatArchiveNumber, type ArchiveInput } from '@bangfu/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password.js';
import { archiveColumns, memberRows } from '../archives/store.js';
import { snapshotOf } from '../archives/service.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import {
  archiveHistory,
  archiveMembers,
  archiveNumberSequences,
  archives,
  assistancePlans,
  ledgerEntries,
  noticeObjections,
  spotChecks,
  unions,
  users,
} from '../db/schema/index.js';
import { insertUnion, type PlacedUnion } from '../unions/store.js';
import {
  DEMO_PASSWORD,
  demoArchives,
  demoUnions,
  demoUsers,
  type DemoArchive,
  type DemoUnion,
} from './generate.js';
import { log } from '../observability/log.js';
import { Progress } from './progress.js';
import { seedDemoSetUp } from './set-up.js';

export const DEMO_SEED = 20160713;
const BATCH = 200;

/** Where each demo union landed in the database, by its demo key. */
export type PlacedUnions = Map<
  string,
  PlacedUnion & { regionCode: string; level: string; cityKey: string | null }
>;

/**
 * The demo's union tree (Henan's real shape) and one user per role. Idempotent: unions and users
 * that exist (by code / username) are kept as they are.
 */
export async function seedDemoUnionsAndUsers(
  db: Database,
  seed = DEMO_SEED,
): Promise<{ placed: PlacedUnions; demo: DemoUnion[] }> {
  const demo = demoUnions(seed);
  const existing = await db.select().from(unions);
  const byCode = new Map(existing.map((u) => [u.code, u]));
  const placed: PlacedUnions = new Map();
  for (const u of demo) {
    const parent = u.parentKey ? placed.get(u.parentKey)! : null;
    const found = byCode.get(u.code);
    const place = found
      ? { id: found.id, path: found.path, depth: found.depth }
      : await insertUnion(
          db,
          {
            code: u.code,
            name: u.name,
            level: u.level,
            kind: u.kind ?? null,
            regionCode: u.regionCode,
            // The 2016 notice: cities and direct counties finish establishment by 2016-10-31.
            establishmentDueOn:
              u.level === 'CITY' || u.level === 'DIRECT_COUNTY' ? '2016-10-31' : null,
          },
          parent,
        );
    const cityKey =
      u.level === 'CITY' || u.level === 'DIRECT_COUNTY'
        ? u.key
        : parent && u.parentKey
          ? placed.get(u.parentKey)!.cityKey
          : null;
    placed.set(u.key, { ...place, regionCode: u.regionCode, level: u.level, cityKey });
  }
  const wanted = demoUsers().filter((u) => !u.bootstrap);
  const present = new Set(
    (
      await db
        .select({ username: users.username })
        .from(users)
        .where(
          inArray(
            users.username,
            wanted.map((u) => u.username),
          ),
        )
    ).map((u) => u.username),
  );
  const missing = wanted.filter((u) => !present.has(u.username));
  if (missing.length) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.insert(users).values(
      missing.map((u) => ({
        username: u.username,
        name: u.name,
        role: u.role,
        unionId: placed.get(u.unionKey)!.id,
        passwordHash,
      })),
    );
  }
  return { placed, demo };
}

interface SeedOptions {
  count: number;
  seed?: number;
  /** History rows with encrypted snapshots: on for the demo, off for benchmark loads. */
  history?: boolean;
  onProgress?: (done: number) => void;
}

/**
 * Inserts a stream of generated archives with everything their state implies (members, notice,
 * objections, determination, plan, ledger, spot checks), in batches of 200 per transaction.
 * Archives whose worker already has a live archive are skipped, so seeding more is always safe.
 */
export async function seedDemoArchives(
  db: Database,
  sealer: Sealer,
  options: SeedOptions,
): Promise<number> {
  const { placed, demo } = await seedDemoUnionsAndUsers(db, options.seed ?? DEMO_SEED);
  const [{ n: existing } = { n: 0 }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(archives);
  const live = new Set(
    (
      await db
        .select({ h: archives.idNumberHash })
        .from(archives)
        .where(sql`${archives.status} <> 'EXITED'`)
    ).map((r) => r.h),
  );
  const sequences = new Map(
    (await db.select().from(archiveNumberSequences)).map((s) => [s.key, s.last]),
  );
  // A new seed for every further run, so more archives are new people, not the same ones again.
  const seed = (options.seed ?? DEMO_SEED) + existing;
  let batch: DemoArchive[] = [];
  let inserted = 0;
  let generated = 0;
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    inserted += await inTransaction(db, async (tx) =>
      insertBatch(tx, sealer, rows, placed, sequences, live, options.history !== false),
    );
    options.onProgress?.(generated);
  };
  for (const archive of demoArchives(seed, options.count, demo)) {
    generated++;
    batch.push(archive);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (sequences.size) {
    await db
      .insert(archiveNumberSequences)
      .values([...sequences].map(([key, last]) => ({ key, last })))
      .onConflictDoUpdate({
        target: archiveNumberSequences.key,
        set: { last: sql`greatest(${archiveNumberSequences.last}, excluded.last)` },
      });
  }
  return inserted;
}

const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const at = (date: string) => new Date(`${date}T09:00:00+08:00`);

async function insertBatch(
  db: Database,
  sealer: Sealer,
  batch: DemoArchive[],
  placed: PlacedUnions,
  sequences: Map<string, number>,
  live: Set<string>,
  withHistory: boolean,
): Promise<number> {
  const archiveRows: (typeof archives.$inferInsert)[] = [];
  const members: (typeof archiveMembers.$inferInsert)[] = [];
  const plans: (typeof assistancePlans.$inferInsert)[] = [];
  const ledger: (typeof ledgerEntries.$inferInsert)[] = [];
  const checks: (typeof spotChecks.$inferInsert)[] = [];
  const objections: (typeof noticeObjections.$inferInsert)[] = [];
  const history: (typeof archiveHistory.$inferInsert)[] = [];
  for (const { unionKey, input, status, history: h } of batch) {
    const columns = archiveColumns(input as unknown as ArchiveInput, sealer);
    if (status !== 'EXITED' && live.has(columns.idNumberHash)) continue;
    if (status !== 'EXITED') live.add(columns.idNumberHash);
    const union = placed.get(unionKey)!;
    const year = Number(h.createdOn.slice(0, 4));
    const key = `${union.regionCode}-${year}`;
    const sequence = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, sequence);
    const number = formatArchiveNumber({ regionCode: union.regionCode, year, sequence });
    const id = randomUUID();
    const lastEvent = [
      h.createdOn,
      h.notice?.endsOn,
      h.approval?.on,
      h.exit?.on,
      ...(h.ledger ?? []).map((l) => l.on),
      ...(h.spotChecks ?? []).map((c) => c.on),
    ]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1)!;
    const lastCheck = h.spotChecks?.at(-1);
    archiveRows.push({
      ...columns,
      id,
      number,
      unionId: union.id,
      unionPath: union.path,
      status,
      noticeStartsOn: h.notice?.startsOn ?? null,
      noticeEndsOn: h.notice?.endsOn ?? null,
      submittedAt:
        status === 'PUBLICIZING' || status === 'DRAFT' || !h.notice
          ? null
          : at(dayAfter(h.notice.endsOn)),
      approvedAt: h.approval ? at(h.approval.on) : null,
      exitedOn: h.exit?.on ?? null,
      exitReason: h.exit?.reason ?? null,
      spotCheckFlagged: status === 'ESTABLISHED' && !!lastCheck && lastCheck.result !== 'CONFIRMED',
      createdAt: at(h.createdOn),
      updatedAt: at(lastEvent),
    });
    members.push(
      ...memberRows(id, input.members as unknown as ArchiveInput['members'] & object, sealer),
    );
    for (const note of h.notice?.objections ?? [])
      objections.push({ archiveId: id, cycle: 1, note, recordedAt: at(h.notice!.startsOn) });
    if (h.plan) {
      plans.push({
        archiveId: id,
        cycle: 1,
        assistanceUnit: input.assistanceUnit,
        personName: h.plan.personInCharge.name,
        personPost: h.plan.personInCharge.post,
        personPhone: h.plan.personInCharge.phone,
        liaisonName: h.plan.liaison.name,
        liaisonPost: h.plan.liaison.post,
        liaisonPhone: h.plan.liaison.phone,
        measures: h.plan.measures,
        measureOther: input.determination?.measureOther ?? null,
        actionPlans: h.plan.actionPlans,
        actionPlanOther: input.determination?.actionPlanOther ?? null,
        targetMonth: `${h.plan.targetMonth}-01`,
        workerSignedOn: input.workerSignedOn ?? null,
        cardIssuedOn: h.plan.cardIssuedOn,
      });
    }
    for (const l of h.ledger ?? []) {
      ledger.push({
        archiveId: id,
        cycle: 1,
        unionPath: union.path,
        on: l.on,
        actionPlan: l.actionPlan,
        description: l.description,
        amountFen: l.amountFen,
        by: l.by,
      });
    }
    for (const c of h.spotChecks ?? []) {
      checks.push({
        archiveId: id,
        cycle: 1,
        unionId: placed.get(union.cityKey!)!.id,
        on: c.on,
        checker: c.checker,
        result: c.result,
        note: c.note,
      });
    }
    if (withHistory) {
      history.push({
        archiveId: id,
        at: at(h.createdOn),
        action: 'CREATE',
        changes: { demo: { from: null, to: '演示数据 demo data' } },
        snapshot: snapshotOf(input as unknown as ArchiveInput, sealer, { status, number }),
      });
    }
  }
  // Chunks keep each statement under PostgreSQL's 65,535 parameters.
  const insert = async <T>(table: unknown, rows: T[], size = 500) => {
    for (let i = 0; i < rows.length; i += size) {
      await db.insert(table as typeof archives).values(rows.slice(i, i + size) as never);
    }
  };
  await insert(archives, archiveRows, 200);
  await insert(archiveMembers, members);
  await insert(assistancePlans, plans);
  await insert(ledgerEntries, ledger, 1000);
  await insert(spotChecks, checks);
  await insert(noticeObjections, objections);
  await insert(archiveHistory, history, 200);
  return archiveRows.length;
}

/** On first start of an empty demo database: the Henan tree, the demo users, and N archives. */
export async function seedDemoIfEmpty(
  db: Database,
  sealer: Sealer,
  options: { archives: number },
): Promise<void> {
  const [city] = await db
    .select({ id: unions.id })
    .from(unions)
    .where(eq(unions.code, '410100'))
    .limit(1);
  if (city) return;
  log('info', 'demo.seeding', {
    message: `帮扶 Bangfu: first start — seeding demo data (Henan unions, demo users, ${options.archives} archives)…`,
  });
  const progress = new Progress('demo archives', options.archives);
  const inserted = await seedDemoArchives(db, sealer, {
    count: options.archives,
    onProgress: (n) => progress.update(n),
  });
  progress.done(`${inserted} archives`);
  await seedDemoSetUp(db, DEMO_SEED);
}
