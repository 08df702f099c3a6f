import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  snakeCase,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, updatedAt, version } from './columns.js';
import { unions } from './unions.js';

export const ROLE_VALUES = [
  'PROVINCE_ADMIN',
  'CITY_ADMIN',
  'COUNTY_ADMIN',
  'GRASSROOTS_ADMIN',
  'ANALYST',
] as const;

export const users = snakeCase.table(
  'users',
  {
    id: id(),
    username: text().notNull().unique(),
    name: text().notNull(),
    /** argon2id hash (PHC string); never returned through the API. */
    passwordHash: text().notNull(),
    role: text({ enum: ROLE_VALUES }).notNull(),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    post: text(),
    phone: text(),
    disabled: boolean().notNull().default(false),
    /** Set when an admin issues the password (create, reset): the owner must choose their own. */
    mustChangePassword: boolean().notNull().default(false),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('users_union').on(t.unionId),
    check('users_role', oneOf('role', ROLE_VALUES)),
    check('users_username', sql`username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'`),
  ],
);

/** Sign-in sessions: the opaque bearer token is only ever stored as its SHA-256. */
export const sessions = snakeCase.table(
  'sessions',
  {
    id: id(),
    tokenHash: text().notNull().unique(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/**
 * Sign-in attempts, counted in the database so the limits hold across processes. One row per key:
 * `account:<username>`, `pair:<username>|<address>` or `address:<address>`. `checks` counts the
 * passwords verified since the last success (claimed before verifying, so parallel guesses count);
 * at the limit, `blockedUntil` grows with every further check (src/auth/attempts.ts).
 */
export const signInAttempts = snakeCase.table('sign_in_attempts', {
  key: text().primaryKey(),
  checks: integer().notNull().default(0),
  blockedUntil: timestamp({ withTimezone: true }),
  lastAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
