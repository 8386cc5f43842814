import type { Query } from '../../src/db/query';
import { openNodeDb as openArrowNodeDb } from '../../scripts/lib/nodeDb';
import { DATA_DIR } from './data';

/** A database with the real public/data tables, for running query builders in tests. */
export interface TestDb {
  readonly engine: string;
  run<Row>(q: Query<Row>): Promise<Row[]>;
  close(): Promise<void>;
}

/**
 * @duckdb/node-api (DuckDB 1.5) loaded with public/data/*.arrow, by the same loader the build-time
 * prerender uses (scripts/lib/nodeDb.ts).
 */
export function openNodeDb(): Promise<TestDb> {
  return openArrowNodeDb(DATA_DIR);
}
