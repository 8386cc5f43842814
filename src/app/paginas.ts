/**
 * Which views are prerendered as pages of their own (#14), as the search strings of their links. What
 * is bounded is always there: every view without parameters, the 30 indicator pages and a factsheet per
 * gemeente. A small dataset (the real data) also gets a page per heatmap cell (the drill-down, up to
 * `CEL_PAGINAS_MAX_AANPAKKEN` aanpakken) and per choice of 2 to 4 gemeenten in Gemeenten vergelijken
 * (up to `VERGELIJKEN_PAGINAS_MAX_GEMEENTEN` gemeenten); beyond that those wait for DuckDB.
 *
 * Pure module: the prerender and the tests use it.
 */
import type { Query } from '../db/query';
import { bevindingen } from '../model/queries-bevindingen';
import { toetsingskader } from '../model/queries-methode';
import { INDICATOR_CODES } from '../model/toetsingskader';
import { DEFAULT_URL_STATE, formatUrl, VIEW_IDS, type Catalog, type UrlState } from '../store';
import { isLandelijk } from '../store/schaal';
import { BRON_PARAMS, isBestandsnaam } from '../views/bronStaat';

/** Gemeenten vergelijken compares at most this many. */
const MAX_VERGELIJKEN = 4;
/** A page per cell up to this many aanpakken (7 x 30 = 210 for the real data). */
export const CEL_PAGINAS_MAX_AANPAKKEN = 10;
/** A page per choice in Gemeenten vergelijken up to this many gemeenten (6: 50 pages). */
export const VERGELIJKEN_PAGINAS_MAX_GEMEENTEN = 6;

/** Every subset of `ids` with `min` to `max` members, in the order of `ids`. */
export function deelverzamelingen<T>(ids: readonly T[], min: number, max: number): T[][] {
  const uit: T[][] = [];
  const stap = (start: number, gekozen: T[]) => {
    if (gekozen.length >= min) uit.push([...gekozen]);
    if (gekozen.length === max) return;
    for (let i = start; i < ids.length; i++) stap(i + 1, [...gekozen, ids[i] as T]);
  };
  stap(0, []);
  return uit;
}

/**
 * The states to prerender, each as the canonical search string of its link (`formatUrl`), in a fixed
 * order and without duplicates. The plain home view is index.html itself and is not in the list.
 * `bronnen`: the source documents whose text the site ships; each gets its source view (bounded: one
 * page per document; a link to one oordeel in it asks the same queries).
 */
export function voorberekendePaginas(catalog: Catalog, bronnen: readonly string[] = []): string[] {
  const staten: UrlState[] = [];
  const zet = (deel: Partial<UrlState>) => staten.push({ ...DEFAULT_URL_STATE, ...deel });
  const metGemeenten = (gemeenten: readonly string[]) => ({ ...DEFAULT_URL_STATE.filters, gemeenten });
  const gemeenten = catalog.gemeenten.map((g) => g.gemeente_id);
  const klein = !isLandelijk(catalog);
  const jaren = new Set(catalog.aanpakken.map((a) => a.jaar ?? null));

  for (const view of VIEW_IDS) if (view !== 'heatmap') zet({ view });
  for (const indicator of INDICATOR_CODES) zet({ view: 'indicator', indicator });
  for (const g of gemeenten) zet({ view: 'factsheet', filters: metGemeenten([g]) });
  for (const bestand of bronnen) if (isBestandsnaam(bestand)) zet({ view: 'bron', extra: { bestand } });
  // A drill-down page shows the home heatmap under it: only where that holds every aanpak (one jaar).
  if (klein && jaren.size === 1 && catalog.aanpakken.length <= CEL_PAGINAS_MAX_AANPAKKEN)
    for (const a of catalog.aanpakken)
      for (const indicator of INDICATOR_CODES) zet({ cel: { aanpak: a.aanpak_id, indicator } });
  // All gemeenten chosen is the same link as none (the URL leaves a full list out).
  if (klein && gemeenten.length <= VERGELIJKEN_PAGINAS_MAX_GEMEENTEN)
    for (const keuze of deelverzamelingen(gemeenten, 2, MAX_VERGELIJKEN))
      if (keuze.length < gemeenten.length) zet({ view: 'vergelijken', filters: metGemeenten(keuze) });
  const zoeken = staten.map((s) => formatUrl(s, BRON_PARAMS));
  return [...new Set(zoeken)];
}

/**
 * Results that are not shown on a page but downloaded from one (Open data: every oordeel as CSV, the
 * LEESMIJ): prerendered too, so the downloads work before DuckDB is ready (src/app/voorberekend.ts).
 */
export function voorberekendeDownloads(): Query<unknown>[] {
  return [bevindingen({}, null, null), toetsingskader()];
}
