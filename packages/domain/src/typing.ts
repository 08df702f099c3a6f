/*
 * What people type into number-like fields (ID and bank numbers, phones, postal and division
 * codes, money, dates) from a Chinese input method, a phone keyboard or a spreadsheet: full-width
 * digits and letters, the ideographic space, ￥, Chinese punctuation, pasted invisible characters.
 * Every validator of this package starts from `normalizeTyped`, so they all agree on what a typed
 * "１２３" or "１２。５" means. Free text (names, addresses, remarks) is kept as typed instead.
 */

// Zero-width space/joiners, word joiner, BOM, soft hyphen: invisible, pasted along, never meant.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Full-width forms of the printable ASCII characters ！…～ (digits, letters, ，．－（）＋＃).
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
// Hyphens, dashes and minus signs of other scripts and fonts.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
// 。 and the half-width ｡: a Chinese input method types them for the "." key.
const FULL_STOPS = /[\u3002\uFF61]/g;

/**
 * The half-width, single-spaced form of a typed value: full-width characters become their ASCII
 * twins, ￥ becomes ¥, 。 becomes ".", dashes become "-", invisible characters go, runs of any
 * whitespace (the ideographic space, tabs, new lines) become one space, and the ends are trimmed.
 * Idempotent. Anything else — letters, control characters — is left for the validator to refuse.
 */
export function normalizeTyped(value: string): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(INVISIBLE, '')
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uFFE5/g, '\u00A5')
    .replace(DASHES, '-')
    .replace(FULL_STOPS, '.')
    .replace(/\s+/g, ' ')
    .trim();
}

/*
 * Characters no text field may hold: C0 and C1 control characters except tab and new line (NUL
 * among them, which PostgreSQL refuses outright), bidirectional overrides (they make printed text
 * read differently from what is stored), and lone UTF-16 surrogates (not characters at all).
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'g');

/** The first character no text field may hold, written 'U+0000', or undefined when there is none. */
export function unprintableCharacter(text: string): string | undefined {
  const found = UNPRINTABLE.exec(text)?.[0];
  if (found === undefined) return undefined;
  return `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const EXCERPT_MAX = 40;

/**
 * A typed value quoted in a message: unprintable characters shown as �, and at most 40
 * characters, so a pasted page or a NUL byte never ends up inside an error message.
 */
export function excerpt(text: string): string {
  const chars = [...text.replace(UNPRINTABLE_ALL, '\uFFFD')];
  return chars.length > EXCERPT_MAX ? `${chars.slice(0, EXCERPT_MAX).join('')}…` : chars.join('');
}
