/** The shared filters in words, for a view's heading and status (framework-free, unit-tested). */
import { filterKop } from '../i18n/berichten';
import { OORDEEL_WOORD } from '../charts/oordeel';
import { lijst, meervoud, vertaal, type Taal } from '../i18n/core';
import type { Oordeel } from '../model/queries';
import { INDICATOREN, THEMAS } from '../model/toetsingskader';
import { effectieveAanpakken } from './slices/filters';
import type { Catalog, Filters } from './types';

/** The filters a view applies (and so must name): the heatmap all of them, the ranking only the thema's. */
export type FilterSoort =
  'gemeenten' | 'aanpakken' | 'themas' | 'alleen' | 'provincie' | 'indicator' | 'oordelen' | 'letOp' | 'zoek';

/** The shared filters, and those only the Bevindingen table has (its own URL params). */
export type FilterInvoer = Filters & {
  readonly indicator?: string | null;
  readonly oordelen?: readonly Oordeel[];
  readonly letOp?: 'met' | 'zonder' | null;
  readonly zoek?: string;
};

export const ALLE_FILTERS: readonly FilterSoort[] = [
  'gemeenten',
  'aanpakken',
  'themas',
  'alleen',
  'provincie',
];

/**
 * One phrase per active filter of `soorten`, in the order of the filter panel: "Emmen en Gouda",
 * "thema Aanpak", "alleen verbeterpunten". A chosen aanpak names the aanpakken that pass both the
 * gemeente and the aanpak filter (then the gemeenten are not named twice). No filter: [].
 * Names are those of the catalog; thema names stay Dutch (source words).
 */
export function filterDelen(
  filters: FilterInvoer,
  catalog: Catalog | null,
  taal: Taal,
  soorten: readonly FilterSoort[] = ALLE_FILTERS,
  extra: Readonly<Record<string, string>> = {},
): string[] {
  const delen: string[] = [];
  const wil = (s: FilterSoort) => soorten.includes(s);
  if (wil('provincie') && extra.provincie)
    delen.push(vertaal(taal, filterKop.provincie, { naam: extra.provincie }));
  const aanpakFilter = wil('aanpakken') && filters.aanpakken.length > 0;
  if (wil('gemeenten') && filters.gemeenten.length > 0 && !aanpakFilter) {
    const namen = (catalog?.gemeenten ?? [])
      .filter((g) => filters.gemeenten.includes(g.gemeente_id))
      .map((g) => g.naam);
    delen.push(lijst(taal, namen.length ? namen : filters.gemeenten));
  }
  if (aanpakFilter) {
    const gemeenten = wil('gemeenten') ? filters.gemeenten : [];
    const ids = new Set(effectieveAanpakken({ filters: { ...filters, gemeenten }, catalog }));
    const namen = (catalog?.aanpakken ?? [])
      .filter((a) => ids.has(a.aanpak_id))
      .map((a) => vertaal(taal, filterKop.aanpakVan, { aanpak: a.naam, gemeente: a.gemeente }));
    const getoond = namen.length ? namen : filters.aanpakken;
    delen.push(meervoud(taal, filterKop.aanpakken, getoond.length, { lijst: lijst(taal, getoond) }));
  }
  if (wil('themas') && filters.themas.length > 0) {
    const namen = THEMAS.filter((t) => filters.themas.includes(t.code)).map((t) => t.naam);
    delen.push(meervoud(taal, filterKop.themas, namen.length, { lijst: lijst(taal, namen) }));
  }
  const indicator = wil('indicator') && INDICATOREN.find((i) => i.code === filters.indicator);
  if (indicator)
    delen.push(vertaal(taal, filterKop.indicator, { code: indicator.code, label: indicator.label }));
  if (wil('alleen') && filters.alleenVerbeterpunten)
    delen.push(vertaal(taal, filterKop.alleenVerbeterpunten));
  if (wil('oordelen') && filters.oordelen?.length) {
    const woorden = filters.oordelen.map((o) => vertaal(taal, OORDEEL_WOORD[o]));
    delen.push(vertaal(taal, filterKop.oordelen, { lijst: lijst(taal, woorden) }));
  }
  if (wil('letOp') && filters.letOp)
    delen.push(vertaal(taal, filters.letOp === 'met' ? filterKop.metLetOp : filterKop.zonderLetOp));
  if (wil('zoek') && filters.zoek?.trim())
    delen.push(vertaal(taal, filterKop.zoek, { zoek: filters.zoek.trim() }));
  return delen;
}

/** The phrases joined: "Emmen en Gouda, alleen verbeterpunten" ('' when nothing is filtered). */
export function filterTekst(...args: Parameters<typeof filterDelen>): string {
  return filterDelen(...args).join(', ');
}

/** A view's title with what is filtered: "Heatmap: Emmen en Gouda, alleen verbeterpunten"; the title alone when nothing is. */
export function gefilterdeTitel(titel: string, filters: string, taal: Taal): string {
  return filters ? vertaal(taal, filterKop.titel, { titel, filters }) : titel;
}
