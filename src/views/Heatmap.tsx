import { useDeferredValue, useMemo, useState } from 'react';
import { buildHeatmapModel, type HeatmapModel } from '../charts/heatmapModel';
import { HeatmapLijst } from '../charts/HeatmapLijst';
import { HeatmapTable } from '../charts/HeatmapTable';
import { OORDEEL_SYMBOOL } from '../charts/oordeel';
import { FilterPanel } from '../components/FilterPanel';
import { Foutmelding, Laden } from '../components/Status';
import { firstError, useQuery } from '../hooks/useQuery';
import { useAppStore, type Filters } from '../store';
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
  const aankondiging = useAankondiging(filters, model);
  // While new results load, keep showing the previous table (marked busy) instead of a spinner.
  const [vorig, setVorig] = useState(model);
  if (model !== null && model !== vorig) setVorig(model);
  const zichtbaar = model ?? vorig;
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
          ) : !zichtbaar ? (
            <Laden />
          ) : zichtbaar.rijen.length === 0 || zichtbaar.kolommen.length === 0 ? (
            <div className="melding">
              <p>Er zijn geen oordelen voor deze keuze.</p>
              <button type="button" onClick={reset}>
                Alle filters wissen
              </button>
            </div>
          ) : (
            <div aria-busy={bezig} className={bezig ? 'heatmap-bezig' : undefined}>
              <HeatmapTable
                model={zichtbaar}
                alleenVerbeterpunten={filters.alleenVerbeterpunten}
                onOpen={openCel}
              />
              <HeatmapLijst
                model={zichtbaar}
                alleenVerbeterpunten={filters.alleenVerbeterpunten}
                onOpen={openCel}
              />
            </div>
          )}
        </div>
      </div>
      <p role="status" className="visually-hidden" data-testid="heatmap-aankondiging">
        {aankondiging}
      </p>
    </section>
  );
}

/** Number of aanpakken (columns) and oordelen (cells) shown. */
function getoond(model: HeatmapModel): string {
  const oordelen = model.rijen.reduce((n, r) => n + r.cellen.filter((c) => c !== null).length, 0);
  const a = model.kolommen.length;
  return `Heatmap: ${a} ${a === 1 ? 'aanpak' : 'aanpakken'} en ${oordelen} ${oordelen === 1 ? 'oordeel' : 'oordelen'} getoond.`;
}

/**
 * The sentence for the polite status region: empty on the first (prerendered) render, then what is
 * shown once the results for changed filters are there. Derived during render (the results are
 * already those of `filters` when `model` is set), so the region is in the DOM before its text changes.
 */
function useAankondiging(filters: Filters, model: HeatmapModel | null): string {
  // By value: applying the URL after hydration gives an equal filters object, which is no change.
  const sleutel = JSON.stringify(filters);
  const [gemeld, setGemeld] = useState(sleutel);
  const [tekst, setTekst] = useState('');
  if (model && sleutel !== gemeld) {
    setGemeld(sleutel);
    setTekst(
      model.rijen.length === 0 || model.kolommen.length === 0
        ? 'Heatmap: geen oordelen voor deze keuze.'
        : getoond(model),
    );
  }
  return tekst;
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
