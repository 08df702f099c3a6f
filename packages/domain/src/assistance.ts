import type { Check } from './check.js';
import { problem } from './error-codes.js';
import { labelParams, type FieldLabel } from './labels.js';
import { normalizeTyped } from './typing.js';

/*
 * Assistance on an established archive (DOMAIN §3–4): the plan's target month, the contact card's
 * wording, and what the local minimum-living line (低保标准) says about a household.
 */

/**
 * Checks a month as typed — '2027-06', '2027/6', '2027.6', '2027年6月', '202706' — and gives it
 * as 'YYYY-MM' (帮扶任务完成时限); `label` names the field.
 */
export function parseYearMonth(value: string, label: FieldLabel = '月份'): Check {
  const params = labelParams(label);
  const text = normalizeTyped(value);
  if (text === '') return { ok: false, ...problem('REQUIRED', params) };
  const m = /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?月?$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12 || Number(m[1]) < 1900) {
    return { ok: false, ...problem('YEAR_MONTH_FORMAT', params) };
  }
  return { ok: true, value: `${m[1]}-${String(month).padStart(2, '0')}` };
}

/** '2027-06' or '2027-06-01' → '2027 年 06 月', the way the seed's card prints a month. */
export function yearMonthText(value: string): string {
  return `${value.slice(0, 4)} 年 ${value.slice(5, 7)} 月`;
}

/** The contact card's 帮扶任务完成时限: '2027 年 06 月底前实现解困脱困'. */
export function exitDeadlineText(targetMonth: string): string {
  return `${yearMonthText(targetMonth)}底前实现解困脱困`;
}

/** Whether the whole target month ('YYYY-MM…') lies before `today` ('YYYY-MM-DD'): overdue. */
export function monthHasPassed(targetMonth: string, today: string): boolean {
  return today.slice(0, 7) > targetMonth.slice(0, 7);
}

/**
 * The division codes whose minimum-living line applies to `code`, nearest first: the code itself,
 * its prefecture-level city (XXXX00), its province (XX0000). Lines are usually set per city.
 */
export function minimumLineRegions(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}

export type SuggestedHardshipCategory = 'DEEP' | 'RELATIVE';

/**
 * The one rule behind both income hints, in multiples of the local 低保 line: below 1× suggests
 * 深度困难, below 2× 相对困难 (DICTIONARIES' definitions); at or above 2× no category is suggested
 * and only then may the household be ready to leave the archive. 实现脱困 as an exit reason still
 * needs the archivist's judgement (above the line for six months, the unavoidable spending the
 * definition subtracts), which the system cannot see; the hint is deliberately the stricter reading
 * so that it never calls a household both 相对困难 and ready to exit.
 */
export const HARDSHIP_LINE_MULTIPLES = { DEEP: 1, RELATIVE: 2 } as const;

/**
 * The hardship category the income suggests, or null at or above twice the line (or without a
 * line). The system knows the per-member income, not the unavoidable spending the definition
 * subtracts, so this is a hint for the archivist, never a decision.
 */
export function suggestHardshipCategory(
  monthlyIncomePerMemberFen: number,
  minimumLineFen: number,
): SuggestedHardshipCategory | null {
  if (!(minimumLineFen > 0)) return null;
  if (monthlyIncomePerMemberFen < HARDSHIP_LINE_MULTIPLES.DEEP * minimumLineFen) return 'DEEP';
  if (monthlyIncomePerMemberFen < HARDSHIP_LINE_MULTIPLES.RELATIVE * minimumLineFen) {
    return 'RELATIVE';
  }
  return null;
}

/**
 * Whether the income suggests the household could leave the archive (可考虑脱困): a line is known
 * and no hardship category is suggested — the same thresholds, so the two hints never disagree.
 */
export function incomeSuggestsExit(
  monthlyIncomePerMemberFen: number,
  minimumLineFen: number,
): boolean {
  return (
    minimumLineFen > 0 &&
    suggestHardshipCategory(monthlyIncomePerMemberFen, minimumLineFen) === null
  );
}
