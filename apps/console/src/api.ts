import { CONSOLE_HEADERS, createAuthProvider } from './data/auth-provider.js';
import { createDataProvider } from './data/data-provider.js';
import { createGraphQLClient } from './data/graphql-client.js';
import { model } from './model.js';

/** The console's one connection to the API: same origin, `/graphql`, the session in its cookie. */
export const client = createGraphQLClient({ headers: CONSOLE_HEADERS });
export const dataProvider = createDataProvider(model, client);
export const authProvider = createAuthProvider(client);
