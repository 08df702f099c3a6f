import { todayIso } from '@bangfu/domain';
import { sql, type SQL } from 'drizzle-orm';
import { assistancePlans, ledgerEntries, type archives } from '../db/schema/index.js';

/*
 * SQL read together with an archive (Pothos drizzle `extras`): each is a correlated subquery on
 * the archive's own row, so plan, ledger and flags cost no statement of their own. `a` is the
 * archive table as the query aliases it. Kept as module-level functions: fields that share one
 * are merged into one subquery because the plugin compares extras by identity.
 */
type A = typeof archives;

// bigint: a sum of integer rows past 2^31 fen would fail the whole page with 22003; exact as a
// JS number up to 2^53 fen, far beyond anything the per-entry bound lets an archive reach.
const sum = (where: SQL) =>
  sql<number>`(select coalesce(sum(${ledgerEntries.amountFen}), 0)::bigint from ${ledgerEntries} where ${where})`.mapWith(
    Number,
  );
const ofArchive = (a: A) => sql`${ledgerEntries.archiveId} = ${a.id}`;
const ofCurrentCycle = (a: A) =>
  sql`${ledgerEntries.archiveId} = ${a.id} and ${ledgerEntries.cycle} = ${a.cycle}`;

/** 帮扶台账 total of the archive's current cycle. */
export const ledgerTotalOfCycle = (a: A) => sum(ofCurrentCycle(a));

/** 帮扶台账 total over every cycle of the archive. */
export const ledgerTotalOfAllCycles = (a: A) => sum(ofArchive(a));

/** How many ledger entries the archive has, in one cycle or in all. */
export const ledgerEntryCount = (cycle: number | null) => (a: A) =>
  sql<number>`(select count(*)::int from ${ledgerEntries} where ${ofArchive(a)}${cycle == null ? sql`` : sql` and ${ledgerEntries.cycle} = ${cycle}`})`.mapWith(
    Number,
  );

/**
 * Whether the current cycle has a ledger entry that stands: neither a reversal (冲销) nor taken
 * back by one. An archive whose only entry was voided by a correction was never assisted.
 */
export const assistedThisCycle = (a: A) =>
  sql<boolean>`exists (select 1 from ${ledgerEntries} where ${ofCurrentCycle(a)}
    and ${ledgerEntries.reversesEntryId} is null
    and not exists (select 1 from ${ledgerEntries} r where r.reverses_entry_id = ${ledgerEntries.id}))`;

/**
 * Whether the current cycle's plan has a target month wholly in the past. The target is met
 * "by the end of the month" (月底前), so it is past from the first day of the next month, in
 * China's calendar.
 */
export const planPastDue = (a: A) =>
  sql<boolean>`exists (select 1 from ${assistancePlans} where ${assistancePlans.archiveId} = ${a.id}
    and ${assistancePlans.cycle} = ${a.cycle} and ${assistancePlans.targetMonth} < ${`${todayIso().slice(0, 7)}-01`})`;
