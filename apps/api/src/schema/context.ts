import type { Viewer } from '../auth/sessions.js';
import type { Config } from '../config.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';

/** What every resolver gets: the database (a transaction inside mutations), who asks, and the keys. */
export interface Context {
  db: Database;
  user: Viewer | null;
  sealer: Sealer;
  config: Pick<Config, 'development' | 'demo'>;
  clientAddress: string;
  /** The console's session cookie: whether it asked for one, and how to set (null: clear) it. */
  sessionCookie: { wanted: boolean; set(token: string | null): void };
}

/**
 * The context of a field declared with `t.withAuth(SIGNED_IN)` or a role (builder.ts's
 * AuthContexts): scope-auth has checked the scope before the resolver runs, so the viewer is known.
 */
export type SignedInContext = Context & { user: Viewer };
