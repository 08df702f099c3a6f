import fc from 'fast-check';
import { expect } from 'vitest';
import {
  LOCALES,
  formatErrorMessage,
  isErrorCode,
  messageSlots,
  renderFieldError,
  unprintableCharacter,
  type MessageParams,
} from '../src/index.js';

/*
 * What people type, for property tests: digits and letters in both widths, every separator a
 * Chinese input method or a spreadsheet produces, signs, emoji, control characters, invisible
 * characters, lone surrogates and message-slot look-alikes — mixed at random, plus arbitrary
 * strings and a few very long ones.
 */
// prettier-ignore
const TYPED = [
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '２', '５', '９',
  'X', 'x', 'Ｘ', 'ｘ', 'a', 'Z', 'e', 'E', '中', '元', '年', '月', '日', '转', '分机', 'ext',
  ' ', '\u3000', '\t', '\n', '\r', '\u00a0', '\u200b', '\ufeff',
  '-', '－', '—', '−', '.', '．', '。', ',', '，', '/', '¥', '￥', '+', '#', '(', ')', '（', '）', ':',
  '∞', '😀', '👨‍👩‍👧', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u202e', '\ud800', '\udc00',
  '{label}', '{', '}', '%', '"', "'", '<', '>',
];

export const typed = fc
  .array(fc.constantFrom(...TYPED), { maxLength: 30 })
  .map((parts) => parts.join(''));

export const anyText = fc.oneof(
  { weight: 4, arbitrary: typed },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', '\u3000\u3000', 'x'.repeat(10_000), '１'.repeat(10_000)),
  },
);

/** The full-width twin of every printable ASCII character, and the ideographic space. */
export function toFullWidth(text: string): string {
  return text.replace(/[!-~ ]/g, (c) =>
    c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
  );
}

interface Failure {
  readonly code: string;
  readonly message: string;
  readonly params?: MessageParams;
  readonly path?: readonly string[];
}

/**
 * A failed check as people read it: a package code; a plain message, rendered from the code's
 * template in both languages with every slot filled; no control character; not a page long.
 */
export function expectWellFormed(result: { ok: boolean } | Failure): void {
  if ('ok' in result && result.ok) return;
  const failure = result as Failure;
  expect(isErrorCode(failure.code), failure.code).toBe(true);
  if (!isErrorCode(failure.code)) return;
  const params = failure.params ?? {};
  for (const locale of LOCALES) {
    for (const slot of messageSlots(failure.code, locale)) {
      expect(params[slot] ?? params[`${slot}En`], `${failure.code} {${slot}}`).toBeDefined();
    }
    const text = renderFieldError({ ...failure, message: '' }, locale);
    expect(text).toBe(
      renderFieldError({ code: failure.code, params, path: failure.path ?? [] }, locale),
    );
    expect(text.endsWith(formatErrorMessage(failure.code, params, locale))).toBe(true);
    expect(typeof text).toBe('string');
    expect(text.trim()).not.toBe('');
    expect(unprintableCharacter(text)).toBeUndefined();
    expect([...text].length).toBeLessThan(300);
  }
  expect(failure.message).toBe(renderFieldError({ ...failure, message: '' }, 'zh-CN'));
}
