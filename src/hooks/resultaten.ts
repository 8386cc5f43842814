import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';

/** State of one asynchronous result in a component. `data` keeps the rows; `error` a QueryError/DataLoadError. */
export type QueryState<Row> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'success'; readonly data: readonly Row[] }
  | { readonly status: 'error'; readonly error: unknown };

/** The states without a result, one object each (stable snapshots for useSyncExternalStore). */
export const IDLE: QueryState<never> = Object.freeze({ status: 'idle' });
export const LOADING: QueryState<never> = Object.freeze({ status: 'loading' });

/**
 * Results by key for the lifetime of the page (the data never changes after loading), and the
 * components that read them (`subscribe`, for useSyncExternalStore).
 */
export class Resultaten<Row> {
  private readonly entries = new Map<string, QueryState<Row>>();
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  emit(): void {
    for (const l of this.listeners) l();
  }

  get(key: string): QueryState<Row> | undefined {
    return this.entries.get(key);
  }

  set(key: string, state: QueryState<Row>): void {
    this.entries.set(key, state);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /**
   * Runs `run` for `key` unless the key has a state already: loading, then its rows or its error, and
   * the readers are told. `toon` delays the rows (e.g. until after the next paint); `fout` sees the error.
   */
  start(
    key: string,
    run: () => Promise<readonly Row[]>,
    opts: { toon?: (f: () => void) => void; fout?: (error: unknown) => void } = {},
  ): void {
    if (this.entries.has(key)) return;
    this.entries.set(key, LOADING);
    const toon = opts.toon ?? ((f: () => void) => f());
    run().then(
      (data) =>
        toon(() => {
          this.entries.set(key, { status: 'success', data });
          this.emit();
        }),
      (error: unknown) => {
        opts.fout?.(error);
        this.entries.set(key, { status: 'error', error });
        this.emit();
      },
    );
  }
}

/**
 * The state `snapshot()` gives for `key` in `cache`, kept current; `start()` runs when the key changes,
 * and `retry` forgets a failed result and starts again. Null key: nothing runs.
 */
export function useResultaat<Row>(
  cache: Resultaten<Row>,
  key: string | null,
  snapshot: () => QueryState<Row>,
  start: () => void,
): QueryState<Row> & { retry: () => void } {
  // Same snapshot on the server and while hydrating: the cache is seeded identically on both sides.
  const state = useSyncExternalStore(cache.subscribe, snapshot, snapshot);
  useEffect(() => {
    if (key !== null) start();
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- the key identifies what start runs
  const retry = useCallback(() => {
    if (key === null) return;
    cache.delete(key);
    start();
    cache.emit();
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- the key identifies what start runs
  // A stable object per result, so models built from it with useMemo are not rebuilt on every render.
  return useMemo(() => ({ ...state, retry }), [state, retry]);
}
