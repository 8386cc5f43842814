import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import {
  buildHeatmapModel,
  GEDEELD_TEKEN,
  tekensIn,
  type HeatmapModel,
  type Tekens,
} from '../charts/heatmapModel';
import { HeatmapOverzicht, type ZoomDoel } from '../charts/HeatmapOverzicht';
import { HeatmapTable } from '../charts/HeatmapTable';
import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from '../charts/oordeel';
import { buildOverzichtModel, type OverzichtModel } from '../charts/overzichtModel';
import { FilterKop, useFilterTekst } from '../components/FilterKop';
import { heatmapPlaat } from '../charts/export/heatmapPlaat';
import { overzichtPlaat } from '../charts/export/overzichtPlaat';
import type { FilterKeuze } from '../charts/export/woorden';
import { FilterPanel } from '../components/FilterPanel';
import { PlaatKnoppen } from '../components/PlaatKnoppen';
import { Foutmelding, Laden } from '../components/Status';
import { Zoompad, ZOOMPAD_HUIDIG_ID } from '../components/Zoompad';
import { firstError, useQuery } from '../hooks/useQuery';
import { useValueAfterPaint } from '../hooks/useValueAfterPaint';
import { B, Rijk, useT, type Vertaler } from '../i18n';
import { afterNextPaint } from '../app/afterNextPaint';
import { voorfilterLoslaten } from '../app/voorfilterBrug';
import { appStore, DEFAULT_FILTERS, useAppStore, type Cel, type Filters } from '../store';
import type { FilterSoort } from '../store/filterWoorden';
import { isLandelijk, kiesNiveau, selectie, zoom, zoompad } from '../store/schaal';
import { BegripLink } from './BegripLink';
import { heatmapAfleidbaar, heatmapQueries, overzichtQueries } from './heatmapQueries';

/** The heatmap applies every shared filter, so its heading and status name them all. */
const HEATMAP_FILTERS: readonly FilterSoort[] = ['provincie', 'gemeenten', 'aanpakken', 'themas', 'alleen'];

type Getoond =
  | { readonly soort: 'detail'; readonly model: HeatmapModel }
  | { readonly soort: 'overzicht'; readonly model: OverzichtModel };

/** Zoom the heatmap and move focus to the breadcrumb's current step (the table under it is new). */
function zoomEnFocus(doel: ZoomDoel) {
  // The click paints first; the filter panel, breadcrumb and URL follow a frame later (#4).
  afterNextPaint(() => {
    zoom(appStore, doel);
    requestAnimationFrame(() => document.getElementById(ZOOMPAD_HUIDIG_ID)?.focus());
  });
}

