/**
 * Server entry for the build-time prerender (built with `vite build --ssr`, run by scripts/prerender.ts).
 * It renders the same App as the client, with the query cache seeded from results computed at build
 * time by the same query builders, so the markup and the JSON data block match what the client hydrates.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App, documentTitel } from './App';
import { catalogUitSeed, maakPaginaSeed, maakSeed, seedJson } from './app/voorgerenderd';
import { queryKey, type Query } from './db/query';
import { clearQueryCache, recordQueries, seedQueryCache } from './hooks/useQuery';
import { appStore, DEFAULT_URL_STATE, knownIds, parseUrl, VIEW_IDS } from './store';
import { laadView } from './views/registry';

export { voorgerenderdeQueries, VOORGERENDERD_ID } from './app/voorgerenderd';
export { voorberekendeDownloads, voorberekendePaginas } from './app/paginas';
export { RESULTAAT_MAP, resultaatBestand, resultaatJson, sleutelHash } from './app/voorberekend';
export { paginaNaam, ROUTES_ID, staatSleutel } from './app/routes';

/** Loads the code of every view, so that each renders at once (call before `render`/`renderPagina`). */
export async function laadWeergaven(): Promise<void> {
  await Promise.all(VIEW_IDS.map(laadView));
}

export interface Voorgerenderd {
  /** Markup for inside #root. */
  readonly html: string;
  /** Escaped JSON for `<script type="application/json" id="voorgerenderd">`. */
  readonly json: string;
  /** `<title>` of the home view. */
  readonly titel: string;
}

/**
 * Render the home view from the rows of `voorgerenderdeQueries()` (same order). Call once per process.
 * `synthetisch`: the data is synthetic (the banner is rendered and the flag goes into the data block).
 */
export function render(
  rows: readonly (readonly Record<string, unknown>[])[],
  synthetisch = false,
): Voorgerenderd {
  const seed = maakSeed(rows, synthetisch);
  clearQueryCache();
  seedQueryCache(seed.resultaten);
  appStore.getState().setCatalog(catalogUitSeed(seed));
  appStore.getState().applyUrlState(DEFAULT_URL_STATE);
  const html = renderToString(
    <StrictMode>
      <App voorgerenderdeHeatmap />
    </StrictMode>,
  );
  return { html, json: seedJson(seed), titel: documentTitel('heatmap') };
}

/** One render of a prerendered page (#14); see `renderPagina`. */
export interface PaginaRender extends Voorgerenderd {
  /** Queries the render asked for that have no result yet: run them and render again. */
  readonly ontbreekt: readonly Query<unknown>[];
}

/**
 * Render the view of the link `zoek` (a search string of `voorberekendePaginas`) from the results
 * known so far (the catalog's two first). scripts/prerender.ts runs what `ontbreekt` names and calls
 * again, until nothing is missing: then the markup shows every result, as the client will after
 * hydrating with the same seed.
 */
export function renderPagina(
  zoek: string,
  resultaten: readonly (readonly [string, readonly Record<string, unknown>[]])[],
  synthetisch = false,
): PaginaRender {
  const seed = maakPaginaSeed(zoek, resultaten, synthetisch);
  clearQueryCache();
  seedQueryCache(seed.resultaten);
  const catalog = catalogUitSeed(seed);
  appStore.getState().setCatalog(catalog);
  const { state, problems } = parseUrl(zoek, knownIds(catalog));
  if (problems.length) throw new Error(`prerender ${zoek}: ${problems.join('; ')}`);
  appStore.getState().applyUrlState(state);
  const ontbreekt = new Map<string, Query<unknown>>();
  recordQueries((q) => ontbreekt.set(queryKey(q), q));
  let html: string;
  try {
    html = renderToString(
      <StrictMode>
        <App voorgerenderdeHeatmap />
      </StrictMode>,
    );
  } finally {
    recordQueries(null);
  }
  return {
    html,
    json: seedJson(seed),
    titel: documentTitel(state.view),
    ontbreekt: [...ontbreekt.values()],
  };
}
