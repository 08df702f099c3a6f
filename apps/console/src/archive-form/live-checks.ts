import {
  SEX_CODES,
  dictionaryLabel,
  formatFen,
  monthlyIncomePerMemberFen,
  normalizeIdNumber,
  parseIdNumber,
  renderFieldError,
} from '@bangfu/domain';
import { isMasked } from './form-values.js';

/*
 * What the form tells a person while they type: whether an ID number can be right (and what it
 * says about the person), and the household's income per member.
 */

type Translate = (key: string, options?: Record<string, unknown>) => string;

interface LiveCheck {
  error?: string;
  hint?: string;
}

export function checkAsTyped(value: string, translate: Translate, lang: 'zh' | 'en'): LiveCheck {
  if (!value) return {};
  if (isMasked(value)) return { hint: translate('bangfu.archive.form.masked') };
  const id = normalizeIdNumber(value);
  const parsed = parseIdNumber(id);
  if (parsed.ok) {
    const sex = dictionaryLabel('sex', SEX_CODES[parsed.sex], lang);
    return { hint: translate('bangfu.archive.form.idRead', { birthDate: parsed.birthDate, sex }) };
  }
  // Fewer than 18 digits is a number still being typed (15 included: a legacy number is refused on leaving).
  if (/^\d{0,17}$/.test(id))
    return { hint: translate('bangfu.archive.form.idTyping', { count: id.length }) };
  return { error: renderFieldError(parsed, lang === 'en' ? 'en' : 'zh-CN') };
}

/** 家庭月人均收入 from the typed income and household size (the domain's rounding). */
export function perMemberText(income: unknown, size: unknown, lang: 'zh' | 'en'): string {
  if (typeof income !== 'number' || !Number.isSafeInteger(income) || income < 0) return '';
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) return '';
  return formatFen(monthlyIncomePerMemberFen(income, size), lang === 'en' ? 'en' : 'zh-CN');
}
