import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { queryKey, runZoekBereik, type ZoekBereik, type ZoekBereikOpdracht } from '../db';
import type { QueryState } from './useQuery';

type Bereik = ZoekBereik<{ aantal: number }>;

const OVERAL: QueryState<Bereik> = Object.freeze({
  status: 'success',
  data: Object.freeze([Object.freeze({ gemeenten: null, telling: null, gelezen: 0, van: 0 })]),
});
const LADEN: QueryState<Bereik> = Object.freeze({ status: 'loading' });

// As useQuery's cache: the data never changes, so a range found stays valid for the page's lifetime.
const cache = new Map<string, QueryState<Bereik>>();
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const emit = () => listeners.forEach((l) => l());

const sleutelVan = <A extends { aantal: number }>(o: ZoekBereikOpdracht<A>) =>
  `${queryKey(o.volgorde)}\u0000${JSON.stringify(o.zoek)}\u0000${o.nodig}`;

function ensure<A extends { aantal: number }>(o: ZoekBereikOpdracht<A>, key: string): void {
  if (cache.has(key)) return;
  cache.set(key, LADEN);
  runZoekBereik(o)
    .then(
      (b) => cache.set(key, { status: 'success', data: [b] }),
      (error: unknown) => cache.set(key, { status: 'error', error }),
    )
    .finally(emit);
}

/**
 * How far a search must read for its page (src/db/zoekBereik.ts), as a one-row query state; without a
 * request (null) at once everywhere. `retry` forgets a failed range and looks again.
 */
export function useZoekBereik<A extends { aantal: number }>(
  o: ZoekBereikOpdracht<A> | null,
): QueryState<ZoekBereik<A>> & { retry(): void } {
  const key = o ? sleutelVan(o) : null;
  const snapshot = () => (key === null ? OVERAL : (cache.get(key) ?? LADEN));
  const state = useSyncExternalStore(subscribe, snapshot, snapshot);
  useEffect(() => {
    if (o && key !== null) ensure(o, key);
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- the key identifies o
  const retry = useCallback(() => {
    if (!o || key === null) return;
    cache.delete(key);
    ensure(o, key);
    emit();
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- the key identifies o
  // The cache holds what `runZoekBereik(o)` gave for this key: a range of `A` rows.
  return useMemo(() => ({ ...(state as QueryState<ZoekBereik<A>>), retry }), [state, retry]);
}
