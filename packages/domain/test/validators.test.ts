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
  normalizeDate,
} from '../src/index.js';

describe('mobile', () => {
  it('accepts 11 digits starting 1 then 3–9', () => {
    expect(validateMobile('19912345678')).toEqual({ ok: true, value: '19912345678' });
  });
  it.each([
    '13812345678',
    '138 1234 5678',
    '138-1234-5678',
    '１３８１２３４５６７８',
    '+86 138 1234 5678',
    '(+86)138-1234-5678',
    '008613812345678',
    '8613812345678',
    '\u3000138\u30001234\u30005678\u200b',
  ])('accepts %s as its 11 digits', (v) => {
    expect(validateMobile(v)).toEqual({ ok: true, value: '13812345678' });
  });
  it.each([
    '12812345678',
    '1381234567',
    '138123456789',
    '23812345678',
    '1381234567a',
    '+1 138 1234 5678',
  ])('rejects %s', (v) => {
    expect(validateMobile(v)).toMatchObject({ ok: false, code: 'MOBILE_FORMAT' });
  });
  it('sends a landline to 其他联系方式', () => {
    expect(validateMobile('０３７１－６３８０００01')).toMatchObject({
      ok: false,
      code: 'MOBILE_IS_LANDLINE',
      message: '“0371-63800001”是固定电话，请填在“其他联系方式”中；手机号码应为以1开头的11位数字',
    });
  });
  it('asks for a number when none is typed', () => {
    expect(validateMobile(' ')).toMatchObject({
      ok: false,
      code: 'REQUIRED',
      message: '请填写手机号码',
    });
  });
});

describe('postal code', () => {
  it('accepts six digits, full-width or spaced', () => {
    expect(validatePostalCode(' 450000 ')).toEqual({ ok: true, value: '450000' });
    expect(validatePostalCode('４５０ ０００')).toEqual({ ok: true, value: '450000' });
  });
  it.each(['45000', '4500000', '45000a'])('rejects %s', (v) => {
    expect(validatePostalCode(v)).toMatchObject({ ok: false, code: 'POSTAL_CODE_FORMAT' });
  });
});

describe('division code', () => {
  it('accepts a real province prefix', () => {
    expect(validateDivisionCode('410105')).toEqual({ ok: true, value: '410105' });
    expect(validateDivisionCode('４１０１０５')).toEqual({ ok: true, value: '410105' });
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
    for (const typed of [
      '6222 0212 3456 7890 128',
      '6222-0212-3456-7890-128',
      '６２２２０２１２３４５６７８９０１２８',
    ]) {
      expect(validateBankCard(typed)).toEqual({ ok: true, value: '6222021234567890128' });
    }
  });
  it('accepts a card failing Luhn, with the BANK_CARD_LUHN warning', () => {
    const result = validateBankCard('6222021234567890129');
    expect(result).toMatchObject({ ok: true, warning: { code: 'BANK_CARD_LUHN' } });
  });
  it.each(['62220212345', '62220212345678901234', '6222abcd12345678', '6222\u000012345678'])(
    'rejects %s',
    (v) => {
      expect(validateBankCard(v)).toMatchObject({ ok: false, code: 'BANK_CARD_FORMAT' });
    },
  );
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
    expect(validateIsoDate('13/07/2016', '工作时间')).toMatchObject({ code: 'DATE_FORMAT' });
    expect(validateIsoDate('2016-07')).toMatchObject({ code: 'DATE_FORMAT' });
    expect(validateIsoDate('2016-07-1x')).toMatchObject({ code: 'DATE_FORMAT' });
    expect(validateIsoDate('2016-13-01')).toMatchObject({ code: 'DATE_INVALID' });
    expect(validateIsoDate('2016/2/30')).toMatchObject({
      code: 'DATE_INVALID',
      message: '日期“2016-02-30”不是真实存在的日期，请核对',
    });
    expect(validateIsoDate('\u3000', '出生日期')).toMatchObject({
      code: 'REQUIRED',
      message: '请填写出生日期',
    });
  });
  it.each([
    '2016-07-13',
    '2016-7-13',
    '2016/7/13',
    '2016.07.13',
    '2016年7月13日',
    '2016 年 7 月 13 日',
    '20160713',
    '２０１６－０７－１３',
    '２０１６。７。１３',
  ])('reads %s as 2016-07-13', (typed) => {
    expect(validateIsoDate(typed)).toEqual({ ok: true, value: '2016-07-13' });
    expect(normalizeDate(typed)).toBe('2016-07-13');
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
