/**
 * The shape shared by the seed's fixed lists. `no` is the number printed on the paper form, kept
 * so that a printout or a spreadsheet can show "6.患重特大疾病" the way workers and admins know it;
 * `code` is what gets stored, so that data never depends on a label or on the order of a list.
 */
export interface FixedEntry<C extends string = string> {
  readonly code: C;
  readonly no: number;
  readonly label: string;
  readonly labelEn: string;
}

/** The code of the "other" entry of every seed list: choosing it asks for a note (注明). */
export const OTHER = 'OTHER';

/** Entries of a fixed list in the seed's order (its `no`), whatever the object's key order. */
export function fixedEntries<C extends string>(
  list: Readonly<Record<C, FixedEntry<C>>>,
): readonly FixedEntry<C>[] {
  return (Object.values(list) as FixedEntry<C>[]).sort((a, b) => a.no - b.no);
}

/** True when `code` is one of the list's codes; narrows a string coming from outside. */
export function isFixedCode<C extends string>(
  list: Readonly<Record<C, FixedEntry<C>>>,
  code: unknown,
): code is C {
  return typeof code === 'string' && Object.hasOwn(list, code);
}
