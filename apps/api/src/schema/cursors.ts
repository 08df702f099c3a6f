import { decodeBase64, decodeCursorChunk } from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { Sealer } from '../crypto/data-key.js';

export const INVALID_CURSOR = 'INVALID_CURSOR';

export function invalidCursor(): GraphQLError {
  return new GraphQLError(
    '分页游标无效，请从第一页重新查询。The cursor is not one this server issued; start from the first page.',
    { extensions: { code: INVALID_CURSOR, http: { status: 400 } } },
  );
}

const isPart = (v: unknown) =>
  (v instanceof Date && !Number.isNaN(v.getTime())) ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  typeof v === 'string';

/**
 * Opens a connection cursor this server sealed (sealed-cursors.ts) and checks what is inside is
 * one the Drizzle plugin writes (`DC:` and one typed chunk, or a `T:` tuple of them for compound
 * orderings); anything else throws INVALID_CURSOR. Every `after`/`before` passes here before the
 * query runs, so a forged or garbled cursor is a clear 400 instead of a failed statement.
 * Returns the cursor as the Drizzle plugin reads it.
 */
export function openCursor(cursor: string, sealer: Sealer): string {
  const plain = sealer.openCursor(cursor);
  if (plain === undefined) throw invalidCursor();
  let value: unknown;
  try {
    const decoded = decodeBase64(plain);
    if (!/^DC:[SNDT]:/.test(decoded)) throw invalidCursor();
    value = decodeCursorChunk(decoded.slice(3));
  } catch {
    throw invalidCursor();
  }
  const parts = Array.isArray(value) ? value : [value];
  if (parts.length === 0 || !parts.every(isPart)) throw invalidCursor();
  return plain;
}
