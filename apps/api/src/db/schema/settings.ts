import { sql } from 'drizzle-orm';
import { check, integer, snakeCase, text, uuid } from 'drizzle-orm/pg-core';
import {
  DEFAULT_NOTICE_PERIOD_DAYS,
  NOTICE_PERIOD_DAYS_MAX,
  NOTICE_PERIOD_DAYS_MIN,
} from '@bangfu/domain';
import { updatedAt } from './columns.js';
import { users } from './users.js';

/**
 * What the province sets once for every union (one row, `scope` PROVINCE). A missing row means
 * nobody has set anything yet: readers take the domain's defaults.
 */
export const provinceSettings = snakeCase.table(
  'province_settings',
  {
    scope: text().primaryKey().default('PROVINCE'),
    /** 对象公示 runs this many calendar days, the first included (the 开始公示 dialog's default). */
    noticePeriodDays: integer().notNull().default(DEFAULT_NOTICE_PERIOD_DAYS),
    setBy: uuid().references(() => users.id),
    updatedAt: updatedAt(),
  },
  () => [
    check('province_settings_scope', sql`scope = 'PROVINCE'`),
    check(
      'province_settings_notice_period',
      sql.raw(`notice_period_days between ${NOTICE_PERIOD_DAYS_MIN} and ${NOTICE_PERIOD_DAYS_MAX}`),
    ),
  ],
);
