import { heatmapCellen, kolomTotalen, rijTotalen, type OordeelFilter } from '../model/queries';
import type { Filters } from '../store';

/**
 * The three queries of the heatmap view for a filter state. The view and the build-time prerender
 * (src/app/voorgerenderd.ts) both use this, so the prerendered results land under the same cache keys.
 */
export function heatmapQueries(filters: Filters) {
  const f: OordeelFilter = {
    gemeenten: filters.gemeenten,
    aanpakken: filters.aanpakken,
    themas: filters.themas,
    alleenVerbeterpunten: filters.alleenVerbeterpunten,
  };
  return {
    cellen: heatmapCellen(f),
    rijen: rijTotalen(f, filters.sorteer),
    kolommen: kolomTotalen(f),
  };
}
