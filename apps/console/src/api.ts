import { client } from './auth.js';
import { createDataProvider } from './data/data-provider.js';
import { model } from './model.js';

/** The console's one connection to the API: same origin, `/graphql`, bearer token from the session. */
export { authProvider, client, session } from './auth.js';
export const dataProvider = createDataProvider(model, client);