/** Home view: all oordelen as a table of indicators x aanpakken, with filters and totals. */
export function HeatmapView() {
  // The filter panel updates at once; the table follows after that paint, in a transition (#4).
  const huidigeFilters = useAppStore((s) => s.filters);
  const huidigeExtra = useAppStore((s) => s.extra);
  const filters = useValueAfterPaint(huidigeFilters);
  const extra = useValueAfterPaint(huidigeExtra);
  const catalog = useAppStore((s) => s.catalog);
  const openCelNu = useAppStore((s) => s.openCel);
  // The click paints first; the modal dialog (a style recalculation of the whole page) opens a frame later.
  const openCel = useCallback((cel: Cel) => afterNextPaint(() => openCelNu(cel)), [openCelNu]);
  const reset = useAppStore((s) => s.resetFilters);
  const t = useT();

  // At national scale (#4) too many aanpakken for one column each are aggregated per provincie or
  // gemeente (see src/store/schaal.ts); the real data always shows the detailed table.
  const sel = useMemo(() => selectie(catalog, filters, extra), [catalog, filters, extra]);
  const niveau = useMemo(() => kiesNiveau(catalog, sel), [catalog, sel]);
  const detail = niveau === 'detail';
  const queries = useMemo(() => (detail ? heatmapQueries(filters, sel) : null), [detail, filters, sel]);
  const ovQueries = useMemo(
    () => (niveau === 'detail' ? null : overzichtQueries(filters, sel, niveau)),
    [niveau, filters, sel],
  );
  const cellen = useQuery<unknown>(queries?.cellen ?? ovQueries?.cellen ?? null);
  const rijen = useQuery(queries?.rijen ?? ovQueries?.rijen ?? null);
  const kolommen = useQuery<unknown>(queries?.kolommen ?? ovQueries?.kolommen ?? null);

  const model = useMemo((): Getoond | null => {
    if (cellen.status !== 'success' || rijen.status !== 'success' || kolommen.status !== 'success')
      return null;
    if (niveau === 'detail')
      return {
        soort: 'detail',
        model: buildHeatmapModel(cellen.data as never, rijen.data, kolommen.data as never, filters.sorteer),
      };
    return {
      soort: 'overzicht',
      model: buildOverzichtModel(
        niveau,
        cellen.data as never,
        kolommen.data as never,
        rijen.data,
        filters.sorteer,
        t.taal,
      ),
    };
  }, [cellen, rijen, kolommen, niveau, filters.sorteer, t.taal]);
  const error = firstError(cellen, rijen, kolommen);
  const aankondiging = useAankondiging(filters, extra, model, useFilterTekst(HEATMAP_FILTERS));
  // While new results load, keep showing the previous table (marked busy) instead of a spinner.
  const [vorig, setVorig] = useState(model);
  if (model !== null && model !== vorig) setVorig(model);
  const zichtbaar = model ?? vorig;
  const bezig = model === null || filters !== huidigeFilters || extra !== huidigeExtra;
  // The early layer (filters answered before the takeover) lets go once this table shows the filters.
  useLayoutEffect(() => {
    if (!bezig && model) voorfilterLoslaten(filters, filters === DEFAULT_FILTERS);
  }, [bezig, model, filters]);
  const landelijk = isLandelijk(catalog);
  const pad = useMemo(
    () => (landelijk ? zoompad(catalog, selectie(catalog, huidigeFilters, huidigeExtra)) : null),
    [landelijk, catalog, huidigeFilters, huidigeExtra],
  );
  const zoomUit = useCallback(
    (stap: { provincie: string | null; gemeente: string | null }) => zoomEnFocus(stap),
    [],
  );

  return (
    <section aria-labelledby="heatmap-titel" className="view">
      <FilterKop
        id="heatmap-titel"
        titel={B.heatmap.titel}
        kort={B.heatmap.titelKort}
        soorten={HEATMAP_FILTERS}
      />
      <p className="intro">
        <Rijk m={B.heatmap.intro} tags={{ aanpak: (c) => <BegripLink id="aanpak">{c}</BegripLink> }} />
      </p>
      <div className="heatmap-layout">
        <FilterPanel zonderRekenmodule={detail && heatmapAfleidbaar()} />
        <div className="heatmap-main">
          {pad && <Zoompad pad={pad} onZoom={zoomUit} />}
          {zichtbaar?.soort === 'detail' && <Legenda tekens={tekensIn(zichtbaar.model)} />}
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
          ) : zichtbaar.model.rijen.length === 0 || zichtbaar.model.kolommen.length === 0 ? (
            <div className="melding">
              <p>{t(B.heatmap.geenOordelen)}</p>
              <button type="button" onClick={reset}>
                {t(B.app.allesWissen)}
              </button>
            </div>
          ) : (
            // No style on the busy state: an inherited property such as `cursor` on this wrapper made the
            // browser restyle every cell of the table in the frame that answers a filter or sort (#4).
            <div aria-busy={bezig}>
              {zichtbaar.soort === 'detail' ? (
                <HeatmapTable
                  model={zichtbaar.model}
                  alleenVerbeterpunten={filters.alleenVerbeterpunten}
                  onOpen={openCel}
                />
              ) : (
                <HeatmapOverzicht model={zichtbaar.model} onZoom={zoomEnFocus} />
              )}
            </div>
          )}
          {/* After the chart: the keyboard reaches the cells first. */}
          {zichtbaar && zichtbaar.model.rijen.length > 0 && zichtbaar.model.kolommen.length > 0 && !error && (
            <HeatmapPlaatKnoppen
              getoond={zichtbaar}
              filters={filters}
              extra={extra}
              jaar={sel.jaar}
              wacht={bezig}
            />
          )}
        </div>
      </div>
      <p role="status" className="visually-hidden" data-testid="heatmap-aankondiging">
        {aankondiging}
      </p>
    </section>
  );
}

