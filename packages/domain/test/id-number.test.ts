import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROVINCE_CODES,
  ageOn,
  idNumberCheckChar,
  isRealDate,
  maskIdNumber,
  normalizeIdNumber,
  parseIdNumber,
} from '../src/index.js';

const TODAY = '2026-03-15';
const parse = (value: string) => parseIdNumber(value, { today: TODAY });

/*
 * Known numbers, check characters computed by hand outside this package (GB 11643-1999:
 * Σ digit × weight mod 11 → 1 0 X 9 8 7 6 5 4 3 2), so the table does not trust the code it tests.
 */
const VALID: [id: string, birthDate: string, sex: 'MALE' | 'FEMALE', region: string][] = [
  ['11010519491231002X', '1949-12-31', 'FEMALE', '110105'],
  ['410105200002290014', '2000-02-29', 'MALE', '410105'],
  ['41010520040229003X', '2004-02-29', 'MALE', '410105'],
  ['41010519960229008X', '1996-02-29', 'FEMALE', '410105'],
  ['440304199912311237', '1999-12-31', 'MALE', '440304'],
  ['320583198304215713', '1983-04-21', 'MALE', '320583'],
  ['411726197508153616', '1975-08-15', 'MALE', '411726'],
  ['411726197703023622', '1977-03-02', 'FEMALE', '411726'],
  ['110105200001010008', '2000-01-01', 'FEMALE', '110105'],
];

const INVALID: [id: string, code: string, why: string][] = [
  ['', 'ID_NUMBER_REQUIRED', 'empty'],
  ['   ', 'ID_NUMBER_REQUIRED', 'blank'],
  ['110105491231002', 'ID_NUMBER_LEGACY_15', '15-character first-generation number'],
  ['11010519491231002', 'ID_NUMBER_LENGTH', '17 characters'],
  ['11010519491231002X1', 'ID_NUMBER_LENGTH', '19 characters'],
  ['1101051949123100XX', 'ID_NUMBER_FORMAT', 'X before the last place'],
  ['11010519491231O02X', 'ID_NUMBER_FORMAT', 'letter O for zero'],
  ['99010519800101001X', 'ID_NUMBER_REGION', 'province 99 does not exist'],
  ['100105198001010014', 'ID_NUMBER_REGION', 'province 10 does not exist'],
  ['410105190002290018', 'ID_NUMBER_BIRTH_DATE', '1900 is not a leap year'],
  ['410105200102290054', 'ID_NUMBER_BIRTH_DATE', '2001 is not a leap year'],
  ['410105198013010014', 'ID_NUMBER_BIRTH_DATE', 'month 13'],
  ['410105189912310016', 'ID_NUMBER_BIRTH_DATE', 'born before 1900'],
  ['410105209901010013', 'ID_NUMBER_FUTURE', 'born in 2099'],
  ['110105194912310021', 'ID_NUMBER_CHECKSUM', 'wrong check digit'],
  ['410105194912310021', 'ID_NUMBER_CHECKSUM', 'right shape, wrong check digit'],
];

describe('parseIdNumber: known numbers', () => {
  it.each(VALID)('accepts %s', (id, birthDate, sex, regionCode) => {
    expect(parse(id)).toEqual({ ok: true, birthDate, sex, regionCode });
  });

  it.each(INVALID)('rejects %s with %s (%s)', (id, code) => {
    const result = parse(id);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('accepts a birth date of today and rejects tomorrow', () => {
    expect(parseIdNumber('410105202512310045', { today: '2025-12-31' }).ok).toBe(true);
    expect(parseIdNumber('410105202512310045', { today: '2025-12-30' })).toMatchObject({
      code: 'ID_NUMBER_FUTURE',
    });
  });

  it('accepts a lowercase x, spaces and full-width digits, as typed in forms', () => {
    expect(parse('11010519491231002x').ok).toBe(true);
    expect(parse(' 110105 19491231 002X ').ok).toBe(true);
    expect(parse('１１０１０５１９４９１２３１００２Ｘ').ok).toBe(true);
    expect(normalizeIdNumber('11010519491231002x')).toBe('11010519491231002X');
  });

  it('tells the expected check character in the message', () => {
    const result = parse('110105194912310021');
    expect(!result.ok && result.message).toContain('X');
  });

  it('computes the check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('41010520000229001')).toBe('4');
    expect(() => idNumberCheckChar('123')).toThrow(RangeError);
  });
});

// A generator of valid ID numbers: a real province, any 4 digits, a real date up to TODAY.
const birthDates = fc
  .record({
    year: fc.integer({ min: 1900, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => isRealDate(year, month, day))
  .map(({ year, month, day }) =>
    [String(year), String(month).padStart(2, '0'), String(day).padStart(2, '0')].join('-'),
  );

const validIds = fc
  .record({
    province: fc.constantFrom(...PROVINCE_CODES),
    rest: fc.stringMatching(/^\d{4}$/),
    birthDate: birthDates,
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, rest, birthDate, sequence }) => {
    const first17 = `${province}${rest}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
    return {
      id: first17 + idNumberCheckChar(first17),
      birthDate,
      sex: sequence % 2 === 1 ? 'MALE' : 'FEMALE',
      regionCode: `${province}${rest}`,
    };
  });

describe('parseIdNumber: properties', () => {
  it('reads back the birth date, sex and region of any valid number', () => {
    fc.assert(
      fc.property(validIds, ({ id, birthDate, sex, regionCode }) => {
        expect(parse(id)).toEqual({ ok: true, birthDate, sex, regionCode });
      }),
    );
  });

  it('rejects any single-character change of a valid number', () => {
    const alphabet = '0123456789X';
    fc.assert(
      fc.property(
        validIds,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: alphabet.length - 1 }),
        ({ id }, position, shift) => {
          const original = alphabet.indexOf(id[position] ?? '');
          const replacement = alphabet[(original + shift) % alphabet.length] ?? '';
          const changed = id.slice(0, position) + replacement + id.slice(position + 1);
          expect(changed).not.toBe(id);
          expect(parse(changed).ok).toBe(false);
        },
      ),
    );
  });

  it('rejects two adjacent digits swapped when they differ', () => {
    fc.assert(
      fc.property(validIds, fc.integer({ min: 0, max: 15 }), ({ id }, i) => {
        fc.pre(id[i] !== id[i + 1]);
        const swapped = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
        expect(parse(swapped).ok).toBe(false);
      }),
    );
  });

  it('round-trips: check character, lower case, masking and age', () => {
    fc.assert(
      fc.property(validIds, ({ id, birthDate }) => {
        expect(idNumberCheckChar(id.slice(0, 17))).toBe(id[17]);
        expect(normalizeIdNumber(id.toLowerCase())).toBe(id);
        expect(parse(id.toLowerCase()).ok).toBe(true);
        const masked = maskIdNumber(id);
        expect(masked.slice(0, 6) + masked.slice(-4)).toBe(id.slice(0, 6) + id.slice(-4));
        expect(masked.slice(6, 14)).toBe('********');
        expect(ageOn(birthDate, birthDate)).toBe(0);
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const result = parse(value);
        if (!result.ok) expect(result.code).toMatch(/^ID_NUMBER_/);
      }),
    );
  });
});
