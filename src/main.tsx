import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { catalogUitSeed, isStartweergave, leesSeed, VOORGERENDERD_ID } from './app/voorgerenderd';
import { loadDatabase } from './db';
import { seedQueryCache } from './hooks/useQuery';
import { appStore, parseTaal, parseView } from './store';
import './styles.css';

// Marks that scripts run (styles.css shows the loading line only then).
document.documentElement.classList.add('js');

const container = document.getElementById('root');
if (!container) throw new Error('#root element not found');

const seed = leesSeed(document.getElementById(VOORGERENDERD_ID)?.textContent);
if (seed) seedQueryCache(seed.resultaten);
const catalog = seed ? catalogUitSeed(seed) : null;
const startDb = () => void loadDatabase().catch(() => undefined);

if (catalog && container.firstElementChild && isStartweergave(window.location.search, catalog)) {
  // The heatmap is already on screen (prerendered). Take it over with the same data, then start
  // DuckDB-WASM after the first paint; until it is ready, the app works from the seeded cache.
  appStore.getState().setCatalog(catalog);
  hydrateRoot(
    container,
    <StrictMode>
      <App voorgerenderdeHeatmap />
    </StrictMode>,
  );
  if (document.visibilityState === 'hidden') setTimeout(startDb, 0);
  else requestAnimationFrame(() => setTimeout(startDb, 0));
} else {
  // Another view, filters in the link, or no prerender (dev server): render on the client and wait
  // for DuckDB. Start downloading it right away; App shows progress and errors.
  startDb();
  appStore.getState().setView(parseView(window.location.search));
  appStore.getState().setTaal(parseTaal(window.location.search));
  container.replaceChildren();
  createRoot(container).render(
    <StrictMode>
      <App voorgerenderdeHeatmap={seed !== null} />
    </StrictMode>,
  );
}