/** Number of aanpakken (columns) and oordelen (cells) shown, or of the aggregated columns. */
function getoondTekst(getoond: Getoond, t: Vertaler, gefilterd: string): string {
  const H = B.heatmap;
  if (getoond.soort === 'overzicht') {
    const n = getoond.model.kolommen.length;
    const groepen = t.n(getoond.model.niveau === 'provincie' ? H.provincies : H.gemeenten, n);
    const tekst = t(H.overzichtGetoond, { groepen });
    return gefilterd ? `${tekst} ${t(B.filterKop.statusBevindingen, { filters: gefilterd })}` : tekst;
  }
  const model = getoond.model;
  const oordelen = model.rijen.reduce((n, r) => n + r.cellen.filter((c) => c !== null).length, 0);
  const waarden = {
    aanpakken: t.n(H.aanpakkenWoord, model.kolommen.length),
    oordelen: t.n(H.oordelenWoord, oordelen),
  };
  return gefilterd ? t(H.getoondGefilterd, { ...waarden, filters: gefilterd }) : t(H.getoond, waarden);
}

/**
 * The sentence for the polite status region: empty on the first (prerendered) render, then what is
 * shown once the results for changed filters are there. Derived during render (the results are
 * already those of `filters` when `model` is set), so the region is in the DOM before its text changes.
 */
function useAankondiging(filters: Filters, extra: unknown, model: Getoond | null, gefilterd: string): string {
  // By value: applying the URL after hydration gives an equal filters object, which is no change.
  const sleutel = JSON.stringify([filters, extra]);
  const [gemeld, setGemeld] = useState(sleutel);
  const [tekst, setTekst] = useState('');
  const t = useT();
  if (model && sleutel !== gemeld) {
    setGemeld(sleutel);
    setTekst(
      model.model.rijen.length === 0 || model.model.kolommen.length === 0
        ? t(B.heatmap.geenOordelenAankondiging)
        : getoondTekst(model, t, gefilterd),
    );
  }
  return tekst;
}

/** The filters of the heatmap for its picture (also the jaar and provincie of a national dataset). */
function heatmapKeuze(filters: Filters, extra: Readonly<Record<string, string>>): FilterKeuze {
  return {
    gemeenten: filters.gemeenten,
    aanpakken: filters.aanpakken,
    themas: filters.themas,
    alleenVerbeterpunten: filters.alleenVerbeterpunten,
    sorteer: filters.sorteer,
    jaar: extra.jaar ?? null,
    provincie: extra.provincie ?? null,
  };
}

/** The picture buttons of the detailed table, or of the national overview (per provincie or gemeente). */
function HeatmapPlaatKnoppen(props: {
  getoond: Getoond;
  filters: Filters;
  extra: Readonly<Record<string, string>>;
  /** The jaar shown (the latest by default, when the data has several), so the picture names it. */
  jaar: number | null;
  /** `getoond` is the table of the filters before, kept while the new one loads. */
  wacht: boolean;
}) {
  const { getoond, filters, extra, jaar, wacht } = props;
  const t = useT();
  return (
    <PlaatKnoppen
      view={getoond.soort === 'detail' ? 'heatmap' : `heatmap-per-${getoond.model.niveau}`}
      wat={t(B.app.viewHeatmap)}
      keuze={{ ...heatmapKeuze(filters, extra), jaar: jaar === null ? null : String(jaar) }}
      wacht={wacht}
      teken={(c) =>
        getoond.soort === 'detail'
          ? heatmapPlaat(getoond.model, filters.alleenVerbeterpunten, c)
          : overzichtPlaat(getoond.model, c)
      }
    />
  );
}

/** The legend: √ and X always; ?, ! and the shared-mark sign only when a cell in view has them. */
function Legenda({ tekens }: { tekens: Tekens }) {
  const t = useT();
  const oordelen = tekens.onduidelijk
    ? (['voldoet', 'verbeterpunt', 'onduidelijk'] as const)
    : (['voldoet', 'verbeterpunt'] as const);
  return (
    <ul className="legenda" aria-label={t(B.heatmap.legenda)}>
      {oordelen.map((o) => (
        <li key={o} data-legenda={o}>
          <span className={`legenda-cel cel-${o}`} aria-hidden="true">
            {OORDEEL_SYMBOOL[o]}
          </span>{' '}
          {t(OORDEEL_WOORD[o])}
        </li>
      ))}
      {tekens.letOp && (
        <li data-legenda="let-op">
          <span className="legenda-cel let-op-legenda" aria-hidden="true">
            <sup className="let-op-teken">!</sup>
          </span>{' '}
          {t(B.heatmap.legendaLetOp)}
        </li>
      )}
      {tekens.gedeeld && (
        <li data-legenda="gedeeld">
          <span className="legenda-cel let-op-legenda" aria-hidden="true">
            <span className="gedeeld-teken">{GEDEELD_TEKEN}</span>
          </span>{' '}
          {t(B.heatmap.legendaGedeeld)}
        </li>
      )}
    </ul>
  );
}
