import { isMasked, type FormValues } from './form-values.js';

/*
 * What of the archive form may go into a draft in the browser. Sensitive numbers (ID numbers,
 * bank card, mobile) are kept only masked as the API sent them, or as the person typed them;
 * a number held in clear that came from the API or from a reveal is left out (its path is
 * recorded, never its value), and on restoring the form keeps the archive's masked value there.
 */

/** The worker's own sensitive fields (the API's SensitiveField), plus members' ID numbers. */
export const DRAFT_SENSITIVE = ['idNumber', 'bankCardNumber', 'mobile'] as const;

export interface Stripped {
  values: FormValues;
  dropped: string[];
}

type IsRevealed = (value: string) => boolean;

function members(values: FormValues | undefined): FormValues[] {
  const list = values?.members;
  return Array.isArray(list) ? (list as FormValues[]) : [];
}

/**
 * `original` is the archive as read (editing), absent for a new one. A clear value equal to the
 * original's clear value was not typed (it is the API's); one `isRevealed` knows was revealed.
 */
export function stripRevealed(
  values: FormValues,
  original: FormValues | undefined,
  isRevealed: IsRevealed,
): Stripped {
  const dropped: string[] = [];
  /** The value to keep at `path`: `value`, or the original's masked value, or ''. */
  const keep = (path: string, value: unknown, before: unknown): unknown => {
    if (typeof value !== 'string' || value === '' || isMasked(value)) return value;
    const fromApi = typeof before === 'string' && before === value;
    if (!fromApi && !isRevealed(value)) return value;
    dropped.push(path);
    return isMasked(before) ? before : '';
  };
  const out: FormValues = { ...values };
  for (const field of DRAFT_SENSITIVE) {
    if (field in out) out[field] = keep(field, out[field], original?.[field]);
  }
  if (Array.isArray(values.members)) {
    const originalIds = members(original).map((m) => m?.idNumber);
    out.members = members(values).map((member, i) => {
      if (!member || typeof member !== 'object' || !('idNumber' in member)) return member;
      // A member's row may have moved: any of the original's clear ID numbers counts as the API's.
      const same = originalIds.find((id) => id === member.idNumber) ?? originalIds[i];
      return { ...member, idNumber: keep(`members.${i}.idNumber`, member.idNumber, same) };
    });
  }
  return { values: out, dropped };
}

/** The form's values from a draft: the draft over the archive as read (or the new form's). */
export function valuesFromDraft(record: FormValues, draft: FormValues): FormValues {
  return { ...record, ...draft };
}
