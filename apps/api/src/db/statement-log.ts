import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements a piece of work sends, so tests can assert "one statement per nested
 * read" and N+1 regressions fail loudly. Statements are kept as text only, never their parameters
 * (parameters carry personal data).
 */
export interface StatementLog {
  statements: string[];
}

const storage = new AsyncLocalStorage<StatementLog>();

export function recordStatement(query: string): void {
  storage.getStore()?.statements.push(query);
}

export function withStatementLog<T>(log: StatementLog, work: () => T): T {
  return storage.run(log, work);
}
