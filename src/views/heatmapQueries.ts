import { heatmapCellen, kolomTotalen, rijTotalen } from '../model/queries';
import { overzichtCellen, overzichtKolommen, type OverzichtNiveau } from '../model/queries-schaal';
import type { Filters } from '../store';
import { oordeelFilter, type Selectie } from '../store/schaal';

/** No jaar or provincie chosen: the queries are those of the small (real) data. */
export const GEEN_SCHAAL: Selectie = { jaar: null, provincie: null, gemeenten: [], aanpakken: [] };

/**
 * The three queries of the detailed heatmap (one column per aanpak) for a filter state and a
 * selection (jaar, provincie). The view and the build-time prerender (src/app/voorgerenderd.ts) both
 * use this, so the prerendered results land under the same cache keys.
 */
export function heatmapQueries(filters: Filters, sel: Selectie = GEEN_SCHAAL) {
  const f = oordeelFilter(filters, sel);
  return {
    cellen: heatmapCellen(f),
    rijen: rijTotalen(f, filters.sorteer),
    kolommen: kolomTotalen(f),
  };
}

/** The queries of the aggregated heatmap (one column per provincie or gemeente); see heatmapQueries. */
export function overzichtQueries(filters: Filters, sel: Selectie, niveau: OverzichtNiveau) {
  const f = oordeelFilter(filters, sel);
  return {
    cellen: overzichtCellen(f, niveau),
    rijen: rijTotalen(f, filters.sorteer),
    kolommen: overzichtKolommen(f, niveau),
  };
}
