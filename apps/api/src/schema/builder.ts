import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { Role } from '../auth/roles.js';
import { ADMIN_ROLES } from '../auth/scope.js';
import type { Relations } from '../db/relations.js';
import { relations } from '../db/relations.js';
import type { Context, SignedInContext } from './context.js';
import SealedCursorsPlugin from './sealed-cursors.js';
import AnalystViewPlugin from './analyst-view-plugin.js';
import { Forbidden, Unauthenticated, ValidationError } from '../errors.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  DrizzleRelations: Relations;
  AuthScopes: { authenticated: boolean; role: Role[] };
  // A field that requires either scope (t.withAuth) gets a context whose viewer is not null.
  AuthContexts: { authenticated: SignedInContext; role: SignedInContext };
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [
    ScopeAuthPlugin,
    // Outside Drizzle's wrapper: a field hidden from an analyst loads nothing.
    AnalystViewPlugin,
    ErrorsPlugin,
    RelayPlugin,
    DrizzlePlugin,
    SealedCursorsPlugin,
  ],
  defaultFieldNullability: false,
  drizzle: { client: (ctx: Context) => ctx.db, getTableConfig, relations, maxConnectionSize: 200 },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Ids are plain UUIDs (what analysts paste and the console stores), so no Relay node lookup.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    pageInfoTypeOptions: { description: '分页信息。Pagination info.' },
  },
  // Every field that declares `errors: {}` answers bad input as the ValidationError result.
  errors: { directResult: true, defaultTypes: [ValidationError] },
  scopeAuth: {
    authScopes: (ctx) => ({
      authenticated: ctx.user !== null,
      role: (roles) => ctx.user !== null && roles.includes(ctx.user.role),
    }),
    unauthorizedError: (_parent, ctx) => (ctx.user ? new Forbidden() : new Unauthenticated()),
  },
});

/**
 * The scope of every field that needs to know who asks: `t.withAuth(SIGNED_IN).field(…)` (or
 * `t.withAuth({ role: […] })`) checks it before the resolver runs and types `ctx.user` as known.
 * One object for every field, so the request's scope cache answers it once.
 */
export const SIGNED_IN = { authenticated: true } as const;

/** Every admin, never an analyst: on a type, a second wall behind the fields that lead to it. */
export const ADMINS_ONLY = { role: [...ADMIN_ROLES] };

builder.queryType({
  description: '查询。Queries.',
  authScopes: SIGNED_IN,
});
builder.mutationType({
  description: '变更。Mutations.',
  authScopes: SIGNED_IN,
});
