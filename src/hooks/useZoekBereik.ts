import { queryKey, runZoekBereik, type ZoekBereik, type ZoekBereikOpdracht } from '../db';
import { LOADING, Resultaten, useResultaat, type QueryState } from './resultaten';

type Bereik = ZoekBereik<{ aantal: number }>;

const OVERAL: QueryState<Bereik> = Object.freeze({
  status: 'success',
  data: Object.freeze([Object.freeze({ gemeenten: null, telling: null, gelezen: 0, van: 0 })]),
});

// As useQuery's: the data never changes, so a range found stays valid for the page's lifetime.
const cache = new Resultaten<Bereik>();

const sleutelVan = <A extends { aantal: number }>(o: ZoekBereikOpdracht<A>) =>
  `${queryKey(o.volgorde)}\u0000${JSON.stringify(o.zoek)}\u0000${o.nodig}`;

/**
 * How far a search must read for its page (src/db/zoekBereik.ts), as a one-row query state; without a
 * request (null) at once everywhere. `retry` forgets a failed range and looks again.
 */
export function useZoekBereik<A extends { aantal: number }>(
  o: ZoekBereikOpdracht<A> | null,
): QueryState<ZoekBereik<A>> & { retry(): void } {
  const key = o ? sleutelVan(o) : null;
  const snapshot = () => (key === null ? OVERAL : (cache.get(key) ?? LOADING));
  const state = useResultaat(cache, key, snapshot, () => {
    if (o && key !== null) cache.start(key, async () => [await runZoekBereik(o)]);
  });
  // The cache holds what `runZoekBereik(o)` gave for this key: a range of `A` rows.
  return state as QueryState<ZoekBereik<A>> & { retry(): void };
}
