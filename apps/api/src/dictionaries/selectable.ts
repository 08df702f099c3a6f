import { formatErrorMessage, type DictionaryName } from '@bangfu/domain';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { dictionaryEntries } from '../db/schema/index.js';
import { ValidationError } from '../errors.js';

/** Whether `code` may be chosen now in `dictionary`: an entry the province has not retired. */
export async function isSelectableCode(
  db: Database,
  dictionary: DictionaryName,
  code: string,
): Promise<boolean> {
  const [entry] = await db
    .select({ retired: dictionaryEntries.retired })
    .from(dictionaryEntries)
    .where(and(eq(dictionaryEntries.dictionary, dictionary), eq(dictionaryEntries.code, code)))
    .limit(1);
  return entry !== undefined && !entry.retired;
}

/** Refuses a code that is not selectable, naming the field (NOT_IN_DICTIONARY). */
export async function requireSelectableCode(
  db: Database,
  dictionary: DictionaryName,
  code: string,
  field: string,
  label: string,
): Promise<void> {
  if (await isSelectableCode(db, dictionary, code)) return;
  throw ValidationError.field(
    [field],
    'NOT_IN_DICTIONARY',
    formatErrorMessage('NOT_IN_DICTIONARY', { label, value: code }),
  );
}
