import { eq, isNull, or, sql } from 'drizzle-orm';
import { defaultReportDueOn } from '@bangfu/domain';
import type { Database } from '../db/client.js';
import { minimumLivingLines, reportPeriods, unions } from '../db/schema/index.js';
import { CITIES, DIRECT_COUNTIES, PROVINCE, contactCodesOf } from './regions.js';
import { createRandom } from './random.js';

/*
 * What a province sets up before anyone can work, so that a newcomer's first start shows it all
 * working: 低保 lines (the ratios and hints on every archive), this year's report period (a city
 * can report), and each union's address and phone (the printed 公示名单 says where to object).
 * Idempotent: existing lines, periods and contacts are kept as they are.
 */

/** Adds this year's 低保 lines, report period and union contacts where missing. */
export async function seedDemoSetUp(db: Database, seed: number, today = new Date()): Promise<void> {
  const year = today.getFullYear();
  const rng = createRandom(seed, 'minimum-lines', year);
  const lines = [PROVINCE, ...CITIES, ...DIRECT_COUNTIES].map((c, i) => ({
    regionCode: c.code,
    monthlyFen: i === 0 ? 70_000 : rng.int(72, 89) * 1_000,
  }));
  await db
    .insert(minimumLivingLines)
    .values([
      ...lines.map((l) => ({ ...l, year })),
      // Last year's lines about 4 % lower, rounded to the yuan: history to compare against.
      ...lines.map((l) => ({
        ...l,
        year: year - 1,
        monthlyFen: Math.round((l.monthlyFen * 0.96) / 100) * 100,
      })),
    ])
    .onConflictDoNothing();

  const startsOn = `${year}-01-01`;
  await db
    .insert(reportPeriods)
    .values({
      code: String(year),
      label: `${year}年度建档立卡情况`,
      startsOn,
      endsOn: `${year}-12-31`,
      dueOn: defaultReportDueOn(startsOn),
    })
    .onConflictDoNothing();

  await fillUnionContacts(db, seed);
}

/** Address and phone for demo unions that have none, from their region's postal and area codes. */
async function fillUnionContacts(db: Database, seed: number): Promise<void> {
  const missing = await db
    .select({ id: unions.id, name: unions.name, regionCode: unions.regionCode })
    .from(unions)
    .where(or(isNull(unions.address), isNull(unions.liaisonPhone)));
  const rng = createRandom(seed, 'union-contacts');
  for (const union of missing) {
    let codes: { postalCode: string; areaCode: string };
    try {
      // The provincial federation sits in the capital.
      const region = union.regionCode === PROVINCE.code ? '410100' : union.regionCode.slice(0, 6);
      codes = contactCodesOf(region);
    } catch {
      continue; // not a Henan division: leave it for its admin to fill in
    }
    const phone = `${codes.areaCode}-6${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
    const address = `${union.name}办公室（邮编 ${codes.postalCode}）`;
    await db
      .update(unions)
      .set({
        address: sql`coalesce(${unions.address}, ${address})`,
        liaisonPhone: sql`coalesce(${unions.liaisonPhone}, ${phone})`,
      })
      .where(eq(unions.id, union.id));
  }
}
