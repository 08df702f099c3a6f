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
}
