import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { naLaden } from './app/naLaden';
import { staatSleutel } from './app/routes';
import { voorfilterOvername } from './app/voorfilterBrug';
import { catalogUitSeed, isStartweergave, leesSeed, VOORGERENDERD_ID, type Seed } from './app/voorgerenderd';
import { loadDatabase } from './db';
import { seedQueryCache } from './hooks/useQuery';
import { appStore, knownIds, parseTaal, parseUrl, parseView, VIEW_IDS, type Catalog } from './store';
import { laadView } from './views/registry';

// Started by `naLaden`: a query that needs DuckDB before then starts it itself.
const startDb = () => void loadDatabase().catch(() => undefined);

/** The other views' code, once the page has settled, so that moving to a view does not wait for it. */
function laadAlleViewsLater(): void {
  naLaden(() => {
    for (const id of VIEW_IDS) void laadView(id).catch(() => undefined);
  });
}

/** Whether the page on screen was prerendered for this link (the language may differ: it follows). */
function toontDezeLink(s: Seed, c: Catalog): boolean {
  const search = window.location.search;
  return s.zoek === undefined ? isStartweergave(search, c) : staatSleutel(s.zoek) === staatSleutel(search);
}

/**
 * Renders the app into a new #root and puts it in place of `oud` in one task, so no frame shows
 * anything in between; the control that had the focus keeps it.
 */
function vervang(oud: HTMLElement): void {
  const nieuw = document.createElement('div');
  const root = createRoot(nieuw);
  flushSync(() =>
    root.render(
      <StrictMode>
        <App voorgerenderdeHeatmap />
      </StrictMode>,
    ),
  );
  const f = document.activeElement;
  const focus =
    (f instanceof HTMLInputElement || f instanceof HTMLSelectElement) && oud.contains(f)
      ? `${f.localName}[name="${CSS.escape(f.name)}"]` +
        (f instanceof HTMLInputElement ? `[value="${CSS.escape(f.value)}"]` : '')
      : null;
  nieuw.id = 'root';
  oud.replaceWith(nieuw);
  if (focus) nieuw.querySelector<HTMLElement>(focus)?.focus();
}

/**
 * Starts the app on the parsed document: takes over the prerendered view, or renders the view of the
 * link. src/main.tsx loads this module while the page is still being parsed and calls this at
 * DOMContentLoaded.
 */
export async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root element not found');

  const seed = leesSeed(document.getElementById(VOORGERENDERD_ID)?.textContent);
  if (seed) seedQueryCache(seed.resultaten);
  const catalog = seed ? catalogUitSeed(seed) : null;
  // The early layer stops here; if it answered a filter, the link holds it for the view on screen.
  const voorgefilterd = voorfilterOvername();
  if (seed && catalog && voorgefilterd === 'gesorteerd') {
    // The early layer reordered the rows: the markup is not the prerendered one, so render the app
    // for the link anew, off screen and at once, and put it in place in the same task.
    appStore.getState().setCatalog(catalog);
    appStore.getState().applyUrlState(parseUrl(window.location.search, knownIds(catalog)).state);
    vervang(container);
    naLaden(startDb);
  } else if (
    seed &&
    catalog &&
    container.firstElementChild &&
    (voorgefilterd === 'gefilterd' || toontDezeLink(seed, catalog))
  ) {
    // The view is already on screen (prerendered: index.html or a page of src/app/routes.ts). Take it
    // over with the same data and state, then start DuckDB-WASM after the first paint; until it is
    // ready, the app works from the seeded cache. The URL (e.g. its language, or the filters the early
    // layer answered, src/app/voorfilter.ts) applies after hydration.
    appStore.getState().setCatalog(catalog);
    if (seed.zoek !== undefined)
      appStore.getState().applyUrlState(parseUrl(seed.zoek, knownIds(catalog)).state);
    // The view's code first, so it hydrates at once, with the markup the prerender made from it.
    // If it fails, the view's Suspense tries again and its ErrorBoundary says what went wrong.
    await laadView(appStore.getState().view).catch(() => undefined);
    hydrateRoot(
      container,
      <StrictMode>
        <App voorgerenderdeHeatmap />
      </StrictMode>,
    );
    naLaden(startDb);
  } else {
    // Another view, filters in the link, or no prerender (dev server): render on the client and wait
    // for DuckDB. Start downloading it right away; App shows progress and errors.
    startDb();
    // The catalog of any prerendered page is enough to apply the link; its queries wait for DuckDB.
    if (catalog) appStore.getState().setCatalog(catalog);
    appStore.getState().setView(parseView(window.location.search));
    appStore.getState().setTaal(parseTaal(window.location.search));
    container.replaceChildren();
    createRoot(container).render(
      <StrictMode>
        <App voorgerenderdeHeatmap={seed !== null} />
      </StrictMode>,
    );
  }
  laadAlleViewsLater();
}
