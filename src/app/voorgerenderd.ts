/**
 * The prerendered first view ("voorgerenderd"). At build time scripts/prerender.ts runs the queries of
 * the home view on DuckDB in Node, renders the app with react-dom/server and writes the markup into
 * #root of index.html, plus the query results as a JSON data block:
 *
 *   <script type="application/json" id="voorgerenderd">{"versie":2,"resultaten":[[key, kolommen], …]}</script>
 *
 * `kolommen` holds the rows by column (`kolomsgewijs`): a column whose values repeat is written once
 * per distinct value plus an index per row. At national scale that makes the block 3.5 times smaller
 * (607 KB to 171 KB), and the browser parses it in the task that ends the heatmap table (#4).
 *
 * `key` is `queryKey(q)`, exactly what `useQuery` caches under. The client seeds its query cache with
 * these results and hydrates, so its first render equals the server markup. index.html holds the
 * unfiltered home view; each prerendered page of another view (#14, src/app/routes.ts) holds its own
 * results the same way, with `zoek` naming its state.
 *
 * Pure module (no DOM, no DuckDB): used by the client, the SSR entry and the tests.
 */
import { queryKey, type Query } from '../db/query';
import { kolomsgewijs, rijsgewijs } from './kolommen';
import type { AanpakOptie, GemeenteOptie } from '../model/queries';
import { DEFAULT_FILTERS, knownIds, parseUrl, zonderInbedden, type Catalog, type Filters } from '../store';
import { kiesNiveau, selectie } from '../store/schaal';
import { GEEN_SCHAAL, heatmapQueries, overzichtQueries } from '../views/heatmapQueries';
import { catalogQueries } from './bootstrap';

export { kolomsgewijs, rijsgewijs } from './kolommen';

/** id of the JSON data block in index.html. */
export const VOORGERENDERD_ID = 'voorgerenderd';
export const SEED_VERSIE = 2;

export interface Seed {
  readonly versie: typeof SEED_VERSIE;
  /** [queryKey, rows] per query, in the order of `voorgerenderdeQueries()`. */
  readonly resultaten: readonly (readonly [string, readonly Record<string, unknown>[]])[];
  /** Synthetic test data (manifest `synthetisch`); absent for the real data. */
  readonly synthetisch?: true;
  /**
   * A prerendered page of another view (#14, src/app/routes.ts): the search string it was rendered
   * for. Absent for index.html, the home view.
   */
  readonly zoek?: string;
}

type Rijen = readonly (readonly Record<string, unknown>[])[];

/**
 * Every query the home view runs before any interaction: the catalog, then the unfiltered heatmap at
 * the level the catalog calls for (#4: per aanpak for the real data, per provincie for a national
 * dataset). The level needs the catalog, so pass the rows run so far: with the catalog's two result
 * sets in `rows` the list is final; without, it assumes the detailed heatmap. scripts/prerender.ts
 * asks again after each query.
 */
export function voorgerenderdeQueries(rows: Rijen = []): Query<unknown>[] {
  const catalog = catalogQueries();
  const c = rows.length >= 2 ? catalogUitRijen(rows) : null;
  const sel = c ? selectie(c, DEFAULT_FILTERS, {}) : GEEN_SCHAAL;
  const niveau = c ? kiesNiveau(c, sel) : 'detail';
  const heatmap =
    niveau === 'detail'
      ? heatmapQueries(DEFAULT_FILTERS, sel)
      : overzichtQueries(DEFAULT_FILTERS, sel, niveau);
  return [catalog.gemeenten, catalog.aanpakken, heatmap.cellen, heatmap.rijen, heatmap.kolommen];
}

function catalogUitRijen(rows: Rijen): Catalog {
  return {
    gemeenten: (rows[0] ?? []) as unknown as GemeenteOptie[],
    aanpakken: (rows[1] ?? []) as unknown as AanpakOptie[],
  };
}

