import type { Query } from '../db/query';
import { hasResult } from '../hooks/useQuery';
import {
  afgeleideCellen,
  afgeleideKolommen,
  afgeleideRijen,
  isAfleidbaar,
  type HeatmapBron,
} from '../model/afleiding';
import {
  heatmapCellen,
  kolomTotalen,
  rijTotalen,
  type HeatmapCel,
  type KolomTotaal,
  type RijTotaal,
} from '../model/queries';
import { overzichtCellen, overzichtKolommen, type OverzichtNiveau } from '../model/queries-schaal';
import { DEFAULT_FILTERS, type Filters } from '../store';
import { oordeelFilter, type Selectie } from '../store/schaal';

/** No jaar or provincie chosen: the queries are those of the small (real) data. */
export const GEEN_SCHAAL: Selectie = { jaar: null, provincie: null, gemeenten: [], aanpakken: [] };

/** The unfiltered heatmap's queries: what index.html carries, and what the filters derive from. */
export const BRON = {
  cellen: heatmapCellen({}),
  rijen: rijTotalen({}, 'volgorde'),
  kolommen: kolomTotalen({}),
};
const BRONNEN: readonly Query<unknown>[] = [BRON.cellen, BRON.rijen, BRON.kolommen];
const alsBron = (rijen: readonly (readonly unknown[])[]): HeatmapBron => ({
  cellen: rijen[0] as readonly HeatmapCel[],
  rijen: rijen[1] as readonly RijTotaal[],
  kolommen: rijen[2] as readonly KolomTotaal[],
});

/**
 * The three queries of the detailed heatmap (one column per aanpak) for a filter state and a
 * selection (jaar, provincie). The view and the build-time prerender (src/app/voorgerenderd.ts) both
 * use this, so the prerendered results land under the same cache keys. Without jaar or provincie,
 * each query also says how to derive its result from the unfiltered heatmap (src/model/afleiding.ts),
 * so the filters answer at once before DuckDB is ready (#14).
 */
export function heatmapQueries(filters: Filters, sel: Selectie = GEEN_SCHAAL) {
  const f = oordeelFilter(filters, sel);
  const sql = {
    cellen: heatmapCellen(f),
    rijen: rijTotalen(f, filters.sorteer),
    kolommen: kolomTotalen(f),
  };
  if (!isAfleidbaar(f) || filters === DEFAULT_FILTERS) return sql;
  return {
    cellen: {
      ...sql.cellen,
      afleiding: { bronnen: BRONNEN, afleiden: (r) => afgeleideCellen(alsBron(r), f) },
    },
    rijen: {
      ...sql.rijen,
      afleiding: { bronnen: BRONNEN, afleiden: (r) => afgeleideRijen(alsBron(r), f, filters.sorteer) },
    },
    kolommen: {
      ...sql.kolommen,
      afleiding: { bronnen: BRONNEN, afleiden: (r) => afgeleideKolommen(alsBron(r), f) },
    },
  } satisfies typeof sql;
}

/**
 * Whether the filters of the detailed heatmap work without DuckDB: the unfiltered heatmap is in the
 * page (index.html, or a prerendered drill-down page).
 */
export function heatmapAfleidbaar(): boolean {
  return BRONNEN.every(hasResult);
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
