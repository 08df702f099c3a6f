import type { ApolloServerPlugin } from '@apollo/server';
import { formatErrorMessage, unprintableCharacter } from '@bangfu/domain';
import {
  getNamedType,
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import { decodeCursor } from './cursors.js';

/** The largest page a connection serves (the Drizzle plugin's maxConnectionSize). */
export const MAX_PAGE_SIZE = 200;

function refuse(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** The first string anywhere in a variable's value holding a character no field may hold. */
function controlCharacterIn(
  value: unknown,
  path: string[],
): { path: string[]; char: string } | undefined {
  if (typeof value === 'string') {
    const char = unprintableCharacter(value);
    return char === undefined ? undefined : { path, char };
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = controlCharacterIn(inner, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

function checkText(document: DocumentNode, variables: Record<string, unknown>): void {
  let found = controlCharacterIn(variables, []);
  visit(document, {
    StringValue(node) {
      const char = unprintableCharacter(node.value);
      if (!found && char !== undefined) found = { path: [], char };
    },
  });
  if (found) {
    const label = found.path.length ? found.path.join('.') : '输入';
    throw refuse(
      'TEXT_CONTROL_CHARACTER',
      formatErrorMessage('TEXT_CONTROL_CHARACTER', { label, char: found.char }),
    );
  }
}

/** Page sizes and cursors of every connection field in the operation, with variables applied. */
function checkConnections(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD](node) {
        const def = typeInfo.getFieldDef();
        if (!def || !getNamedType(def.type).name.endsWith('Connection')) return;
        const args = getArgumentValues(def, node, variables);
        for (const key of ['first', 'last'] as const) {
          const size = args[key] as number | null | undefined;
          if (size != null && (size < 0 || size > MAX_PAGE_SIZE))
            throw refuse(
              'INVALID_PAGE_SIZE',
              `每页条数（${key}）应在 0 到 ${MAX_PAGE_SIZE} 之间。${key} must be between 0 and ${MAX_PAGE_SIZE}.`,
            );
        }
        for (const key of ['after', 'before'] as const) {
          const cursor = args[key];
          if (typeof cursor === 'string') decodeCursor(cursor);
        }
      },
    }),
  );
}

/**
 * Refuses, before anything runs, input PostgreSQL or the connection code would otherwise fail on
 * with an internal error: a control character (NUL above all) in any string, a page size outside
 * 0–200, a cursor this server did not issue. Field validators still check each text's own rules.
 */
export const inputGuard: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, schema }) {
        const variables = request.variables ?? {};
        checkText(document, variables);
        checkConnections(schema, document, variables);
      },
    };
  },
};
