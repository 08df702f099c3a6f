import {
  DEFAULT_NOTICE_PERIOD_DAYS,
  NOTICE_PERIOD_DAYS_MAX,
  NOTICE_PERIOD_DAYS_MIN,
  isNoticePeriod,
} from '@bangfu/domain';
import { eq, sql } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import type { Database } from '../db/client.js';
import { provinceSettings } from '../db/schema/index.js';
import { Forbidden, ValidationError } from '../errors.js';

/*
 * Settings the province keeps for every union. Everyone signed in reads them (the 开始公示
 * dialog takes its default period from here); only a province admin changes them. Before the
 * province has set anything, the domain's defaults apply.
 */

export interface ProvinceSettingsView {
  noticePeriodDays: number;
  /** null while the defaults apply. */
  updatedAt: Date | null;
}

const SCOPE = 'PROVINCE';

export async function readProvinceSettings(db: Database): Promise<ProvinceSettingsView> {
  const [row] = await db
    .select({
      noticePeriodDays: provinceSettings.noticePeriodDays,
      updatedAt: provinceSettings.updatedAt,
    })
    .from(provinceSettings)
    .where(eq(provinceSettings.scope, SCOPE));
  return row ?? { noticePeriodDays: DEFAULT_NOTICE_PERIOD_DAYS, updatedAt: null };
}

/** 公示期: how many days a public notice runs by default, NOTICE_PERIOD_DAYS_MIN–MAX. */
export async function setNoticePeriodDays(
  db: Database,
  viewer: Viewer,
  days: number,
): Promise<ProvinceSettingsView> {
  if (viewer.role !== 'PROVINCE_ADMIN')
    throw new Forbidden(
      '只有省总工会可以设置公示期天数。Only the province sets the notice period.',
    );
  if (!isNoticePeriod(days)) {
    throw ValidationError.field(
      ['days'],
      'NOTICE_PERIOD_OUT_OF_RANGE',
      `公示期天数应为${NOTICE_PERIOD_DAYS_MIN}到${NOTICE_PERIOD_DAYS_MAX}之间的整数。`,
    );
  }
  const [row] = await db
    .insert(provinceSettings)
    .values({ scope: SCOPE, noticePeriodDays: days, setBy: viewer.id })
    .onConflictDoUpdate({
      target: provinceSettings.scope,
      set: { noticePeriodDays: days, setBy: viewer.id, updatedAt: sql`now()` },
    })
    .returning({
      noticePeriodDays: provinceSettings.noticePeriodDays,
      updatedAt: provinceSettings.updatedAt,
    });
  return row!;
}
