import { todayIso } from '@bangfu/domain';

/*
 * 公示名单: the period and where to lodge objections. A union subtree may hold several grassroots
 * unions; each one receives objections about its own workers, so each is named once.
 */

export interface ObjectionContact {
  unionName: string;
  address?: string | null;
  liaisonName?: string | null;
  liaisonPost?: string | null;
  liaisonPhone?: string | null;
}

/** Each union taking objections, once, in the order the list first names it. */
export function objectionContacts(
  entries: readonly { objectionsTo: ObjectionContact }[],
): ObjectionContact[] {
  const seen = new Map<string, ObjectionContact>();
  for (const { objectionsTo } of entries) {
    if (!seen.has(objectionsTo.unionName)) seen.set(objectionsTo.unionName, objectionsTo);
  }
  return [...seen.values()];
}

/** "金水区文化路街道总工会（地址：…；联系人：王敏（工会干事）；电话：…）". */
export function contactLine(c: ObjectionContact): string {
  const person = c.liaisonName
    ? `${c.liaisonName}${c.liaisonPost ? `（${c.liaisonPost}）` : ''}`
    : '';
  const parts = [
    c.address ? `地址：${c.address}` : '',
    person ? `联系人：${person}` : '',
    c.liaisonPhone ? `电话：${c.liaisonPhone}` : '',
  ].filter(Boolean);
  return parts.length ? `${c.unionName}（${parts.join('；')}）` : c.unionName;
}

export interface NoticePeriod {
  from: string;
  to: string;
}

/** This month, from its first to its last day (China time): where a notice board starts. */
export function thisMonth(today = todayIso()): NoticePeriod {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const month = String(m).padStart(2, '0');
  return { from: `${y}-${month}-01`, to: `${y}-${month}-${String(last).padStart(2, '0')}` };
}

/** The problem with a period typed in, if any (same rule and words as the API). */
export function periodProblem(period: NoticePeriod): string | null {
  if (!period.from || !period.to) return '请填写期间的开始和结束日期。';
  if (period.to < period.from) return '期间结束日期不能早于开始日期。';
  return null;
}
