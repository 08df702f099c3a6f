/**
 * An editable dictionary: the province admin may add entries or retire old ones at run time, so
 * its codes are plain strings checked against the live dictionary (see `makeArchiveInputSchema`),
 * not a TypeScript union. Codes are never reused; stored data keeps only the code.
 */
export interface DictionaryEntry {
  readonly code: string;
  readonly label: string;
  readonly labelEn: string;
  /** When the label alone does not say who qualifies (e.g. 深度困难), the rule behind it. */
  readonly description?: string;
}

export interface Dictionary {
  /** The archive field the dictionary serves (`health`, `housingType`, …). */
  readonly name: string;
  readonly label: string;
  readonly labelEn: string;
  readonly entries: readonly DictionaryEntry[];
}

/** Short form for the mnemonic-coded defaults: `[code, label, labelEn]` rows. */
export function rows(
  list: readonly (readonly [code: string, label: string, labelEn: string])[],
): DictionaryEntry[] {
  return list.map(([code, label, labelEn]) => ({ code, label, labelEn }));
}
