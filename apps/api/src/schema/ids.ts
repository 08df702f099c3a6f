const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are UUIDs. Anything else cannot name a record, so it is treated as "not found" rather
 * than sent to the database (where it would be a type error, not an answer).
 */
export function uuidOrNull(id: string | number | null | undefined): string | null {
  if (id == null) return null;
  const text = String(id).trim();
  return UUID.test(text) ? text.toLowerCase() : null;
}

/** For lookups: a UUID that matches no row, so a malformed id simply finds nothing. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';
export const idOrNothing = (id: string | number | null | undefined) => uuidOrNull(id) ?? NO_ID;
