import { afterNextPaint } from '../app/afterNextPaint';
import { haalResultaat } from '../app/voorberekend';
import { getDbStatus, QueryError, queryKey, type Query } from '../db';
import { IDLE, LOADING, Resultaten, useResultaat, type QueryState } from './resultaten';

export type { QueryState } from './resultaten';

const cache = new Resultaten<unknown>();

/**
 * Put results computed elsewhere (the prerendered page, see src/app/voorgerenderd.ts) into the cache,
 * under the same keys `useQuery` uses. Existing results are kept; a query still waiting for DuckDB
 * gets the result at once.
 */
export function seedQueryCache(entries: Iterable<readonly [key: string, rows: readonly unknown[]]>): void {
  for (const [key, data] of entries)
    if (cache.get(key)?.status !== 'success') cache.set(key, { status: 'success', data });
  cache.emit();
}

let recorder: ((q: Query<unknown>) => void) | null = null;

/**
 * Build time only (src/entry-prerender.tsx): call `r` for every query a render asks for that has no
 * result yet, so the prerender can run it and render again. Pass null to stop.
 */
export function recordQueries(r: ((q: Query<unknown>) => void) | null): void {
  recorder = r;
}

/** Build time only: forget every result (each prerendered page starts from its own seed). */
export function clearQueryCache(): void {
  cache.clear();
}

/** Whether the result of `q` is in the cache (seeded, derived or run). */
export function hasResult(q: Query<unknown>): boolean {
  return cache.get(queryKey(q))?.status === 'success';
}

/**
 * Before DuckDB is ready: the result of a query that can be derived from results already here
 * (`Query.afleiding`), cached under its own key like any other result.
 */
function afgeleid(q: Query<unknown>, key: string): QueryState<unknown> | undefined {
  if (!q.afleiding || getDbStatus().stand === 'klaar') return undefined;
  const bronnen = q.afleiding.bronnen.map((b) => cache.get(queryKey(b)));
  const rijen: unknown[][] = [];
  for (const b of bronnen) {
    if (b?.status !== 'success') return undefined;
    rijen.push(b.data as unknown[]);
  }
  const entry: QueryState<unknown> = { status: 'success', data: q.afleiding.afleiden(rijen) };
  cache.set(key, entry);
  return entry;
}

function ensure(q: Query<unknown>, key: string): void {
  // Before DuckDB is ready, a result prerendered at build time comes from its file (#14).
  cache.start(key, () => haalResultaat(q), {
    toon: afterNextPaint,
    // A failed query is logged with its SQL and parameters; the view that asked shows the message.
    fout: (error) => {
      if (error instanceof QueryError) console.error(error.message, `\nSQL:\n${error.sql}`, error.params);
    },
  });
}

/**
 * Starts `q` ahead of the view that will ask for it (the next page of a table), into the same cache
 * `useQuery` reads; its rows once there. Nothing re-renders: the view finds them when it asks.
 */
export function voorladen<Row>(q: Query<Row>): Promise<readonly Row[]> {
  const key = queryKey(q);
  ensure(q, key);
  return new Promise((resolve, reject) => {
    let stop = () => {};
    const kijk = () => {
      const s = cache.get(key);
      if (s?.status === 'success') resolve(s.data as readonly Row[]);
      else if (s?.status === 'error') reject(s.error);
      else return;
      stop();
    };
    stop = cache.subscribe(kijk);
    kijk();
  });
}

/**
 * Run a query (from src/model/queries.ts) and re-render when it resolves. Pass null to run nothing.
 * Results are cached by SQL + params. `retry` drops a failed result and runs it again.
 */
export function useQuery<Row>(q: Query<Row> | null): QueryState<Row> & { retry: () => void } {
  const key = q ? queryKey(q) : null;
  const snapshot = () => (key === null || !q ? IDLE : (cache.get(key) ?? afgeleid(q, key) ?? LOADING));
  const state = useResultaat(cache, key, snapshot, () => {
    if (q && key !== null) ensure(q, key);
  });
  if (recorder && q && state.status !== 'success') recorder(q);
  // The cache holds what the query `q` gave for this key: rows of `Row`.
  return state as QueryState<Row> & { retry: () => void };
}

/** The first error among several query states, if any. */
export function firstError(...states: QueryState<unknown>[]): unknown {
  for (const s of states) if (s.status === 'error') return s.error ?? new Error('unknown error');
  return null;
}
