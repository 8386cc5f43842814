/**
 * Data seam: the app talks to DuckDB only through this module.
 * The engine (and the DuckDB-WASM bundle) is imported lazily on first use.
 */
import { fout } from '../i18n/berichten';
import { DataLoadError } from './errors';
import type { PerDeelOpdracht, PerDeelUitkomst } from './perDeel';
import type { Query } from './query';
import type { ZoekBereik, ZoekBereikOpdracht } from './zoekBereik';

export { DataLoadError, QueryError, technicalMessage, userMessage } from './errors';
export { getLoadProgress, subscribeLoadProgress, type LoadProgress } from './progress';
export {
  isDeelTabel,
  type DeelTabel,
  type DeelVoortgang,
  type GemeenteRang,
  type PerDeelOpdracht,
  type PerDeelUitkomst,
} from './perDeel';
export type { ZoekBereik, ZoekBereikOpdracht } from './zoekBereik';
export { queryKey, type Query, type RowOf, type SqlParam, type TekstBehoefte } from './query';

let engine: Promise<typeof import('./engine')> | null = null;

function loadEngine(): Promise<typeof import('./engine')> {
  if (!engine) {
    engine = import('./engine').catch((e: unknown) => {
      engine = null;
      throw new DataLoadError(fout.deelNietGeladen, e);
    });
  }
  return engine;
}

/** Whether DuckDB and the data are ready. `laden` also before the first load has started. */
export type DbStatus =
  | { readonly stand: 'laden' }
  | { readonly stand: 'klaar' }
  | { readonly stand: 'fout'; readonly error: unknown };

export const DB_LADEN: DbStatus = Object.freeze({ stand: 'laden' });
const DB_KLAAR: DbStatus = Object.freeze({ stand: 'klaar' });

let status: DbStatus = DB_LADEN;
const statusListeners = new Set<() => void>();

function setStatus(next: DbStatus): void {
  if (next === status) return;
  status = next;
  for (const l of statusListeners) l();
}

/** Current load status (a stable object per state, for useSyncExternalStore). */
export function getDbStatus(): DbStatus {
  return status;
}

export function subscribeDbStatus(listener: () => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

/**
 * Start loading DuckDB and the data now (idempotent; after a failure it tries again).
 * Rejects with a `DataLoadError`. Progress and outcome are reported through `getDbStatus`.
 */
export async function loadDatabase(): Promise<void> {
  if (status.stand === 'fout') setStatus(DB_LADEN);
  try {
    const e = await loadEngine();
    await e.getDb();
    setStatus(DB_KLAAR);
  } catch (error) {
    setStatus({ stand: 'fout', error });
    throw error;
  }
}

/** Run a query built in `src/model/queries.ts`. Rejects with `QueryError` or `DataLoadError`. */
export async function runQuery<Row>(q: Query<Row>): Promise<Row[]> {
  await loadDatabase();
  const e = await loadEngine();
  return e.runQuery(q);
}

/**
 * Run a query over the text parts one at a time, each fetched, queried and dropped before the next
 * (./perDeel.ts). Resolves `een-deel` or `volgorde` without reading a part when that does not pay or
 * cannot keep the order; the caller then runs its one-shot query. Rejects with the abort reason when
 * `signal` aborts.
 */
export async function runQueryPerDeel<Row>(opdracht: PerDeelOpdracht<Row>): Promise<PerDeelUitkomst> {
  await loadDatabase();
  const e = await loadEngine();
  return e.runQueryPerDeel(opdracht);
}

/**
 * How far a search ordered by gemeente must read to give its first `nodig` hits (./zoekBereik.ts):
 * the candidate text parts are loaded in that order until they hold them.
 */
export async function runZoekBereik<A extends { aantal: number }>(
  opdracht: ZoekBereikOpdracht<A>,
): Promise<ZoekBereik<A>> {
  await loadDatabase();
  const e = await loadEngine();
  return e.runZoekBereik(opdracht);
}

/** Whether the loaded data is synthetic test data (`"synthetisch": true` in data/manifest.json). */
export async function isSynthetisch(): Promise<boolean> {
  await loadDatabase();
  const e = await loadEngine();
  return (await e.getManifest()).synthetisch;
}
