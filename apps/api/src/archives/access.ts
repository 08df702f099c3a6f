import { maskName } from '@bangfu/domain';
import type { Viewer } from '../auth/sessions.js';

/**
 * Who sees what of an archive (domain.md §5). ID numbers, bank cards and mobiles are masked for
 * everyone by default; admins may reveal one value at a time (`revealSensitive`, logged).
 * Health and disability are shown to admins, who assist on their basis. Analysts read
 * de-identified records: masked names, no identifiers, no contact details, no health.
 */
export const REVEALABLE_FIELDS = ['idNumber', 'bankCardNumber', 'mobile'] as const;
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

export const isAnalyst = (viewer: Viewer | null) => viewer?.role === 'ANALYST';
export const canReveal = (viewer: Viewer | null) => viewer !== null && viewer.role !== 'ANALYST';

/** A personal identifier: hidden from analysts, shown as is to admins. */
export function identifying<T>(viewer: Viewer | null, value: T): T | null {
  return isAnalyst(viewer) ? null : value;
}

/** Names: masked for analysts (张*国), whole for admins. */
export function personName(viewer: Viewer | null, name: string): string {
  return isAnalyst(viewer) ? maskName(name) : name;
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

/** Everything an analyst never sees of an archive, now or in its history. */
export const ANALYST_HIDDEN_ARCHIVE_FIELDS: readonly string[] = [
  ...REVEALABLE_FIELDS,
  ...IDENTIFYING_ARCHIVE_FIELDS,
];
export const ANALYST_HIDDEN_MEMBER_FIELDS: readonly string[] = ['idNumber', 'birthDate', 'health'];
