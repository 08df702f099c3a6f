import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MONEY_LIMITS,
  PROVINCE_CODES,
  fenToYuan,
  formatFen,
  idNumberCheckChar,
  isRealDate,
  normalizeBankCard,
  normalizeDate,
  normalizeIdNumber,
  normalizeMobile,
  normalizeTyped,
  parseIdNumber,
  parseYearMonth,
  parseYuan,
  validateBankCard,
  validateDictionaryCode,
  validateDivisionCode,
  validateFen,
  validateIsoDate,
  validateMobile,
  validatePhone,
  validatePostalCode,
  validateText,
  type Check,
} from '../src/index.js';
import { anyText, expectWellFormed, toFullWidth } from './typed-arbitraries.js';

const TODAY = '2026-03-15';

/** Every validator of the package that reads what a person types, by name. */
const VALIDATORS: [name: string, check: (value: string) => Check<unknown> | { ok: boolean }][] = [
  ['parseIdNumber', (v) => parseIdNumber(v, { today: TODAY })],
  ['validateMobile', validateMobile],
  ['validatePhone', (v) => validatePhone(v, '帮扶责任人联系方式')],
  ['validatePostalCode', validatePostalCode],
  ['validateDivisionCode', (v) => validateDivisionCode(v, '户口所在地行政区划')],
  ['validateBankCard', validateBankCard],
  ['validateIsoDate', (v) => validateIsoDate(v, '出生日期')],
  ['parseYearMonth', (v) => parseYearMonth(v, '帮扶任务完成时限')],
  ['parseYuan', (v) => parseYuan(v)],
  ['parseYuan (ledger entry)', (v) => parseYuan(v, MONEY_LIMITS.ledgerEntry)],
  ['validateText', (v) => validateText(v, { label: '备注', labelEn: 'Remarks', maxLength: 20 })],
  ['validateDictionaryCode', validateDictionaryCode],
];

