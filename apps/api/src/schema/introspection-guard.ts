import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from './context.js';

/** `__typename` tells nothing about the schema; these two read it whole. */
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (INTROSPECTION_FIELDS.has(node.name.value)) found = true;
    },
  });
  return found;
}

/**
 * The schema is read only by someone signed in: it maps every field an attacker could probe. The
 * console is unaffected — it is generated at build time from the printed schema.graphql.
 */
export const introspectionGuard: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (contextValue.user || !asksForSchema(document)) return;
        throw new GraphQLError(
          '读取接口结构（introspection）需要先登录。Sign in to introspect the schema.',
          {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          },
        );
      },
    };
  },
};
