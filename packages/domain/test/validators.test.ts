import { describe, expect, it } from 'vitest';
import {
  ageOn,
  isIsoDate,
  passesLuhn,
  todayIso,
  validateBankCard,
  validateDivisionCode,
  validateIsoDate,
  validateMobile,
  validatePostalCode,
} from '../src/index.js';

describe('mobile', () => {
  it.each(['13812345678', '19912345678', '138 1234 5678', '138-1234-5678'])('accepts %s', (v) => {
    expect(validateMobile(v)).toEqual({ ok: true, value: v.replace(/[\s-]/g, '') });
  });
  it.each(['12812345678', '1381234567', '138123456789', '23812345678', '1381234567a', ''])(
    'rejects %s',
    (v) => {
      expect(validateMobile(v)).toMatchObject({ ok: false, code: 'MOBILE_FORMAT' });
    },
  );
});

describe('postal code', () => {
  it('accepts six digits', () =>
    expect(validatePostalCode(' 450000 ')).toEqual({ ok: true, value: '450000' }));
  it.each(['45000', '4500000', '45000a'])('rejects %s', (v) => {
    expect(validatePostalCode(v)).toMatchObject({ ok: false, code: 'POSTAL_CODE_FORMAT' });
  });
});

describe('division code', () => {
  it('accepts a real province prefix', () => {
    expect(validateDivisionCode('410105')).toEqual({ ok: true, value: '410105' });
    expect(validateDivisionCode('820000').ok).toBe(true);
  });
  it('rejects a wrong shape or a province that does not exist', () => {
    expect(validateDivisionCode('41010')).toMatchObject({ code: 'DIVISION_CODE_FORMAT' });
    expect(validateDivisionCode('990101')).toMatchObject({ code: 'DIVISION_CODE_PROVINCE' });
    expect(validateDivisionCode('160101')).toMatchObject({ code: 'DIVISION_CODE_PROVINCE' });
    const named = validateDivisionCode('99', '户口所在地行政区划');
    expect(!named.ok && named.message).toContain('户口所在地行政区划');
  });
});

describe('bank card', () => {
  it('accepts a card passing Luhn, without warning', () => {
    expect(validateBankCard('6222 0212 3456 7890 128')).toEqual({
      ok: true,
      value: '6222021234567890128',
    });
  });
  it('accepts a card failing Luhn, with the BANK_CARD_LUHN warning', () => {
    const result = validateBankCard('6222021234567890129');
    expect(result).toMatchObject({ ok: true, warning: { code: 'BANK_CARD_LUHN' } });
  });
  it.each(['62220212345', '62220212345678901234', '6222abcd12345678'])('rejects %s', (v) => {
    expect(validateBankCard(v)).toMatchObject({ ok: false, code: 'BANK_CARD_FORMAT' });
  });
  it('implements Luhn', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });
});

describe('dates', () => {
  it('accepts real ISO dates, leap days included', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(validateIsoDate('2016-07-13')).toEqual({ ok: true, value: '2016-07-13' });
  });
  it('rejects wrong shapes and days that do not exist', () => {
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-04-31')).toBe(false);
    expect(validateIsoDate('2016/07/13', '工作时间')).toMatchObject({ code: 'DATE_FORMAT' });
    expect(validateIsoDate('2016-7-13')).toMatchObject({ code: 'DATE_FORMAT' });
    expect(validateIsoDate('2016-13-01')).toMatchObject({ code: 'DATE_INVALID' });
  });
  it('counts full years of age', () => {
    expect(ageOn('1975-08-15', '2026-08-14')).toBe(50);
    expect(ageOn('1975-08-15', '2026-08-15')).toBe(51);
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(0);
    expect(ageOn('2000-02-29', '2001-03-01')).toBe(1);
  });
  it("gives today's date in China, whatever the server's zone", () => {
    expect(todayIso(new Date('2026-03-14T16:30:00Z'))).toBe('2026-03-15');
    expect(todayIso(new Date('2026-03-14T15:59:59Z'))).toBe('2026-03-14');
  });
});
