import { errorFields, log } from '../observability/log.js';
import { isDatabaseUnavailable } from './availability.js';
import { openDatabase, type DatabaseHandle, type OpenOptions } from './client.js';

/**
 * Opens (and migrates) the database, waiting for a server that is not up yet — after a power cut
 * the API may come up before PostgreSQL does. Any other failure (a bad migration, a wrong
 * password) stops the start at once.
 */
export async function openWhenReachable(options: OpenOptions): Promise<DatabaseHandle> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await openDatabase(options);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      log('warn', 'database.waiting', { attempt, ...errorFields(error) });
      await new Promise((resolve) => setTimeout(resolve, Math.min(attempt, 5) * 1000));
    }
  }
}
