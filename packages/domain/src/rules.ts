import { isIsoDate, todayIso } from './dates.js';
import { isDefaultSelectable } from './dictionaries/index.js';
import { parseIdNumber, SEX_CODES, type IdNumberResult } from './id-number.js';
import type { Rules, SchemaOptions } from './input-fields.js';

/*
 * Helpers for the cross-field rules. Those rules run even when some field already failed, so the
 * user sees every problem at once; they therefore read the raw values defensively and stay
 * silent about a field whose own check already failed.
 */

export function resolveRules(options: SchemaOptions = {}): Rules {
  return {
    isSelectable: options.isSelectable ?? isDefaultSelectable,
    today: options.today ?? (() => todayIso()),
  };
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function parsedId(value: unknown, rules: Rules): IdNumberResult | undefined {
  const id = stringOf(value);
  return id === undefined ? undefined : parseIdNumber(id, { today: rules.today() });
}

const SEX_WORDS: Record<string, { expected: string; expectedEn: string }> = {
  [SEX_CODES.MALE]: { expected: '男', expectedEn: 'male' },
  [SEX_CODES.FEMALE]: { expected: '女', expectedEn: 'female' },
};

/**
 * The issues raised when a person's birth date or sex disagree with their ID number: the ID is
 * the most carefully checked value on the form, so it is the one presumed right.
 */
export function idAgreement(
  record: Record<string, unknown>,
  rules: Rules,
): {
  field: 'birthDate' | 'sex';
  code: 'BIRTH_DATE_MISMATCH' | 'SEX_MISMATCH';
  expected: { expected: string; expectedEn?: string };
}[] {
  const parsed = parsedId(record.idNumber, rules);
  if (!parsed?.ok) return [];
  const found: ReturnType<typeof idAgreement> = [];
  const birthDate = stringOf(record.birthDate);
  if (isIsoDate(birthDate) && birthDate !== parsed.birthDate) {
    found.push({
      field: 'birthDate',
      code: 'BIRTH_DATE_MISMATCH',
      expected: { expected: parsed.birthDate },
    });
  }
  // A sex code the dictionary refuses already has its own error; don't pile a second one on.
  const sex = stringOf(record.sex);
  const expectedSex = SEX_CODES[parsed.sex];
  if (sex !== undefined && rules.isSelectable('sex', sex) && sex !== expectedSex) {
    found.push({
      field: 'sex',
      code: 'SEX_MISMATCH',
      expected: SEX_WORDS[expectedSex] ?? { expected: expectedSex },
    });
  }
  return found;
}

/**
 * Run a cross-field rule even after a field failed (zod skips it by default), as long as the
 * input has the right overall shape: an object for a record, an array for a list.
 */
export const ON_ANY_OBJECT = {
  when: ({ value }: { value: unknown }) =>
    typeof value === 'object' && value !== null && !Array.isArray(value),
};
export const ON_ANY_ARRAY = { when: ({ value }: { value: unknown }) => Array.isArray(value) };
