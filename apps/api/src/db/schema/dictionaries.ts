import { boolean, integer, snakeCase, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.js';

/**
 * Editable dictionaries (domain.md §2). Archives store codes, never labels; a retired entry
 * stays readable on old records but cannot be chosen. Codes are never reused or deleted.
 */
export const dictionaryEntries = snakeCase.table(
  'dictionary_entries',
  {
    dictionary: text().notNull(),
    code: text().notNull(),
    label: text().notNull(),
    labelEn: text().notNull(),
    retired: boolean().notNull().default(false),
    sortOrder: integer().notNull(),
    /** Shipped with @bangfu/domain (true) or added by a province admin (false). */
    builtin: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.dictionary, t.code] })],
);

/** Local minimum-living lines (低保标准) per division code and year, in fen per person per month. */
export const minimumLivingLines = snakeCase.table(
  'minimum_living_lines',
  {
    regionCode: text().notNull(),
    year: integer().notNull(),
    monthlyFen: integer().notNull(),
    setBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
);
