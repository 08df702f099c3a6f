import type { Check } from './check.js';
import { problem } from './error-codes.js';
import { labelParams, type FieldLabel } from './labels.js';
import { unprintableCharacter } from './typing.js';

/** How long free text may be when its field sets no limit. */
export const TEXT_MAX_LENGTH = 200;

export type TextField = FieldLabel & { readonly maxLength?: number };

/**
 * Free text (names, addresses, remarks, reasons): kept as typed, trimmed, with Windows line
 * breaks made plain new lines. Refused: blank (REQUIRED), a control or other unprintable
 * character (TEXT_CONTROL_CHARACTER — a NUL byte would otherwise reach PostgreSQL and fail there),
 * and more characters than the field allows (TEXT_TOO_LONG; counted in characters, so a rare Han
 * character outside the BMP counts once).
 */
export function validateText(value: string, field: TextField): Check {
  const label = labelParams(field);
  const max = (typeof field === 'object' ? field.maxLength : undefined) ?? TEXT_MAX_LENGTH;
  const text = typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';
  if (text === '') return { ok: false, ...problem('REQUIRED', label) };
  const char = unprintableCharacter(text);
  if (char !== undefined) {
    return { ok: false, ...problem('TEXT_CONTROL_CHARACTER', { ...label, char }) };
  }
  if ([...text].length > max) return { ok: false, ...problem('TEXT_TOO_LONG', { ...label, max }) };
  return { ok: true, value: text };
}
