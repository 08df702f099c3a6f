import { createAuthProvider, createSession } from './data/auth-provider.js';
import { createDataProvider } from './data/data-provider.js';
import { createGraphQLClient } from './data/graphql-client.js';
import { model } from './model.js';

/** The console's one connection to the API: same origin, `/graphql`, bearer token from the session. */
export const session = createSession();
export const client = createGraphQLClient({ token: session.token });
export const dataProvider = createDataProvider(model, client);
export const authProvider = createAuthProvider(client);
