import { useSyncExternalStore } from 'react';
import { DB_LADEN, getDbStatus, subscribeDbStatus, type DbStatus } from '../db';

/**
 * Load status of DuckDB. On the server and while hydrating it is always `laden`, as in the
 * prerendered page; React re-renders right after hydration when it is already further.
 */
export function useDbStatus(): DbStatus {
  return useSyncExternalStore(subscribeDbStatus, getDbStatus, () => DB_LADEN);
}
