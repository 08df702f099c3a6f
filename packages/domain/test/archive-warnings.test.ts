import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  WARNING_CODES,
  archiveWarnings,
  formatErrorMessage,
  makeArchiveInputSchema,
  toFieldErrors,
  type ArchiveInput,
} from '../src/index.js';
import { TODAY, validArchive } from './fixtures.js';

const schema = makeArchiveInputSchema({ today: () => TODAY });

function parsed(change: (a: Record<string, unknown>) => void = () => {}): ArchiveInput {
  const archive = validArchive();
  change(archive);
  return schema.parse(archive);
}

const codes = (input: ArchiveInput) =>
  archiveWarnings(input).map((w) => [w.path.join('.'), w.code]);

describe('archiveWarnings', () => {
  it('finds nothing on a consistent archive', () => {
    expect(archiveWarnings(parsed())).toEqual([]);
  });

  it('warns on a bank card failing the Luhn check', () => {
    expect(codes(parsed((a) => void (a.bankCardNumber = '6222021234567890129')))).toEqual([
      ['bankCardNumber', 'BANK_CARD_LUHN'],
    ]);
  });

  it('warns when the household total is below wages × 12 plus other income', () => {
    // own 1 200 + spouse 500 a month → 20 400 a year, plus 3 000 other = 23 400 yuan.
    const [warning] = archiveWarnings(parsed((a) => void (a.householdAnnualIncomeFen = 2_339_999)));
    expect(warning).toMatchObject({
      path: ['householdAnnualIncomeFen'],
      code: 'HOUSEHOLD_INCOME_BELOW_PARTS',
    });
    expect(warning?.message).toContain('23400.00');
    expect(archiveWarnings(parsed((a) => void (a.householdAnnualIncomeFen = 2_340_000)))).toEqual(
      [],
    );
  });

  it('warns when the contact card would have no contact', () => {
    expect(codes(parsed((a) => void (a.mobile = undefined)))).toEqual([['mobile', 'NO_CONTACT']]);
    expect(
      archiveWarnings(
        parsed((a) => {
          a.mobile = undefined;
          a.otherContact = '邻居王姐 0396-1234567';
        }),
      ),
    ).toEqual([]);
  });

  it('warns on a relation that contradicts the member’s sex', () => {
    const members = (a: Record<string, unknown>) => a.members as Record<string, unknown>[];
    const [warning] = archiveWarnings(
      parsed((a) => {
        members(a)[1] = { name: '张丽', relation: 'SON', sex: '2' };
      }),
    );
    expect(warning).toMatchObject({
      path: ['members', '1', 'relation'],
      code: 'RELATION_SEX_MISMATCH',
    });
    expect(warning?.message).toBe('第2位家庭成员：关系“儿子”与性别“女”不一致，请核对');
  });

  it('warns when work started before 16', () => {
    expect(codes(parsed((a) => void (a.workStartDate = '1990-01-01')))).toEqual([
      ['workStartDate', 'WORK_START_UNDER_16'],
    ]);
  });
});

describe('error codes', () => {
  it('fills message templates', () => {
    expect(formatErrorMessage('REQUIRED', { label: '姓名' })).toBe('请填写姓名');
    expect(formatErrorMessage('TEXT_TOO_LONG', { label: '备注', max: 1000 })).toBe(
      '备注不能超过1000个字，请精简',
    );
  });

  it('has a Chinese message for every code, warnings included', () => {
    for (const [code, message] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(message).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const code of WARNING_CODES) expect(ERROR_CODES).toHaveProperty(code);
  });

  it('maps a stray zod issue to a code, a string path and a Chinese message', () => {
    const errors = toFieldErrors({
      issues: [
        {
          code: 'invalid_type',
          expected: 'string',
          path: ['members', 0, 'name'],
          message: 'Invalid input',
        },
      ],
    });
    expect(errors).toEqual([
      {
        path: ['members', '0', 'name'],
        code: 'INVALID_TYPE',
        message: '第1位家庭成员：姓名的格式不正确',
        params: { label: '姓名', labelEn: 'Name' },
      },
    ]);
  });
});
