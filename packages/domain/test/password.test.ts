import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from '../src/common-passwords.js';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '../src/index.js';

const codeOf = (password: string, username = 'wang.fang') =>
  passwordProblem(password, username)?.code ?? null;

describe('password policy', () => {
  it('refuses what the security test got through: 12345678, eight spaces, the username', () => {
    expect(codeOf('12345678')).toBe('PASSWORD_TOO_SHORT');
    expect(codeOf('        ')).toBe('PASSWORD_BLANK');
    expect(codeOf('            ')).toBe('PASSWORD_BLANK');
    expect(codeOf('wang.fang', 'wang.fang')).toBe('PASSWORD_TOO_SHORT');
    expect(codeOf('jinshui-admin', 'jinshui-admin')).toBe('PASSWORD_CONTAINS_USERNAME');
    expect(codeOf('my-JinShui-2026', 'jinshui')).toBe('PASSWORD_CONTAINS_USERNAME');
  });

  it('refuses common passwords, also with digits or marks added at the end', () => {
    for (const p of ['1234567890', 'qwertyuiop', 'Password123', 'woaini1314520', 'admin@12345!'])
      expect(codeOf(p), p).toBe('PASSWORD_COMMON');
    expect(codeOf('aaaaaaaaaaaa')).toBe('PASSWORD_COMMON');
    expect(codeOf('1212121212')).toBe('PASSWORD_COMMON');
  });

  it('accepts a long phrase of one’s own', () => {
    expect(passwordProblem('黄河边的老槐树 2026', 'wang.fang')).toBeNull();
    expect(passwordProblem('test-password-1', 'gongyi-city')).toBeNull();
  });

  it('says what to fix in Chinese and in English, with the minimum', () => {
    expect(passwordProblem('short', 'x1')).toMatchObject({
      code: 'PASSWORD_TOO_SHORT',
      message: `密码至少${PASSWORD_MIN_LENGTH}位`,
      messageEn: `A password needs at least ${PASSWORD_MIN_LENGTH} characters`,
    });
  });

  it('never accepts anything shorter than the minimum, only spaces, or holding the username', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: PASSWORD_MIN_LENGTH - 1 }), (p) => {
        expect(passwordProblem(p, 'someone')).not.toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.nat({ max: 40 }), (n) => {
        expect(passwordProblem(' '.repeat(n), 'someone')).not.toBeNull();
      }),
    );
    const username = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{2,20}$/);
    fc.assert(
      fc.property(username, fc.string(), fc.string(), (name, before, after) => {
        const p = before + name.toUpperCase() + after;
        expect(passwordProblem(p, name)).not.toBeNull();
      }),
    );
  });

  it('refuses every listed password as typed, in capitals, or with a number after it', () => {
    const listed = fc.constantFrom(...COMMON_PASSWORDS);
    fc.assert(
      fc.property(listed, fc.nat({ max: 9999 }), (p, n) => {
        for (const variant of [p, p.toUpperCase(), `${p}${n}`, `${p}!`])
          expect(passwordProblem(variant, 'someone-else'), variant).not.toBeNull();
      }),
    );
  });

  it('accepts any long text of varied characters that avoids the username and the list', () => {
    const chars = fc.constantFrom(...'abcdefghjkmnpqrstuvwxyz帮扶工会档案ABCDEFGH23456789-_!');
    fc.assert(
      fc.property(fc.array(chars, { minLength: 14, maxLength: 60 }), (cs) => {
        const p = cs.join('');
        fc.pre(p.trim() !== '' && !/^(.{1,2})\1+$/su.test(p.toLowerCase()));
        const lower = p.toLowerCase();
        fc.pre(![...COMMON_PASSWORDS].some((c) => lower.startsWith(c)));
        expect(passwordProblem(p, 'zz-admin')).toBeNull();
      }),
    );
  });
});
