import { openNodeDb as openArrowNodeDb, type NodeDb } from '../../scripts/lib/nodeDb';
import { DATA_DIR } from './data';

/** A database with the real public/data tables, for running query builders in tests. */
export type TestDb = NodeDb;

/**
 * @duckdb/node-api (DuckDB 1.5) loaded with public/data (or `dir`), by the same loader the build-time
 * prerender uses (scripts/lib/nodeDb.ts): text parts only when a query declares them.
 */
export function openNodeDb(dir = DATA_DIR): Promise<TestDb> {
  return openArrowNodeDb(dir);
}
