/*
 * The numbers this page has revealed (revealSensitive), in memory only: a draft of the archive
 * form must never keep one in clear, even pasted into an input. Gone with the page.
 */

const revealed = new Set<string>();

/** Spaces and case do not make another number (a pasted '4101 05…x' is the same ID). */
export function normalizeNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function rememberRevealed(value: string | null | undefined): void {
  if (value) revealed.add(normalizeNumber(value));
}

export function wasRevealed(value: string): boolean {
  return revealed.has(normalizeNumber(value));
}