/** The seed for the results of `voorgerenderdeQueries(rows)` (same order). */
export function maakSeed(rows: Rijen, synthetisch = false): Seed {
  const queries = voorgerenderdeQueries(rows);
  if (rows.length !== queries.length) {
    throw new Error(`expected ${queries.length} result sets, got ${rows.length}`);
  }
  const resultaten = queries.map((q, i) => [queryKey(q), rows[i] ?? []] as const);
  return synthetisch
    ? { versie: SEED_VERSIE, resultaten, synthetisch: true }
    : { versie: SEED_VERSIE, resultaten };
}

/**
 * The seed of a prerendered page: every result its render asked for (the catalog first), and the
 * search string it shows.
 */
export function maakPaginaSeed(
  zoek: string,
  resultaten: readonly (readonly [string, readonly Record<string, unknown>[]])[],
  synthetisch = false,
): Seed {
  return synthetisch
    ? { versie: SEED_VERSIE, resultaten, synthetisch: true, zoek }
    : { versie: SEED_VERSIE, resultaten, zoek };
}

/**
 * JSON text for inside `<script type="application/json">`, with the rows by column. Every `<`
 * becomes `\u003c`, so no `</script>` or `<!--` in the data can end the block; U+2028/U+2029 are
 * escaped too. `leesSeed` reads the same seed back.
 */
export function seedJson(seed: Seed): string {
  const wire = {
    ...seed,
    resultaten: seed.resultaten.map(([key, rows]) => [key, kolomsgewijs(key, rows)]),
  };
  return JSON.stringify(wire)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Parse and check the data block; null when it is missing, not valid, from another version, or does
 * not hold every query of the home view (then the client renders without it).
 */
export function leesSeed(text: string | null | undefined): Seed | null {
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const s = json as { versie?: unknown; resultaten?: unknown; synthetisch?: unknown; zoek?: unknown };
  if (!s || s.versie !== SEED_VERSIE || !Array.isArray(s.resultaten)) return null;
  const resultaten: [string, Record<string, unknown>[]][] = [];
  for (const r of s.resultaten as unknown[]) {
    if (!Array.isArray(r) || r.length !== 2 || typeof r[0] !== 'string') return null;
    const rijen = rijsgewijs(r[1]);
    if (!rijen) return null;
    resultaten.push([r[0], rijen]);
  }
  const keys = new Set(resultaten.map(([k]) => k));
  const rows = new Map(resultaten);
  const c = catalogQueries();
  const catalogRijen = [rows.get(queryKey(c.gemeenten)) ?? [], rows.get(queryKey(c.aanpakken)) ?? []];
  if (typeof s.zoek === 'string') {
    // A page of another view needs the catalog; its own queries are whatever its render asked for.
    if (!keys.has(queryKey(c.gemeenten)) || !keys.has(queryKey(c.aanpakken))) return null;
    return maakPaginaSeed(s.zoek, resultaten, s.synthetisch === true);
  }
  if (!voorgerenderdeQueries(catalogRijen).every((q) => keys.has(queryKey(q)))) return null;
  return s.synthetisch === true
    ? { versie: SEED_VERSIE, resultaten, synthetisch: true }
    : { versie: SEED_VERSIE, resultaten };
}

/** The catalog (gemeenten, aanpakken) held in a seed. */
export function catalogUitSeed(seed: Seed): Catalog {
  const q = catalogQueries();
  const rows = new Map(seed.resultaten);
  return {
    gemeenten: (rows.get(queryKey(q.gemeenten)) ?? []) as unknown as GemeenteOptie[],
    aanpakken: (rows.get(queryKey(q.aanpakken)) ?? []) as unknown as AanpakOptie[],
    ...(seed.synthetisch ? { synthetisch: true } : {}),
  };
}

const zelfdeFilters = (a: Filters, b: Filters) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether a URL (`location.search`) shows what was prerendered: the heatmap without filters, with
 * nothing in the link that had to be dropped. An open cell (`cel=`) is fine: it opens after hydration.
 */
export function isStartweergave(search: string, catalog: Catalog): boolean {
  const { state, problems } = parseUrl(search, knownIds(catalog));
  return (
    problems.length === 0 &&
    state.view === 'heatmap' &&
    state.indicator === null &&
    Object.keys(zonderInbedden(state.extra)).length === 0 &&
    zelfdeFilters(state.filters, DEFAULT_FILTERS)
  );
}
