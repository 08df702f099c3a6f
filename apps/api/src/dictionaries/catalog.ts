import { DEFAULT_DICTIONARIES, FIXED_LISTS } from '@bangfu/domain';
import { asc } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { dictionaryEntries } from '../db/schema/index.js';

/*
 * Every code list in one answer (docs/domain.md, "Dictionaries"): the notice's fixed lists
 * (causes, key groups, measures, action plans) from the domain package, and the province's
 * editable dictionaries from the database, retired entries included (old records still read them).
 */

export interface EntryShape {
  code: string;
  label: string;
  labelEn: string;
  retired: boolean;
}
export interface DictionaryShape {
  name: string;
  label: string;
  labelEn: string;
  editable: boolean;
  entries: EntryShape[];
}

/** The fixed lists first, then the editable dictionaries in the domain package's order. */
export async function readDictionaries(db: Database): Promise<DictionaryShape[]> {
  const rows = await db
    .select()
    .from(dictionaryEntries)
    .orderBy(asc(dictionaryEntries.dictionary), asc(dictionaryEntries.sortOrder));
  const editable = new Map<string, DictionaryShape>();
  for (const d of Object.values(DEFAULT_DICTIONARIES)) {
    editable.set(d.name, {
      name: d.name,
      label: d.label,
      labelEn: d.labelEn,
      editable: true,
      entries: [],
    });
  }
  for (const row of rows) {
    editable.get(row.dictionary)?.entries.push({
      code: row.code,
      label: row.label,
      labelEn: row.labelEn,
      retired: row.retired,
    });
  }
  const fixed = Object.values(FIXED_LISTS).map((list) => ({
    name: list.name,
    label: list.label,
    labelEn: list.labelEn,
    editable: false,
    entries: list.entries.map((e) => ({
      code: e.code,
      label: e.label,
      labelEn: e.labelEn,
      retired: false,
    })),
  }));
  return [...fixed, ...editable.values()];
}
