import type { ArchiveInput } from './archive-schema.js';
import { validateBankCard } from './bank-card.js';
import { ageOn } from './dates.js';
import { dictionaryLabel } from './dictionaries/index.js';
import type { Problem } from './check.js';
import { problem } from './error-codes.js';
import { renderFieldError, type FieldError } from './field-errors.js';
import { SEX_CODES } from './id-number.js';
import { fenToYuan } from './money.js';

/** Relations that imply a sex (配偶 and 其他 do not). */
const RELATION_SEX: Readonly<Record<string, string>> = {
  FATHER: SEX_CODES.MALE,
  SON: SEX_CODES.MALE,
  MOTHER: SEX_CODES.FEMALE,
  DAUGHTER: SEX_CODES.FEMALE,
};

/** Working age under the Labour Law (劳动法 第十五条). */
const MIN_WORKING_AGE = 16;

/**
 * Things that look wrong on a valid archive but may be true, so they must not block saving:
 * the admin sees them and confirms. Paths and codes have the same shape as field errors.
 */
export function archiveWarnings(input: ArchiveInput): FieldError[] {
  const warnings: FieldError[] = [];
  // Rendered for its path, so a member's warning names the row ("第2位家庭成员：…").
  const warn = (path: string[], { code, params }: Problem) => {
    const message = renderFieldError({ code, path, ...(params ? { params } : {}) });
    warnings.push(params ? { path, code, message, params } : { path, code, message });
  };

  if (input.bankCardNumber) {
    const card = validateBankCard(input.bankCardNumber);
    if (card.ok && card.warning) warn(['bankCardNumber'], card.warning);
  }

  // The total should at least cover everyone's wages for twelve months plus the other income.
  const wages = input.members.reduce(
    (sum, m) => sum + (m.monthlyIncomeFen ?? 0),
    input.monthlyIncomeFen,
  );
  const parts = wages * 12 + input.otherAnnualIncomeFen;
  if (input.householdAnnualIncomeFen < parts) {
    warn(
      ['householdAnnualIncomeFen'],
      problem('HOUSEHOLD_INCOME_BELOW_PARTS', {
        total: fenToYuan(input.householdAnnualIncomeFen),
        parts: fenToYuan(parts),
      }),
    );
  }

  // The contact card prints 联系方式; without one the person in charge cannot reach the worker.
  if (!input.mobile && !input.otherContact) warn(['mobile'], problem('NO_CONTACT'));

  if (ageOn(input.birthDate, input.workStartDate) < MIN_WORKING_AGE) {
    warn(['workStartDate'], problem('WORK_START_UNDER_16'));
  }

  input.members.forEach((member, i) => {
    const expected = RELATION_SEX[member.relation];
    if (expected !== undefined && member.sex !== expected) {
      warn(
        ['members', String(i), 'relation'],
        problem('RELATION_SEX_MISMATCH', {
          relation: dictionaryLabel('relation', member.relation),
          relationEn: dictionaryLabel('relation', member.relation, 'en'),
          sex: dictionaryLabel('sex', member.sex),
          sexEn: dictionaryLabel('sex', member.sex, 'en'),
        }),
      );
    }
  });

  return warnings;
}
