import { hasProvincePrefix } from './region.js';
import { normalizeTyped } from './typing.js';

/**
 * 职工编号: generated when an archive is created — the division code of the archiving union, the
 * year, and a sequence within that region and year, e.g. 410105-2026-000123. People read it out
 * on the phone and write it on the contact card, so it is digits and hyphens only.
 */
export interface ArchiveNumberParts {
  readonly regionCode: string;
  readonly year: number;
  readonly sequence: number;
}

const ARCHIVE_NUMBER = /^(\d{6})-(\d{4})-(\d{6})$/;
export const MAX_ARCHIVE_SEQUENCE = 999_999;

export function formatArchiveNumber({ regionCode, year, sequence }: ArchiveNumberParts): string {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError('regionCode must be 6 digits');
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError('bad year');
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_ARCHIVE_SEQUENCE) {
    throw new RangeError(`sequence must be 1..${MAX_ARCHIVE_SEQUENCE}`);
  }
  return `${regionCode}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The parts of an archive number (typed half- or full-width), or null when the text is not one. */
export function parseArchiveNumber(text: string): ArchiveNumberParts | null {
  const m = ARCHIVE_NUMBER.exec(normalizeTyped(text).replace(/ ?- ?/g, '-'));
  if (!m || !hasProvincePrefix(m[1] ?? '')) return null;
  const sequence = Number(m[3]);
  if (sequence < 1) return null;
  return { regionCode: m[1] ?? '', year: Number(m[2]), sequence };
}
