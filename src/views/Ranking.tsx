import { useMemo } from 'react';
import { buildRanking, procent, rankingAs, rankingSchaal, type RankingItem } from '../charts/rankingModel';
import { FilterPanel } from '../components/FilterPanel';
import { Foutmelding, Laden } from '../components/Status';
import { useQuery } from '../hooks/useQuery';
import { ranking } from '../model/queries';
import { useAppStore } from '../store';
import { aanpakkenInSelectie, selectie } from '../store/schaal';
import { IndicatorLink } from './ViewLink';
import './Ranking.css';

const schaal = rankingSchaal();
const as = rankingAs(schaal);
const pct = (aandeel: number) => `${schaal(aandeel)}%`;

/**
 * "Terugkerende verbeterpunten": indicators ranked by the share of aanpakken with a verbeterpunt (X),
 * as a bar chart that is also an ordered list of links (one row per indicator), plus the same
 * numbers as a table.
 */
export function RankingView() {
  const themas = useAppStore((s) => s.filters.themas);
  const catalog = useAppStore((s) => s.catalog);
  const extra = useAppStore((s) => s.extra);
  // The jaar (default the latest, only when the data has several) and a provincie zoom apply here too (#4).
  const sel = useMemo(() => selectie(catalog, { gemeenten: [], aanpakken: [] }, extra), [catalog, extra]);
  const q = useQuery(
    useMemo(
      () =>
        ranking({
          themas,
          ...(sel.jaar !== null ? { jaar: sel.jaar } : {}),
          ...(sel.provincie !== null ? { provincies: [sel.provincie] } : {}),
        }),
      [themas, sel],
    ),
  );
  const data = q.status === 'success' ? q.data : null;
  const items = useMemo(() => (data ? buildRanking(data) : null), [data]);
  const inSelectie = useMemo(() => aanpakkenInSelectie(catalog, sel), [catalog, sel]);
  const aanpakken = inSelectie.length;
  const gemeenten = new Set(inSelectie.map((a) => a.gemeente_id)).size;

  return (
    <section aria-labelledby="ranking-titel" className="view ranking">
      <h2 id="ranking-titel" tabIndex={-1}>
        Terugkerende verbeterpunten
      </h2>
      <p className="intro">
        Welke punten uit het toetsingskader zijn bij veel aanpakken een verbeterpunt (X)? Hier staan de
        indicatoren van vaak naar minder vaak een verbeterpunt, gemeten over alle {aanpakken} aanpakken in{' '}
        {gemeenten} gemeenten. Bij een gelijk aantal staat de volgorde van het toetsingskader aan. Kies een
        indicator om alle bevindingen te lezen.
      </p>
      <div className="ranking-layout">
        <FilterPanel gemeenten={false} aanpakken={false} alleenVerbeterpunten={false} sorteer={false} />
        <div className="ranking-main">
          {q.status === 'error' ? (
            <Foutmelding error={q.error} opnieuw={q.retry} />
          ) : !items ? (
            <Laden />
          ) : items.length === 0 ? (
            <p className="melding" role="status">
              Er zijn geen indicatoren voor deze keuze.
            </p>
          ) : (
            <>
              <RankingGrafiek items={items} />
              <RankingTabel items={items} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function RankingLegenda() {
  return (
    <ul className="ranking-legenda" aria-label="Legenda van de balken">
      <li>
        <svg width="24" height="12" aria-hidden="true" focusable="false">
          <rect width="24" height="12" className="balk-aanpakken" />
        </svg>
        deel van de aanpakken met een verbeterpunt
      </li>
      <li>
        <svg width="24" height="12" aria-hidden="true" focusable="false">
          <rect width="24" height="12" className="balk-gemeenten" />
        </svg>
        deel van de gemeenten met een verbeterpunt bij minstens één aanpak
      </li>
      <li>
        <svg width="24" height="12" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="22" height="10" className="balk-onduidelijk" />
        </svg>
        onduidelijk (apart geteld)
      </li>
    </ul>
  );
}

/** Percent axis above the bars, drawn with the same d3 scale as the bars. */
function RankingAs() {
  return (
    <div className="ranking-as" aria-hidden="true">
      <span />
      <svg className="ranking-as-svg" height="20" focusable="false">
        {as.map((t, i) => (
          <text
            key={t.label}
            x={`${t.x}%`}
            y="14"
            textAnchor={i === 0 ? 'start' : i === as.length - 1 ? 'end' : 'middle'}
          >
            {t.label}
          </text>
        ))}
      </svg>
    </div>
  );
}

function RankingGrafiek({ items }: { items: readonly RankingItem[] }) {
  return (
    <div className="ranking-grafiek">
      <RankingLegenda />
      <RankingAs />
      <ol className="ranking-lijst" aria-label="Indicatoren, meeste verbeterpunten eerst">
        {items.map((item) => (
          <RankingRegel key={item.indicator} item={item} />
        ))}
      </ol>
    </div>
  );
}

function RankingRegel({ item }: { item: RankingItem }) {
  const id = `ranking-thema-${item.indicator}`;
  return (
    <li
      className="ranking-rij"
      data-indicator={item.indicator}
      data-verbeterpunten={item.verbeterpunt}
      title={item.tekst}
    >
      <p className="ranking-tekst">
        <IndicatorLink code={item.indicator} className="ranking-link" aria-describedby={id}>
          <span className="ranking-code">{item.indicator}</span> <strong>{item.label}</strong>:{' '}
          {item.uitkomst}
        </IndicatorLink>
        <span id={id} className="ranking-thema">
          Thema {item.thema}
        </span>
      </p>
      <svg className="ranking-balken" height="30" aria-hidden="true" focusable="false">
        {as.map((t) => (
          <line key={t.label} x1={`${t.x}%`} x2={`${t.x}%`} y1="0" y2="30" className="ranking-raster" />
        ))}
        <rect x="0" y="3" width={pct(item.aandeelAanpakken)} height="12" className="balk-aanpakken" />
        {item.onduidelijk > 0 && (
          <rect
            x={pct(item.aandeelAanpakken)}
            y="3.5"
            width={pct(item.aandeelOnduidelijk)}
            height="11"
            className="balk-onduidelijk"
          />
        )}
        <rect x="0" y="19" width={pct(item.aandeelGemeenten)} height="8" className="balk-gemeenten" />
      </svg>
    </li>
  );
}

function RankingTabel({ items }: { items: readonly RankingItem[] }) {
  return (
    <details className="ranking-cijfers">
      <summary>Toon de cijfers als tabel</summary>
      <div className="ranking-tabel-scroll" role="region" aria-label="Cijfers per indicator" tabIndex={0}>
        <table className="ranking-tabel">
          <caption>Verbeterpunten per indicator, in dezelfde volgorde als de grafiek.</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Thema</th>
              <th scope="col">Aanpakken met verbeterpunt</th>
              <th scope="col">Aanpakken onduidelijk</th>
              <th scope="col">Gemeenten met verbeterpunt</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.indicator}>
                <th scope="row">
                  {item.indicator} {item.label}
                </th>
                <td>{item.thema}</td>
                <td>
                  {item.verbeterpunt} van {item.aanpakken} ({procent(item.aandeelAanpakken)})
                </td>
                <td>{item.onduidelijk}</td>
                <td>
                  {item.gemeentenVerbeterpunt} van {item.gemeenten} ({procent(item.aandeelGemeenten)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
