import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  snakeCase,
  text,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, updatedAt, version } from './columns.js';

export const UNION_LEVEL_VALUES = [
  'PROVINCE',
  'CITY',
  'DIRECT_COUNTY',
  'COUNTY',
  'GRASSROOTS',
] as const;
export const GRASSROOTS_KIND_VALUES = ['ENTERPRISE', 'TOWNSHIP_STREET', 'COMMUNITY'] as const;

/**
 * The union tree (工会组织). `path` is a materialized path of the unions' short serial numbers
 * ("/1/5/33/"), so "everything in this subtree" is one indexed prefix predicate, not recursion.
 */
export const unions = snakeCase.table(
  'unions',
  {
    id: id(),
    /** Short, immutable number used in paths (shorter than uuids, so paths stay small). */
    serial: integer().generatedAlwaysAsIdentity().notNull().unique(),
    code: text().notNull().unique(),
    name: text().notNull(),
    level: text({ enum: UNION_LEVEL_VALUES }).notNull(),
    kind: text({ enum: GRASSROOTS_KIND_VALUES }),
    regionCode: text().notNull(),
    parentId: uuid().references((): AnyPgColumn => unions.id),
    path: text().notNull().unique(),
    depth: integer().notNull(),
    /** 困难职工所属工会联络人: printed on the worker's contact card and the public notice list. */
    liaisonName: text(),
    liaisonPost: text(),
    liaisonPhone: text(),
    address: text(),
    /** Due date of the union's establishment work (the 2016 notice set 2016-10-31). */
    establishmentDueOn: date({ mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('unions_path_prefix').on(t.path.op('text_pattern_ops')),
    index('unions_parent').on(t.parentId),
    check('unions_level', oneOf('level', UNION_LEVEL_VALUES)),
    check('unions_kind_only_grassroots', sql`(kind is null) or (level = 'GRASSROOTS')`),
    check('unions_region_code', sql`region_code ~ '^[0-9]{6}$'`),
  ],
);
