/**
 * Writing a batch in one PostgreSQL or SQLite transaction without letting one
 * bad item lose the others: each item in a savepoint of its own, and the
 * whole transaction run again when the database rolled it back for a
 * deadlock or a serialization failure.
 */
import type { ControlledTransaction } from 'kysely';
import type { CollectorDb, CollectorTables } from './database.js';

/** PostgreSQL's deadlock and serialization failures: the transaction rolled back whole and may simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);

export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/**
 * Runs one entry's (or text's) writes inside a savepoint: a database error
 * undoes that item's writes only, and the rest of the batch goes on. Errors
 * that doom the whole transaction (deadlock, serialization) are passed up.
 */
export async function isolated<T>(trx: ControlledTransaction<CollectorTables>, run: (db: CollectorDb) => Promise<T>): Promise<{ value: T } | { error: unknown }> {
  const item = await trx.savepoint('item').execute();
  try {
    const value = await run(item);
    await item.releaseSavepoint('item').execute();
    return { value };
  } catch (error) {
    if (isRetryable(error)) throw error;
    await item.rollbackToSavepoint('item').execute();
    await item.releaseSavepoint('item').execute();
    return { error };
  }
}

/** Runs `run` (a whole transaction) up to three times while the database asks for a retry. */
export async function withRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= 3 || !isRetryable(error)) throw error;
    }
  }
}
