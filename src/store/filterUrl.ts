/**
 * The filters' part of the URL (`gemeente=…&aanpak=…&thema=…&alleen=…&sorteer=…`), in the order
 * `formatUrl` (./url.ts) writes it. A pure module of its own: the early layer (src/app/voorfilter.ts)
 * writes the same link before the app has loaded.
 */
import { DEFAULT_FILTERS, type Filters } from './types';

/** A value in a search string; commas stay readable. */
export const enc = (v: string) => encodeURIComponent(v).replace(/%2C/gi, ',');

/** The params of the filters that are not at their default, as [name, value]. */
export function filterParams(f: Filters): [string, string][] {
  const parts: [string, string][] = [];
  if (f.gemeenten.length) parts.push(['gemeente', f.gemeenten.join(',')]);
  if (f.aanpakken.length) parts.push(['aanpak', f.aanpakken.join(',')]);
  if (f.themas.length) parts.push(['thema', f.themas.join(',')]);
  if (f.alleenVerbeterpunten) parts.push(['alleen', 'verbeterpunten']);
  if (f.sorteer !== DEFAULT_FILTERS.sorteer) parts.push(['sorteer', f.sorteer]);
  return parts;
}

/** `?k=v&…` from params in order, values encoded with `enc`. */
export function zoekString(parts: readonly (readonly [string, string])[]): string {
  return `?${parts.map(([k, v]) => `${k}=${enc(v)}`).join('&')}`;
}

/** The search string of the home heatmap with these filters, as `formatUrl` writes it. */
export function heatmapZoek(f: Filters): string {
  return zoekString([['weergave', 'heatmap'], ...filterParams(f)]);
}
