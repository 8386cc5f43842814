/**
 * The heatmap at national scale (#4): which jaar and provincie are chosen (URL params `jaar` and
 * `provincie`), how many aanpak columns that selects, and so at which level the heatmap shows them.
 * Pure apart from `zoom`, which writes the store (one update, so one history entry).
 */
import type { AanpakOptie, OordeelFilter } from '../model/queries';
import type { OverzichtNiveau } from '../model/queries-schaal';
import type { AppStore } from './store';
import { knownIds, type Catalog, type Filters } from './types';
import { registerUrlParam, type UrlParamSpec } from './url';

/** Up to this many aanpak columns the heatmap shows every mark (always so for the real data: 7). */
export const DETAIL_MAX_KOLOMMEN = 40;
/** Up to this many gemeenten the filters list every gemeente and aanpak as a checkbox. */
export const KLEIN_MAX_GEMEENTEN = 12;

/** `detail`: one column per aanpak (every mark); otherwise one column per provincie or gemeente. */
export type Niveau = 'detail' | OverzichtNiveau;

export const PROVINCIE_PARAM: UrlParamSpec = {
  name: 'provincie',
  validate: (v, known) => (known.provincies ?? []).includes(v),
};
export const JAAR_PARAM: UrlParamSpec = {
  name: 'jaar',
  validate: (v, known) => /^\d{4}$/.test(v) && (known.jaren ?? []).includes(Number(v)),
};
export const SCHAAL_PARAMS: readonly UrlParamSpec[] = [PROVINCIE_PARAM, JAAR_PARAM];
for (const spec of SCHAAL_PARAMS) registerUrlParam(spec);

/** The jaren in the data, oldest first. */
export function jarenIn(catalog: Catalog | null): readonly number[] {
  return knownIds(catalog).jaren ?? [];
}

/** The provincies in the data, by name. */
export function provinciesIn(catalog: Catalog | null): readonly string[] {
  return knownIds(catalog).provincies ?? [];
}

/** Whether the data is too large for a checkbox per gemeente and aanpak. */
export function isLandelijk(catalog: Catalog | null): boolean {
  return (catalog?.gemeenten.length ?? 0) > KLEIN_MAX_GEMEENTEN;
}

/** What the filters, `jaar` and `provincie` select. */
export interface Selectie {
  /** null when the data has one jaar (then nothing is filtered on it). */
  readonly jaar: number | null;
  readonly provincie: string | null;
  readonly gemeenten: readonly string[];
  readonly aanpakken: readonly string[];
}

/**
 * The selection. `jaar` defaults to the latest jaar in the data, but only when there is more than one;
 * with one jaar (the real data) no jaar filter is applied, so every query stays as it was.
 */
export function selectie(
  catalog: Catalog | null,
  filters: Pick<Filters, 'gemeenten' | 'aanpakken'>,
  extra: Readonly<Record<string, string>>,
): Selectie {
  const jaren = jarenIn(catalog);
  let jaar: number | null = null;
  if (jaren.length > 1) {
    const gevraagd = Number(extra.jaar);
    jaar = jaren.includes(gevraagd) ? gevraagd : (jaren.at(-1) ?? null);
  }
  const p = extra.provincie;
  const provincie = p !== undefined && provinciesIn(catalog).includes(p) ? p : null;
  return { jaar, provincie, gemeenten: filters.gemeenten, aanpakken: filters.aanpakken };
}

/** The query filter of a selection plus the other heatmap filters. */
export function oordeelFilter(filters: Filters, sel: Selectie): OordeelFilter {
  return {
    gemeenten: filters.gemeenten,
    aanpakken: filters.aanpakken,
    themas: filters.themas,
    alleenVerbeterpunten: filters.alleenVerbeterpunten,
    ...(sel.jaar !== null ? { jaar: sel.jaar } : {}),
    ...(sel.provincie !== null ? { provincies: [sel.provincie] } : {}),
  };
}

/** The aanpakken (columns of the detailed heatmap) that a selection holds. */
export function aanpakkenInSelectie(catalog: Catalog | null, sel: Selectie): AanpakOptie[] {
  if (!catalog) return [];
  const inProvincie =
    sel.provincie === null
      ? null
      : new Set(catalog.gemeenten.filter((g) => g.provincie === sel.provincie).map((g) => g.gemeente_id));
  return catalog.aanpakken.filter(
    (a) =>
      (sel.jaar === null || a.jaar === sel.jaar) &&
      (inProvincie === null || inProvincie.has(a.gemeente_id)) &&
      (!sel.gemeenten.length || sel.gemeenten.includes(a.gemeente_id)) &&
      (!sel.aanpakken.length || sel.aanpakken.includes(a.aanpak_id)),
  );
}

/**
 * The level of the heatmap: every mark while the selection has at most DETAIL_MAX_KOLOMMEN aanpakken;
 * else a column per provincie when they lie in more than one, else a column per gemeente.
 */
export function kiesNiveau(catalog: Catalog | null, sel: Selectie): Niveau {
  const aanpakken = aanpakkenInSelectie(catalog, sel);
  if (aanpakken.length <= DETAIL_MAX_KOLOMMEN) return 'detail';
  const provincieVan = new Map(catalog?.gemeenten.map((g) => [g.gemeente_id, g.provincie]));
  const provincies = new Set(aanpakken.map((a) => provincieVan.get(a.gemeente_id) ?? null));
  return provincies.size > 1 ? 'provincie' : 'gemeente';
}

/** One step of the breadcrumb: Nederland, a provincie, a gemeente. */
export interface Zoomstap {
  readonly niveau: 'land' | 'provincie' | 'gemeente';
  readonly naam: string;
  readonly provincie: string | null;
  readonly gemeente: string | null;
}

/** The breadcrumb of a selection: "Nederland › Noord-Brabant › Gemeente X". */
export function zoompad(catalog: Catalog | null, sel: Selectie): Zoomstap[] {
  const pad: Zoomstap[] = [{ niveau: 'land', naam: 'Nederland', provincie: null, gemeente: null }];
  const gemeente =
    sel.gemeenten.length === 1
      ? catalog?.gemeenten.find((g) => g.gemeente_id === sel.gemeenten[0])
      : undefined;
  const provincie = sel.provincie ?? gemeente?.provincie ?? null;
  if (provincie !== null) pad.push({ niveau: 'provincie', naam: provincie, provincie, gemeente: null });
  if (gemeente)
    pad.push({ niveau: 'gemeente', naam: gemeente.naam, provincie, gemeente: gemeente.gemeente_id });
  return pad;
}

/**
 * Zoom the heatmap to a provincie, a gemeente (with its provincie), or all of Nederland (both null):
 * sets `provincie` and the gemeente filter and clears the aanpak filter, in one store update.
 */
export function zoom(store: AppStore, doel: { provincie: string | null; gemeente: string | null }): void {
  store.setState((s) => {
    const extra = { ...s.extra };
    if (doel.provincie === null) delete extra.provincie;
    else extra.provincie = doel.provincie;
    return {
      extra,
      filters: { ...s.filters, gemeenten: doel.gemeente === null ? [] : [doel.gemeente], aanpakken: [] },
    };
  });
}

/** Choose a jaar; the latest jaar is the default and is left out of the URL. */
export function kiesJaar(store: AppStore, jaar: number): void {
  const jaren = jarenIn(store.getState().catalog);
  store.getState().setExtra('jaar', jaar === jaren.at(-1) ? null : String(jaar));
}
