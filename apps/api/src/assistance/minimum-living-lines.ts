import { MONEY_LIMITS, todayIso, validateDivisionCode } from '@bangfu/domain';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import type { Database } from '../db/client.js';
import { minimumLivingLines, unions, type archives } from '../db/schema/index.js';
import { Forbidden } from '../errors.js';
import { Problems } from './problems.js';

export const FIRST_LINE_YEAR = 2000;
const thisYear = () => Number(todayIso().slice(0, 4));

/**
 * This year's 低保 line for the archive's hukou, nearest first: the division itself, its city
 * (XXXX00), its province (XX0000) — `minimumLineRegions` of the domain, written as SQL so the
 * archive read stays one statement. Only this year's line counts: last year's would make
 * every derived field quietly wrong after the yearly rise.
 */
export function minimumLineOf(a: typeof archives): SQL<number | null> {
  const code = a.hukouRegionCode;
  const city = sql`left(${code}, 4) || '00'`;
  const province = sql`left(${code}, 2) || '0000'`;
  const m = minimumLivingLines;
  return sql<number | null>`(select ${m.monthlyFen} from ${m}
    where ${m.year} = ${thisYear()} and ${m.regionCode} in (${code}, ${city}, ${province})
    order by case ${m.regionCode} when ${code} then 0 when ${city} then 1 else 2 end limit 1)`;
}

/**
 * Who sets lines: the province anywhere; a city admin for its own city and the counties in it
 * (prefecture-level cities publish their own 低保标准) — except a directly administered county
 * inside its code range (巩义 410181 under 郑州 4101), which answers to the province and sets its own.
 */
async function maySetLine(db: Database, viewer: Viewer, code: string): Promise<boolean> {
  if (viewer.role === 'PROVINCE_ADMIN') return true;
  if (viewer.role !== 'CITY_ADMIN') return false;
  const [union] = await db
    .select({ regionCode: unions.regionCode, level: unions.level })
    .from(unions)
    .where(eq(unions.id, viewer.unionId));
  if (!union) return false;
  if (union.level !== 'CITY') return code === union.regionCode;
  if (code.slice(0, 4) !== union.regionCode.slice(0, 4)) return false;
  const [directCounty] = await db
    .select({ id: unions.id })
    .from(unions)
    .where(and(eq(unions.level, 'DIRECT_COUNTY'), eq(unions.regionCode, code)))
    .limit(1);
  return !directCounty;
}

export interface LineInput {
  regionCode: string;
  year: number;
  monthlyFen: number;
}

/** Who sets lines at all: the province, and city-level unions for their own region. */
export const setsMinimumLivingLines = (viewer: Viewer) =>
  viewer.role === 'PROVINCE_ADMIN' || viewer.role === 'CITY_ADMIN';

export async function setMinimumLivingLine(db: Database, viewer: Viewer, raw: LineInput) {
  if (!setsMinimumLivingLines(viewer))
    throw new Forbidden('只有省总工会和市级工会可以设置低保标准。');
  const p = new Problems();
  const division = validateDivisionCode(raw.regionCode, '行政区划代码');
  if (!division.ok) p.add(['regionCode'], division.code, division.message);
  const latest = thisYear() + 1;
  if (raw.year < FIRST_LINE_YEAR || raw.year > latest) {
    p.add(['year'], 'YEAR_OUT_OF_RANGE', `年度应在${FIRST_LINE_YEAR}到${latest}年之间`);
  }
  p.fen(['monthlyFen'], raw.monthlyFen, MONEY_LIMITS.minimumLine);
  p.throwIfAny('低保标准');
  const regionCode = division.ok ? division.value : raw.regionCode;
  if (!(await maySetLine(db, viewer, regionCode)))
    throw new Forbidden('只能设置本市（本县）范围内的低保标准。');
  const values = { regionCode, year: raw.year, monthlyFen: raw.monthlyFen, setBy: viewer.id };
  const [line] = await db
    .insert(minimumLivingLines)
    .values(values)
    .onConflictDoUpdate({
      target: [minimumLivingLines.regionCode, minimumLivingLines.year],
      set: { monthlyFen: values.monthlyFen, setBy: viewer.id, updatedAt: sql`now()` },
    })
    .returning();
  return line!;
}
