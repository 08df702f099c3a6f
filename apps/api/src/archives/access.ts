import type { Viewer } from '../auth/sessions.js';
import { NotForAnalysts } from '../errors.js';
import { ANALYST_HIDDEN_FIELDS, HIDDEN_TEXT } from '../schema/analyst-view.js';

/**
 * Who sees what of an archive (DOMAIN §5). ID numbers, bank cards and mobiles are masked for
 * everyone by default; admins may reveal one value at a time (`revealSensitive`, logged).
 * Health and disability are shown to admins, who assist on their basis. Analysts read
 * de-identified records: no names, identifiers, contact details, health or free text.
 */
export const REVEALABLE_FIELDS = ['idNumber', 'bankCardNumber', 'mobile'] as const;
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

export const isAnalyst = (viewer: Viewer | null) => viewer?.role === 'ANALYST';
export const canReveal = (viewer: Viewer | null) => viewer !== null && viewer.role !== 'ANALYST';

/** A personal identifier: hidden from analysts, shown as is to admins. */
export function identifying<T>(viewer: Viewer | null, value: T): T | null {
  return isAnalyst(viewer) ? null : value;
}

/** Names: hidden from analysts (not even masked), whole for admins. */
export function personName(viewer: Viewer | null, name: string): string {
  return isAnalyst(viewer) ? HIDDEN_TEXT : name;
}

/** Catalogue fields that identify a person: shown to admins, null for analysts. */
export const IDENTIFYING_ARCHIVE_FIELDS = [
  'birthDate',
  'health',
  'disabilityCategory',
  'disabilityGrade',
  'otherContact',
  'address',
  'bankName',
  'bankBranch',
] as const;

/**
 * Everything an analyst never sees of an archive, now or in its history and exports: the analyst
 * view's table (schema/analyst-view.ts) for the archive, its determination and its members.
 */
export const ANALYST_HIDDEN_ARCHIVE_FIELDS: readonly string[] = [
  ...Object.keys(ANALYST_HIDDEN_FIELDS.Archive!),
  ...Object.keys(ANALYST_HIDDEN_FIELDS.Determination!),
];
export const ANALYST_HIDDEN_MEMBER_FIELDS: readonly string[] = Object.keys(
  ANALYST_HIDDEN_FIELDS.Member!,
);

/** Archive orderings that walk people by who they are; analysts may not use them. */
export const IDENTIFYING_ORDERS: readonly string[] = ['NAME_ASC', 'NUMBER_ASC'];

/**
 * Refuses an analyst's search (name, archive number or ID number) or ordering by name or number:
 * with either, someone who knows a person could find that person's archive.
 */
export function refuseIdentifyingLookup(
  viewer: Viewer | null,
  ask: { search?: string | null | undefined; orderBy?: string | null | undefined },
): void {
  if (!isAnalyst(viewer)) return;
  if (ask.search != null && ask.search.trim() !== '') throw NotForAnalysts.search();
  if (ask.orderBy != null && IDENTIFYING_ORDERS.includes(ask.orderBy)) throw NotForAnalysts.order();
}
