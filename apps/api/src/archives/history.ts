import { maskBankCard, maskIdNumber, maskMobile } from '@bangfu/domain';

/**
 * 动态管理: what changed, field by field, in a form people can read. Sensitive values are masked
 * in the diff (the full values stay recoverable only through the encrypted snapshot).
 */
export type Changes = Record<string, { from: unknown; to: unknown }>;

const MASKS: Record<string, (value: string) => string> = {
  idNumber: maskIdNumber,
  bankCardNumber: maskBankCard,
  mobile: maskMobile,
};

function comparable(value: unknown): string {
  return JSON.stringify(value ?? null);
}

function masked(field: string, value: unknown): unknown {
  if (typeof value === 'string' && MASKS[field]) return MASKS[field](value);
  if (field === 'members' && Array.isArray(value)) {
    return value.map((m: Record<string, unknown>) =>
      typeof m.idNumber === 'string' ? { ...m, idNumber: maskIdNumber(m.idNumber) } : m,
    );
  }
  return value;
}

/** Field-level diff of two plain archive views (inputs in API names). */
export function diffArchive(before: object | null, after: object): Changes {
  const changes: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const key of keys) {
    const from = (before as Record<string, unknown> | null)?.[key] ?? null;
    const to = (after as Record<string, unknown>)[key] ?? null;
    if (comparable(from) !== comparable(to))
      changes[key] = { from: masked(key, from), to: masked(key, to) };
  }
  return changes;
}
