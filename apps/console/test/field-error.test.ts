import { describe, expect, it } from 'vitest';
import { validateArchiveForm } from '../src/archive-form/client-validation.js';
import { errorPhrase, fieldErrorText } from '../src/i18n/field-error.js';
import { model } from '../src/model.js';

/*
 * The crash of issue 7: ra-core wraps each form-level message as `{ message }`, its own validators
 * as `@@react-admin@@…` text; every shape must come out as a string, never reach Polyglot raw.
 */
function leaves(node: unknown): unknown[] {
  if (typeof node !== 'object' || node === null) return node === undefined ? [] : [node];
  return Object.values(node).flatMap(leaves);
}

const translate = (key: string) => (key === 'ra.validation.required' ? '必填' : key);

describe('an input error of any shape as words', () => {
  it.each([
    ['金额格式不正确', '金额格式不正确'],
    [{ message: '金额格式不正确' }, '金额格式不正确'],
    [{ message: { message: 'ra.validation.required', args: {} } }, '必填'],
    ['@@react-admin@@"ra.validation.required"', '必填'],
    ['@@react-admin@@{"message":"ra.validation.required","args":{}}', '必填'],
  ])('%j', (error, words) => {
    expect(fieldErrorText(error, translate)).toBe(words);
  });

  it('has nothing to say for no error', () => {
    expect(errorPhrase(undefined)).toBeUndefined();
    expect(errorPhrase({})).toBeUndefined();
  });

  it('every form-level message for typed money and ID numbers is a string', () => {
    const typed = ['', ' ', 'abc', '-1', '１２００', '99999999999999999999', '1e5', '1,2,3'];
    for (const money of typed)
      for (const idNumber of ['41010519750815001', '４１０１０５１９７５０８１５００１Ｘ', 'x'])
        for (const locale of ['zh-CN', 'en']) {
          const errors = validateArchiveForm(
            model,
            { monthlyIncomeFen: money, idNumber, members: [{ idNumber }] },
            { locale },
          );
          for (const leaf of leaves(errors)) expect(typeof leaf).toBe('string');
        }
  });
});
