import { useDeferredValue, useMemo, useState } from 'react';
import { buildHeatmapModel } from '../charts/heatmapModel';
import { HeatmapTable } from '../charts/HeatmapTable';
import { OORDEEL_SYMBOOL } from '../charts/oordeel';
import { FilterPanel } from '../components/FilterPanel';
import { Foutmelding, Laden } from '../components/Status';
import { firstError, useQuery } from '../hooks/useQuery';
import { useAppStore } from '../store';
import { heatmapQueries } from './heatmapQueries';

/** Home view: all oordelen as a table of indicators x aanpakken, with filters and totals. */
export function HeatmapView() {
  // The filter panel updates at once; the table follows in a non-blocking render (#4).
  const huidigeFilters = useAppStore((s) => s.filters);
  const filters = useDeferredValue(huidigeFilters);
  const openCel = useAppStore((s) => s.openCel);
  const reset = useAppStore((s) => s.resetFilters);

  const queries = useMemo(() => heatmapQueries(filters), [filters]);
  const cellen = useQuery(queries.cellen);
  const rijen = useQuery(queries.rijen);
  const kolommen = useQuery(queries.kolommen);

  const model = useMemo(
    () =>
      cellen.status === 'success' && rijen.status === 'success' && kolommen.status === 'success'
        ? buildHeatmapModel(cellen.data, rijen.data, kolommen.data, filters.sorteer)
        : null,
    [cellen, rijen, kolommen, filters.sorteer],
  );
  const error = firstError(cellen, rijen, kolommen);
  // While new results load, keep showing the previous table (marked busy) instead of a spinner.
  const [vorig, setVorig] = useState(model);
  if (model !== null && model !== vorig) setVorig(model);
  const getoond = model ?? vorig;
  const bezig = model === null || filters !== huidigeFilters;

  return (
    <section aria-labelledby="heatmap-titel" className="view">
      <h2 id="heatmap-titel" tabIndex={-1}>
        Heatmap: alle oordelen
      </h2>
      <p className="intro">
        Per aanpak heeft STJ 30 indicatoren beoordeeld. Een vakje laat zien of de aanpak op dat punt voldeed
        (√) of een verbeterpunt had (X). Kies een vakje om de bevinding en de bron te lezen.
      </p>
      <div className="heatmap-layout">
        <FilterPanel />
        <div className="heatmap-main">
          <Legenda />
          {error ? (
            <Foutmelding
              error={error}
              opnieuw={() => {
                cellen.retry();
                rijen.retry();
                kolommen.retry();
              }}
            />
          ) : !getoond ? (
            <Laden />
          ) : getoond.rijen.length === 0 || getoond.kolommen.length === 0 ? (
            <div className="melding" role="status">
              <p>Er zijn geen oordelen voor deze keuze.</p>
              <button type="button" onClick={reset}>
                Alle filters wissen
              </button>
            </div>
          ) : (
            <div aria-busy={bezig} className={bezig ? 'heatmap-bezig' : undefined}>
              <HeatmapTable
                model={getoond}
                alleenVerbeterpunten={filters.alleenVerbeterpunten}
                onOpen={openCel}
              />
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

function Legenda() {
  return (
    <ul className="legenda" aria-label="Legenda">
      {(['voldoet', 'verbeterpunt', 'onduidelijk'] as const).map((o) => (
        <li key={o}>
          <span className={`legenda-cel cel-${o}`} aria-hidden="true">
            {OORDEEL_SYMBOOL[o]}
          </span>{' '}
          {o}
        </li>
      ))}
      <li>
        <span className="legenda-cel let-op-legenda" aria-hidden="true">
          <sup className="let-op-teken">!</sup>
        </span>{' '}
        er staat een LET OP bij
      </li>
    </ul>
  );
}
