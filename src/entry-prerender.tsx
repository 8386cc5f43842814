/**
 * Server entry for the build-time prerender (built with `vite build --ssr`, run by scripts/prerender.ts).
 * It renders the same App as the client, with the query cache seeded from results computed at build
 * time by the same query builders, so the markup and the JSON data block match what the client hydrates.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App, documentTitel } from './App';
import { catalogUitSeed, maakSeed, seedJson } from './app/voorgerenderd';
import { seedQueryCache } from './hooks/useQuery';
import { appStore } from './store';

export { voorgerenderdeQueries, VOORGERENDERD_ID } from './app/voorgerenderd';

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
  seedQueryCache(seed.resultaten);
  appStore.getState().setCatalog(catalogUitSeed(seed));
  const html = renderToString(
    <StrictMode>
      <App voorgerenderdeHeatmap />
    </StrictMode>,
  );
  return { html, json: seedJson(seed), titel: documentTitel('heatmap') };
}
