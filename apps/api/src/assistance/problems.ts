import {
  formatErrorMessage,
  todayIso,
  unprintableCharacter,
  validateFen,
  validateIsoDate,
  validatePhone,
  type ErrorCode,
  type MoneyLimit,
} from '@bangfu/domain';
import { ValidationError, type FieldError } from '../errors.js';

/**
 * Collects every problem of one small input (plan, ledger entry, spot check, line) so the user sees
 * them all at once, in the domain's codes and Chinese wording, then refuses the whole input.
 */
export class Problems {
  readonly errors: FieldError[] = [];

  add(path: string[], code: string, message: string): void {
    this.errors.push({ path, code, message });
  }

  domain(path: string[], code: ErrorCode, params: Record<string, string | number> = {}): void {
    this.add(path, code, formatErrorMessage(code, params));
  }

  /** Trimmed text, or undefined when empty; REQUIRED / TEXT_TOO_LONG name the field. */
  text(
    path: string[],
    value: string | null | undefined,
    label: string,
    options: { required?: boolean; max: number },
  ) {
    const text = value?.trim() || undefined;
    if (text === undefined && options.required) this.domain(path, 'REQUIRED', { label });
    const char = text === undefined ? undefined : unprintableCharacter(text);
    if (char !== undefined) this.domain(path, 'TEXT_CONTROL_CHARACTER', { label, char });
    else if (text !== undefined && [...text].length > options.max)
      this.domain(path, 'TEXT_TOO_LONG', { label, max: options.max });
    return text;
  }

  /** An amount in fen within its MONEY_LIMITS bound, so no sum of a few can overflow a column. */
  fen(path: string[], value: number, limit: MoneyLimit) {
    const checked = validateFen(value, limit);
    if (checked.ok) return checked.value;
    this.add(path, checked.code, checked.message);
    return undefined;
  }

  /** A staff phone (mobile or landline), normalised. */
  phone(path: string[], value: string | null | undefined, label: string) {
    const text = value?.trim() || undefined;
    if (text === undefined) return undefined;
    const checked = validatePhone(text, label);
    if (checked.ok) return checked.value;
    this.add(path, checked.code, checked.message);
    return undefined;
  }

  /**
   * A date something happened: real, not in the future (China time), and not before `notBefore`
   * (the archive's approval: nothing is assisted or checked before the archive exists).
   */
  pastDate(
    path: string[],
    value: string | null | undefined,
    label: string,
    notBefore: string | null,
  ) {
    if (!value) return void this.domain(path, 'REQUIRED', { label });
    const checked = validateIsoDate(value, label);
    if (!checked.ok) return void this.add(path, checked.code, checked.message);
    if (checked.value > todayIso()) return void this.domain(path, 'DATE_IN_FUTURE', { label });
    if (notBefore && checked.value < notBefore) {
      return void this.add(
        path,
        'DATE_BEFORE_APPROVAL',
        `${label}不能早于审批建档日期（${notBefore}）`,
      );
    }
    return checked.value;
  }

  /** Throws the collected problems as one ValidationError; nothing has been written yet. */
  throwIfAny(what: string): void {
    if (this.errors.length) {
      throw new ValidationError(
        `${what}有 ${this.errors.length} 处需要修改：${this.errors[0]!.message}`,
        this.errors,
      );
    }
  }
}

/** The China calendar date of an instant (approval is stored as a timestamp). */
export const chinaDate = (at: Date | string | null) => (at ? todayIso(new Date(at)) : null);
