import { createAuthProvider, createSession } from './data/auth-provider.js';
import { createGraphQLClient } from './data/graphql-client.js';

/*
 * The session and the connection to the API: all the sign-in page needs, none of the screens.
 * One instance for the page's life, so the console that starts after sign-in trusts the sign-in
 * it just made (no second `me`). The data provider, built from the resource model, is in api.ts.
 */
export const session = createSession();
export const client = createGraphQLClient({ token: session.token });
export const authProvider = createAuthProvider(client);
