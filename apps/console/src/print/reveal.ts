import { maskMobile } from '@bangfu/domain';

/*
 * Sensitive numbers come masked from the API. Paper prints them masked unless the user reveals
 * them first on the print page (revealSensitive, one logged reveal per value); the revealed
 * values live in that page's memory only and are gone when it is left.
 */

export type SensitiveField = 'idNumber' | 'mobile' | 'bankCardNumber';

export interface RevealTarget {
  field: SensitiveField;
  /** A household member's row (from 0); absent for the worker. */
  memberPosition?: number;
}

/** Full values by key: 'idNumber', 'mobile', 'members.2.idNumber'. */
export type Revealed = Readonly<Record<string, string>>;

export const revealKey = (t: RevealTarget) =>
  t.memberPosition === undefined ? t.field : `members.${t.memberPosition}.${t.field}`;

interface WithSensitive {
  idNumber?: string | null;
  mobile?: string | null;
  bankCardNumber?: string | null;
  members: readonly { position: number; idNumber?: string | null }[];
}

/** What there is to reveal on an archive form: the numbers it has, masked. */
export function revealTargetsOf(archive: WithSensitive): RevealTarget[] {
  const own = (['idNumber', 'mobile', 'bankCardNumber'] as const)
    .filter((field) => archive[field])
    .map((field) => ({ field }));
  const members = archive.members
    .filter((m) => m.idNumber)
    .map((m) => ({ field: 'idNumber' as const, memberPosition: m.position }));
  return [...own, ...members];
}

/** The archive with its revealed numbers in place of the masked ones. */
export function withRevealed<T extends WithSensitive>(archive: T, revealed: Revealed): T {
  const own = (field: SensitiveField) => revealed[field] ?? archive[field];
  return {
    ...archive,
    idNumber: own('idNumber'),
    mobile: own('mobile'),
    bankCardNumber: own('bankCardNumber'),
    members: archive.members.map((m) => ({
      ...m,
      idNumber: revealed[`members.${m.position}.idNumber`] ?? m.idNumber,
    })),
  };
}

/** The card's 联系方式 with the revealed mobile in place of its mask ("138****5678；…"). */
export function contactWithMobile(contact: string | null | undefined, mobile: string | undefined) {
  if (!contact || !mobile) return contact ?? '';
  return contact.replace(maskMobile(mobile), mobile);
}