describe('every validator, on anything typed', () => {
  it.each(VALIDATORS)(
    '%s never throws and explains every refusal in both languages',
    (_, check) => {
      fc.assert(
        fc.property(anyText, (value) => {
          expectWellFormed(check(value));
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each(VALIDATORS)('%s gives the same answer for what it accepted', (name, check) => {
    // An amount comes back in fen: it is typed again in yuan.
    const asTyped = (value: unknown) =>
      name.startsWith('parseYuan') ? fenToYuan(value as number) : String(value);
    fc.assert(
      fc.property(anyText, (value) => {
        const first = check(value);
        if (first.ok && 'value' in first) expect(check(asTyped(first.value))).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('validateFen never throws on any number', () => {
    const numbers = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 2 ** 53, -0, 2_147_483_647),
    );
    fc.assert(
      fc.property(numbers, (fen) => {
        const result = validateFen(fen, MONEY_LIMITS.ledgerEntry);
        expectWellFormed(result);
        if (result.ok) expect(result.value).toBeLessThanOrEqual(MONEY_LIMITS.ledgerEntry.maxFen);
      }),
    );
  });
});

describe('normalisation', () => {
  it.each([
    ['normalizeTyped', normalizeTyped],
    ['normalizeIdNumber', normalizeIdNumber],
    ['normalizeMobile', normalizeMobile],
    ['normalizeBankCard', normalizeBankCard],
    ['normalizeDate', normalizeDate],
  ] as const)('%s is idempotent', (_, normalize) => {
    fc.assert(
      fc.property(anyText, (value) => {
        const once = normalize(value);
        expect(normalize(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('turns full-width and Chinese punctuation into what a person meant', () => {
    expect(normalizeTyped('　１２３　ＡＢＣ，．－（）＋＃￥。　')).toBe('123 ABC,.-()+#¥.');
    expect(normalizeTyped('a\u200b\u3000\t\n b')).toBe('a b');
    expect(normalizeTyped('\u0000')).toBe('\u0000');
  });
});

// Valid values of every typed field, as a person might type them.
const idNumbers = fc
  .record({
    province: fc.constantFrom(...PROVINCE_CODES),
    rest: fc.stringMatching(/^\d{4}$/),
    year: fc.integer({ min: 1900, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    sequence: fc.integer({ min: 0, max: 999 }),
    lower: fc.boolean(),
  })
  .map(({ province, rest, year, month, day, sequence, lower }) => {
    const date = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
    const first17 = `${province}${rest}${date}${String(sequence).padStart(3, '0')}`;
    const id = first17 + idNumberCheckChar(first17);
    return lower ? id.toLowerCase() : id;
  });

const dates = fc
  .record({
    year: fc.integer({ min: 1900, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    style: fc.constantFrom('-', '/', '.', '年'),
  })
  .filter(({ year, month, day }) => isRealDate(year, month, day))
  .map(({ year, month, day, style }) =>
    style === '年' ? `${year}年${month}月${day}日` : [year, month, day].join(style),
  );

const amounts = fc
  .integer({ min: 0, max: MONEY_LIMITS.annualIncome.maxFen })
  .chain((fen) =>
    fc.constantFrom(
      formatFen(fen),
      `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`,
      `${Math.floor(fen / 100)}元`,
    ),
  );

const landlines = fc
  .record({
    area: fc.constantFrom('010', '021', '0371', '0396'),
    local: fc.stringMatching(/^[2-9]\d{7}$/),
    extension: fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
    marker: fc.constantFrom('转', '-', ' ext ', '#'),
  })
  .map(
    ({ area, local, extension, marker }) =>
      `${area}-${local.slice(0, 4)} ${local.slice(4)}${extension ? marker + extension : ''}`,
  );

const TYPED_VALID: [name: string, values: fc.Arbitrary<string>, check: (v: string) => unknown][] = [
  ['ID number', idNumbers, (v) => parseIdNumber(v, { today: TODAY })],
  [
    'mobile',
    fc.stringMatching(/^1[3-9]\d{9}$/).map((m) => `+86 ${m.slice(0, 3)}-${m.slice(3)}`),
    validateMobile,
  ],
  ['landline', landlines, (v) => validatePhone(v)],
  ['postal code', fc.stringMatching(/^\d{6}$/), validatePostalCode],
  [
    'division code',
    fc.constantFrom(...PROVINCE_CODES).chain((p) => fc.stringMatching(/^\d{4}$/).map((r) => p + r)),
    validateDivisionCode,
  ],
  ['bank card', fc.stringMatching(/^\d{4} \d{4} \d{4} \d{4}$/), validateBankCard],
  ['date', dates, (v) => validateIsoDate(v)],
  [
    'month',
    fc
      .integer({ min: 1900, max: 2100 })
      .chain((y) => fc.integer({ min: 1, max: 12 }).map((m) => `${y}年${m}月`)),
    (v) => parseYearMonth(v),
  ],
  ['amount', amounts, (v) => parseYuan(v)],
];

describe('a valid value typed in full width', () => {
  it.each(TYPED_VALID)('gives the same result for a %s', (_, values, check) => {
    fc.assert(
      fc.property(values, (value) => {
        const halfWidth = check(value) as { ok: boolean };
        expect(halfWidth.ok, value).toBe(true);
        expect(check(toFullWidth(value))).toEqual(halfWidth);
        expect(check(`\u3000${value}\u200b `)).toEqual(halfWidth);
      }),
    );
  });
});

describe('half-typed input', () => {
  it.each([
    ['11010519491231002', parseIdNumber, 'ID_NUMBER_LENGTH'],
    ['1101051949123100２', parseIdNumber, 'ID_NUMBER_LENGTH'],
    ['110105 1949', parseIdNumber, 'ID_NUMBER_LENGTH'],
    ['11010519491231002😀', parseIdNumber, 'ID_NUMBER_FORMAT'],
    ['11010519491231002\u0000', parseIdNumber, 'ID_NUMBER_FORMAT'],
    ['1'.repeat(10_000), parseIdNumber, 'ID_NUMBER_LENGTH'],
    ['', parseIdNumber, 'ID_NUMBER_REQUIRED'],
    ['\u3000', parseIdNumber, 'ID_NUMBER_REQUIRED'],
    ['138 1234', validateMobile, 'MOBILE_FORMAT'],
    ['4500', validatePostalCode, 'POSTAL_CODE_FORMAT'],
    ['6222 0212', validateBankCard, 'BANK_CARD_FORMAT'],
    ['2016-07-', validateIsoDate, 'DATE_FORMAT'],
    ['2016年7月', validateIsoDate, 'DATE_FORMAT'],
    ['12.', parseYuan, 'MONEY_INCOMPLETE'],
    ['1,2', parseYuan, 'MONEY_SEPARATOR'],
    ['-5', parseYuan, 'MONEY_NEGATIVE'],
    ['1e9', parseYuan, 'MONEY_FORMAT'],
    ['∞', parseYuan, 'MONEY_FORMAT'],
  ] as const)('%j → %s', (value, check, code) => {
    const result = (check as (v: string) => Check<unknown>)(value);
    expect(result).toMatchObject({ ok: false, code: code });
    expectWellFormed(result);
  });

  it('refuses control characters in free text with their own code, but keeps new lines and tabs', () => {
    const remarks = { label: '备注', labelEn: 'Remarks', maxLength: 1000 };
    expect(validateText('妻子\u0000无收入', remarks)).toMatchObject({
      code: 'TEXT_CONTROL_CHARACTER',
      message: '备注中有无法显示的字符（U+0000），多为复制粘贴带入，请删除后重新输入',
      params: { char: 'U+0000' },
    });
    for (const bad of ['\u0007', '\u001b[31m', '\u007f', '\u0085', '\u202e', 'a\ud800b']) {
      expect(validateText(`x${bad}`, remarks)).toMatchObject({ code: 'TEXT_CONTROL_CHARACTER' });
    }
    expect(validateText(' 第一行\r\n第二行\t右 ', remarks)).toEqual({
      ok: true,
      value: '第一行\n第二行\t右',
    });
    expect(validateText('😀𠀀', { label: '姓名', maxLength: 2 })).toEqual({
      ok: true,
      value: '😀𠀀',
    });
    expect(validateText('x'.repeat(10_000), remarks)).toMatchObject({ code: 'TEXT_TOO_LONG' });
  });
});
