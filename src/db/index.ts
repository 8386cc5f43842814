/**
 * Data seam: the app talks to DuckDB only through this module.
 * The engine (and the DuckDB-WASM bundle) is imported lazily on first use.
 */
import { DataLoadError } from './errors';
import type { Query } from './query';

export { DataLoadError, QueryError, technicalMessage, userMessage } from './errors';
export { getLoadProgress, subscribeLoadProgress, type LoadProgress } from './progress';
export { queryKey, type Query, type RowOf, type SqlParam } from './query';

let engine: Promise<typeof import('./engine')> | null = null;

function loadEngine(): Promise<typeof import('./engine')> {
  if (!engine) {
    engine = import('./engine').catch((e: unknown) => {
      engine = null;
      throw new DataLoadError('Een deel van de website kon niet worden geladen. Laad de pagina opnieuw.', e);
    });
  }
  return engine;
}

/** Start loading DuckDB and the data now (idempotent). Rejects with a `DataLoadError`. */
export async function loadDatabase(): Promise<void> {
  const e = await loadEngine();
  await e.getDb();
}

/** Run a query built in `src/model/queries.ts`. Rejects with `QueryError` or `DataLoadError`. */
export async function runQuery<Row>(q: Query<Row>): Promise<Row[]> {
  const e = await loadEngine();
  return e.runQuery(q);
}
