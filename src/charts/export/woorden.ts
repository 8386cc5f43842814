/** The filters of a picture in words, and its file name (what is in it, readable). */
import { delen as D } from '../../i18n/berichten';
import { lijst, vertaal, type Taal } from '../../i18n/core';
import type { RijSortering } from '../../model/queries';
import { thema, type ThemaCode } from '../../model/toetsingskader';
import type { Catalog } from '../../store/types';

/** The filters that apply to a picture; leave out what the view does not use. */
export interface FilterKeuze {
  readonly gemeenten?: readonly string[];
  readonly aanpakken?: readonly string[];
  readonly themas?: readonly ThemaCode[];
  readonly alleenVerbeterpunten?: boolean;
  readonly sorteer?: RijSortering;
  readonly jaar?: string | null;
  readonly provincie?: string | null;
}

/**
 * "Emmen en Gouda, alleen verbeterpunten": the chosen gemeenten (by name), aanpakken ("Emmen OGGz"),
 * thema's, jaar, provincie, only verbeterpunten and the sorting; "geen: alle oordelen" when nothing is
 * chosen. Ids the catalog does not know are shown as they are.
 */
export function filtersInWoorden(keuze: FilterKeuze, catalog: Catalog | null, taal: Taal): string {
  const gemeente = new Map(catalog?.gemeenten.map((g) => [g.gemeente_id, g.naam]) ?? []);
  const aanpak = new Map(catalog?.aanpakken.map((a) => [a.aanpak_id, `${a.gemeente} ${a.naam}`]) ?? []);
  const namen = <T extends string>(ids: readonly T[], naam: (id: T) => string) => lijst(taal, ids.map(naam));
  const delen: string[] = [];
  if (keuze.gemeenten?.length) delen.push(namen(keuze.gemeenten, (g) => gemeente.get(g) ?? g));
  if (keuze.aanpakken?.length)
    delen.push(vertaal(taal, D.aanpakken, { lijst: namen(keuze.aanpakken, (a) => aanpak.get(a) ?? a) }));
  if (keuze.themas?.length)
    delen.push(vertaal(taal, D.themas, { lijst: namen(keuze.themas, (c) => thema(c).naam) }));
  if (keuze.provincie) delen.push(vertaal(taal, D.provincie, { provincie: keuze.provincie }));
  if (keuze.jaar) delen.push(vertaal(taal, D.jaar, { jaar: keuze.jaar }));
  if (keuze.alleenVerbeterpunten) delen.push(vertaal(taal, D.alleenVerbeterpunten));
  if (keuze.sorteer === 'verbeterpunten') delen.push(vertaal(taal, D.gesorteerd));
  return vertaal(taal, D.filters, {
    filters: delen.length ? delen.join(', ') : vertaal(taal, D.geenFilters),
  });
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The file name of a picture: `ggsr-heatmap-emmen-gouda-verbeterpunten.svg`. The view, then the chosen
 * gemeenten, aanpakken and thema's (ids), provincie, jaar, "verbeterpunten" (only verbeterpunten) and
 * "gesorteerd"; "-en" for an English picture. At most 120 characters before the extension.
 */
export function bestandsnaam(view: string, keuze: FilterKeuze, taal: Taal, extensie: 'svg' | 'png'): string {
  const delen = [
    'ggsr',
    view,
    ...(keuze.gemeenten ?? []),
    ...(keuze.aanpakken ?? []),
    ...(keuze.themas?.length ? ['thema', ...keuze.themas] : []),
    keuze.provincie ?? '',
    keuze.jaar ?? '',
    keuze.alleenVerbeterpunten ? 'verbeterpunten' : '',
    keuze.sorteer === 'verbeterpunten' ? 'gesorteerd' : '',
    taal === 'nl' ? '' : taal,
  ];
  const naam = slug(delen.filter(Boolean).join('-')).slice(0, 120).replace(/-$/, '');
  return `${naam}.${extensie}`;
}
