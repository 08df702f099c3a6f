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
  type StringValueNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Context } from './context.js';
import { openCursor } from './cursors.js';

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

/** Where the operation's connection cursors are, opened: variables by name, literals by node. */
interface OpenedCursors {
  variables: Record<string, string>;
  literals: Map<StringValueNode, string>;
}

/**
 * Page sizes and cursors of every connection field in the operation, with variables (and their
 * defaults) applied. Each cursor is opened (cursors.ts); what the Drizzle plugin then reads is
 * the opened one, so a cursor the server did not seal never reaches a query.
 */
function checkConnections(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  sealer: Sealer,
): OpenedCursors {
  const opened: OpenedCursors = { variables: {}, literals: new Map() };
  const typeInfo = new TypeInfo(schema);
  let values = variables;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.OPERATION_DEFINITION](node) {
        const coerced = getVariableValues(schema, node.variableDefinitions ?? [], variables);
        values = coerced.coerced ?? variables;
      },
      [Kind.FIELD](node) {
        const def = typeInfo.getFieldDef();
        if (!def || !getNamedType(def.type).name.endsWith('Connection')) return;
        const args = getArgumentValues(def, node, values);
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
          if (typeof cursor !== 'string') continue;
          const plain = openCursor(cursor, sealer);
          const arg = node.arguments?.find((a) => a.name.value === key)?.value;
          if (arg?.kind === Kind.VARIABLE) opened.variables[arg.name.value] = plain;
          else if (arg?.kind === Kind.STRING) opened.literals.set(arg, plain);
        }
      },
    }),
  );
  return opened;
}

/** The document with its literal cursors replaced by the opened ones (the cached one untouched). */
function withOpenedLiterals(document: DocumentNode, literals: Map<StringValueNode, string>) {
  if (literals.size === 0) return document;
  return visit(document, {
    [Kind.STRING](node) {
      const plain = literals.get(node);
      return plain === undefined ? undefined : { ...node, value: plain };
    },
  });
}

/**
 * Refuses, before anything runs, input PostgreSQL or the connection code would otherwise fail on
 * with an internal error: a control character (NUL above all) in any string, a page size outside
 * 0–200, a cursor this server did not issue (and opens the ones it did). Field validators still check each text's own rules.
 */
export const inputGuard: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation(requestContext) {
        const { document, request, schema, contextValue } = requestContext;
        const variables = request.variables ?? {};
        checkText(document, variables);
        const opened = checkConnections(schema, document, variables, contextValue.sealer);
        if (Object.keys(opened.variables).length > 0)
          request.variables = { ...variables, ...opened.variables };
        // Apollo executes requestContext.document after this hook; its cache keeps the original.
        (requestContext as { document: DocumentNode }).document = withOpenedLiterals(
          document,
          opened.literals,
        );
      },
    };
  },
};
