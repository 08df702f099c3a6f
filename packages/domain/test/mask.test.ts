import { describe, expect, it } from 'vitest';
import {
  formatArchiveNumber,
  maskBankCard,
  maskIdNumber,
  maskMobile,
  maskName,
  parseArchiveNumber,
} from '../src/index.js';

describe('masking', () => {
  it('shows the first 6 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('41010519491231002X')).toBe('410105********002X');
  });
  it('shows the first 4 and last 4 digits of a bank card', () => {
    expect(maskBankCard('6222021234567890128')).toBe('6222***********0128');
    expect(maskBankCard('6222 0212 3456 7890')).toBe('6222********7890');
  });
  it('masks the middle four digits of a mobile', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });
  it('masks the given name for public notices', () => {
    expect(maskName('张国强')).toBe('张*强');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('李')).toBe('李');
  });
  it('hides short values entirely rather than leaking them', () => {
    expect(maskIdNumber('12345')).toBe('*****');
    expect(maskMobile('1381')).toBe('****');
  });
});

describe('archive number', () => {
  it('formats region, year and a six-digit sequence', () => {
    expect(formatArchiveNumber({ regionCode: '410105', year: 2026, sequence: 123 })).toBe(
      '410105-2026-000123',
    );
  });
  it('parses what it formats', () => {
    expect(parseArchiveNumber('410105-2026-000123')).toEqual({
      regionCode: '410105',
      year: 2026,
      sequence: 123,
    });
  });
  it('refuses what is not an archive number', () => {
    expect(parseArchiveNumber('410105-2026-123')).toBeNull();
    expect(parseArchiveNumber('990105-2026-000123')).toBeNull();
    expect(parseArchiveNumber('410105-2026-000000')).toBeNull();
    expect(() => formatArchiveNumber({ regionCode: '4101', year: 2026, sequence: 1 })).toThrow();
    expect(() =>
      formatArchiveNumber({ regionCode: '410105', year: 2026, sequence: 1_000_000 }),
    ).toThrow();
  });
});
