import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Refusal, ValidationError } from '../errors.js';

/*
 * The services' refusals as GraphQL sees them. `ValidationError` is a result type (the errors
 * plugin's `defaultTypes` in builder.ts); the others are GraphQL errors whose stable
 * `extensions.code` is the refusal's code (docs/architecture.md, "Errors").
 */

/** The refusal behind a GraphQL error, as the client sees it; null when it is no refusal. */
export function refusalAsGraphQL(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError | null {
  const original = error instanceof GraphQLError ? error.originalError : error;
  // Bad arguments of a query (queries return no ValidationError result): the same field
  // errors, as a GraphQL error with the standard code.
  if (original instanceof ValidationError)
    return {
      ...formatted,
      message: original.message,
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: original.fieldErrors },
    };
  if (!(original instanceof Refusal)) return null;
  return {
    ...formatted,
    message: original.message,
    extensions: { ...original.details, code: original.code },
  };
}
