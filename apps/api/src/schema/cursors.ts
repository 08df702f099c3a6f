import { decodeBase64, decodeCursorChunk } from '@pothos/core';
import { GraphQLError } from 'graphql';

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
 * Decodes a connection cursor as the Drizzle plugin writes it (`DC:` and one typed chunk, or a
 * `T:` tuple of them for compound orderings), or throws INVALID_CURSOR. Every `after`/`before`
 * passes here before the query runs, so a forged cursor is a clear 400 instead of a failed
 * statement; a signed cursor format would verify its signature here too.
 */
export function decodeCursor(cursor: string): unknown {
  let value: unknown;
  try {
    const decoded = decodeBase64(cursor);
    if (!decoded.startsWith('DC:') || !/^DC:[SNDT]:/.test(decoded)) throw invalidCursor();
    value = decodeCursorChunk(decoded.slice(3));
  } catch {
    throw invalidCursor();
  }
  const parts = Array.isArray(value) ? value : [value];
  if (parts.length === 0 || !parts.every(isPart)) throw invalidCursor();
  return value;
}
