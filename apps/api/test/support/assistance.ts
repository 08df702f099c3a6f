import { todayIso } from '@bangfu/domain';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { archiveInput } from './archive-input.js';

/** A China calendar date `days` from today ('YYYY-MM-DD'); negative is the past. */
export const daysFromToday = (days: number) => todayIso(new Date(Date.now() + days * 86_400_000));

/** A month 'YYYY-MM' `months` from this one. */
export function monthFromNow(months: number): string {
  const [y, m] = todayIso().split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export const thisYear = () => Number(todayIso().slice(0, 4));

import type { FixtureWorld } from './world.js';

export { startFixtureWorld as startAssistanceWorld } from './world.js';
export type AssistanceWorld = FixtureWorld;

const CREATE = `mutation($input: ArchiveInput!) {
  createArchive(input: $input) { ... on ArchivePayload { archive { id } } ... on ValidationError { fieldErrors { code } } }
}`;

/** A draft archive created through the API as a grassroots admin would. */
export async function draftArchive(
  world: AssistanceWorld,
  user: string,
  seq: number,
  overrides: Record<string, unknown> = {},
) {
  const res = await world.server.graphql(
    CREATE,
    { input: archiveInput(seq, overrides) },
    world.tokens[user],
  );
  expect(res.errors).toBeUndefined();
  const id = res.data!.createArchive.archive?.id as string;
  expect(id).toBeTruthy();
  return id;
}

/**
 * An ESTABLISHED archive, approved `approvedDaysAgo` days ago with a determination. It is created
 * through createArchive and then moved on with a direct SQL update: the workflow mutations
 * (approveArchive) are written in parallel, and these tests are about what follows approval.
 */
export async function establishedArchive(
  world: AssistanceWorld,
  user: string,
  seq: number,
  options: { approvedDaysAgo?: number; overrides?: Record<string, unknown> } = {},
) {
  const id = await draftArchive(world, user, seq, options.overrides);
  const approvedOn = daysFromToday(-(options.approvedDaysAgo ?? 200));
  await world.server.db.execute(sql`
    update archives set status = 'ESTABLISHED', approved_at = ${`${approvedOn}T10:00:00+08:00`}::timestamptz,
      is_target = true, decided_on = ${approvedOn}::date,
      key_groups = array['EXPENDITURE_HARDSHIP']::text[],
      measures = array['SERIOUS_ILLNESS_AND_MUTUAL_AID', 'OTHER']::text[], measure_other = '申请临时救助',
      action_plans = array['MEDICAL_MUTUAL_AID', 'GOLDEN_AUTUMN_EDUCATION']::text[]
    where id = ${id}`);
  return id;
}

/** Rows of a raw SQL result on either driver. */
export function rowsOf<T>(result: unknown): T[] {
  return (
    typeof result === 'object' && result !== null && 'rows' in result
      ? (result as { rows: T[] }).rows
      : result
  ) as T[];
}

export async function count(
  world: AssistanceWorld,
  table: string,
  archiveId: string,
): Promise<number> {
  const result = await world.server.db.execute(
    sql`select count(*)::int as n from ${sql.identifier(table)} where archive_id = ${archiveId}`,
  );
  return rowsOf<{ n: number }>(result)[0]!.n;
}

/** The statements of a response that are not the sign-in lookup every request makes. */
export const dataStatements = (statements: string[]) =>
  statements.filter((s) => !/(from|update) "sessions"/.test(s));
