import { defaultReportDueOn, isIsoDate } from '@bangfu/domain';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { reportPeriods } from '../db/schema/index.js';
import { ValidationError, type FieldError } from '../errors.js';
import { lastOfMonth } from '../statistics/period.js';

export type ReportPeriodRow = typeof reportPeriods.$inferSelect;

export interface ReportPeriodInput {
  code: string;
  label: string;
  startsOn: string;
  endsOn: string;
  /** Defaults to the notice's deadline: the first 31 October on or after the start. */
  dueOn?: string | null;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/;

/**
 * A reporting period set by the province (e.g. 2016-07 … 2016-10, due 2016-10-31). Whole months,
 * like every statistics period, so that a report's flows are exact.
 */
export async function createReportPeriod(
  db: Database,
  raw: ReportPeriodInput,
): Promise<ReportPeriodRow> {
  const code = raw.code.trim();
  const label = raw.label.trim();
  const errors: FieldError[] = [];
  const add = (field: string, errorCode: string, message: string) =>
    errors.push({ path: [field], code: errorCode, message });
  if (!CODE.test(code))
    add(
      'code',
      'REPORT_PERIOD_CODE_FORMAT',
      '期间代码为 2–32 位字母、数字、点、下划线或连字符，如 2016-Q4。',
    );
  if (!label || label.length > 100)
    add('label', 'REPORT_PERIOD_LABEL_REQUIRED', '请填写期间名称（不超过 100 字）。');
  // Without a due date and with a bad start, only the start is reported wrong.
  const dueOn =
    raw.dueOn?.trim() || (isIsoDate(raw.startsOn) ? defaultReportDueOn(raw.startsOn) : '9999-12-31');
  const dates = { startsOn: raw.startsOn, endsOn: raw.endsOn, dueOn };
  const badDates = Object.entries(dates).filter(([, value]) => !isIsoDate(value));
  for (const [field] of badDates)
    add(field, 'DATE_INVALID', `${field} 不是有效日期（YYYY-MM-DD）。`);
  if (!badDates.length) {
    if (!dates.startsOn.endsWith('-01'))
      add('startsOn', 'PERIOD_FROM_NOT_MONTH_START', '报送期间按整月计算：开始日期应为某月 1 日。');
    if (dates.endsOn !== lastOfMonth(dates.endsOn)) {
      add(
        'endsOn',
        'PERIOD_TO_NOT_MONTH_END',
        `报送期间按整月计算：结束日期应为某月最后一天（如 ${lastOfMonth(dates.endsOn)}）。`,
      );
    }
    if (dates.endsOn < dates.startsOn)
      add('endsOn', 'PERIOD_ENDS_BEFORE_START', '结束日期早于开始日期。');
    if (dates.dueOn < dates.startsOn)
      add('dueOn', 'REPORT_DUE_BEFORE_START', '报送截止日期早于期间开始日期。');
  }
  if (CODE.test(code) && (await findReportPeriod(db, code))) {
    add('code', 'REPORT_PERIOD_CODE_TAKEN', `期间代码 ${code} 已存在，请换一个。`);
  }
  if (errors.length) throw new ValidationError('报送期间有误，未保存。', errors);
  const [created] = await db
    .insert(reportPeriods)
    .values({ code, label, ...dates })
    .returning();
  return created!;
}

export async function findReportPeriod(
  db: Database,
  code: string,
): Promise<ReportPeriodRow | null> {
  const [row] = await db
    .select()
    .from(reportPeriods)
    .where(eq(reportPeriods.code, code.trim()))
    .limit(1);
  return row ?? null;
}
