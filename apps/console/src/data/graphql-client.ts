import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { HttpError } from 'ra-core';

/*
 * One POST per operation to the API's /graphql, with the bearer token. GraphQL errors become
 * react-admin HttpErrors: UNAUTHENTICATED → 401 (the auth provider then signs out),
 * FORBIDDEN → 403, anything else → 500 with the API's (Chinese) message.
 */

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
  path?: (string | number)[];
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface GraphQLClientOptions {
  url?: string;
  fetch?: Fetch;
  /** A bearer token, read on every request (scripts; the console uses its cookie instead). */
  token?: () => string | null;
  /** Sent with every request (the console's session headers). */
  headers?: Readonly<Record<string, string>>;
}

export interface GraphQLClient {
  /** A typed document written with codegen's `graphql()`. */
  <TResult, TVariables>(
    document: DocumentTypeDecoration<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<TResult>;
  /** A document built from the resource model. */
  <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
};

export function createGraphQLClient(options: GraphQLClientOptions = {}): GraphQLClient {
  const url = options.url ?? '/graphql';
  return (async (query: string | { toString(): string }, variables?: Record<string, unknown>) => {
    const fetchImpl =
      options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
    const token = options.token?.();
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...options.headers,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: String(query), variables: variables ?? {} }),
      });
    } catch {
      throw new HttpError('ra.notification.offline', 0);
    }
    let body: { data?: unknown; errors?: GraphQLErrorShape[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new HttpError('ra.notification.http_error', response.status);
    }
    const error = body.errors?.[0];
    if (error) {
      const code = error.extensions?.code ?? '';
      throw new HttpError(
        error.message,
        STATUS_BY_CODE[code] ?? (response.status >= 400 ? response.status : 500),
        {
          code,
          graphqlErrors: body.errors,
        },
      );
    }
    if (!response.ok || !body.data)
      throw new HttpError('ra.notification.http_error', response.status);
    return body.data;
  }) as GraphQLClient;
}
