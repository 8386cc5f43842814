import { useDeferredValue, useMemo, useState } from 'react';
import { buildHeatmapModel } from '../charts/heatmapModel';
import { HeatmapTable } from '../charts/HeatmapTable';
import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from '../charts/oordeel';
import { FilterPanel } from '../components/FilterPanel';
import { Foutmelding, Laden } from '../components/Status';
import { firstError, useQuery } from '../hooks/useQuery';
import { B, Rijk, useT } from '../i18n';
import { useAppStore } from '../store';
import { BegripLink } from './Begrippen';
import { heatmapQueries } from './heatmapQueries';

/** Home view: all oordelen as a table of indicators x aanpakken, with filters and totals. */
export function HeatmapView() {
  // The filter panel updates at once; the table follows in a non-blocking render (#4).
  const huidigeFilters = useAppStore((s) => s.filters);
  const filters = useDeferredValue(huidigeFilters);
  const openCel = useAppStore((s) => s.openCel);
  const reset = useAppStore((s) => s.resetFilters);
  const t = useT();

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
        {t(B.heatmap.titel)}
      </h2>
      <p className="intro">
        <Rijk m={B.heatmap.intro} tags={{ aanpak: (c) => <BegripLink id="aanpak">{c}</BegripLink> }} />
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
              <p>{t(B.heatmap.geenOordelen)}</p>
              <button type="button" onClick={reset}>
                {t(B.app.allesWissen)}
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
  const t = useT();
  return (
    <ul className="legenda" aria-label={t(B.heatmap.legenda)}>
      {(['voldoet', 'verbeterpunt', 'onduidelijk'] as const).map((o) => (
        <li key={o}>
          <span className={`legenda-cel cel-${o}`} aria-hidden="true">
            {OORDEEL_SYMBOOL[o]}
          </span>{' '}
          {t(OORDEEL_WOORD[o])}
        </li>
      ))}
      <li>
        <span className="legenda-cel let-op-legenda" aria-hidden="true">
          <sup className="let-op-teken">!</sup>
        </span>{' '}
        {t(B.heatmap.legendaLetOp)}
      </li>
    </ul>
  );
}
