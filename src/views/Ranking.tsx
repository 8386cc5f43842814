import { useMemo } from 'react';
import { buildRanking, procent, rankingAs, rankingSchaal, type RankingItem } from '../charts/rankingModel';
import { FilterKop } from '../components/FilterKop';
import { rankingPlaat } from '../charts/export/rankingPlaat';
import { FilterPanel } from '../components/FilterPanel';
import { PlaatKnoppen } from '../components/PlaatKnoppen';
import { Foutmelding, Laden } from '../components/Status';
import { useQuery } from '../hooks/useQuery';
import { ranking } from '../model/queries';
import { B, Rijk, useBronLang, useT } from '../i18n';
import { useAppStore } from '../store';
import { aanpakkenInSelectie, selectie } from '../store/schaal';
import { BegripLink } from './BegripLink';

const R = B.ranking;
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
  const t = useT();
  const items = useMemo(() => (data ? buildRanking(data, t.taal) : null), [data, t.taal]);
  const inSelectie = useMemo(() => aanpakkenInSelectie(catalog, sel), [catalog, sel]);
  const aanpakken = inSelectie.length;
  const gemeenten = new Set(inSelectie.map((a) => a.gemeente_id)).size;

  return (
    <section aria-labelledby="ranking-titel" className="view ranking">
      <FilterKop id="ranking-titel" titel={B.app.viewRanking} soorten={['provincie', 'themas']} />
      <p className="intro">
        <Rijk
          m={R.intro}
          waarden={{ aanpakken, gemeenten }}
          tags={{ kader: (c) => <BegripLink id="toetsingskader">{c}</BegripLink> }}
        />
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
              {t(R.geenIndicatoren)}
            </p>
          ) : (
            <>
              <RankingGrafiek items={items} />
              <PlaatKnoppen
                view="ranking"
                wat={t(B.app.viewRanking)}
                keuze={{ themas, jaar: extra.jaar ?? null, provincie: extra.provincie ?? null }}
                teken={(c) => rankingPlaat(items, c)}
              />
              <RankingTabel items={items} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function RankingLegenda() {
  const t = useT();
  return (
    <ul className="ranking-legenda" aria-label={t(R.legenda)}>
      <li>
        <svg width="24" height="12" aria-hidden="true" focusable="false">
          <rect width="24" height="12" className="balk-aanpakken" />
        </svg>
        {t(R.legendaAanpakken)}
      </li>
      <li>
        <svg width="24" height="12" aria-hidden="true" focusable="false">
          <rect width="24" height="12" className="balk-gemeenten" />
        </svg>
        {t(R.legendaGemeenten)}
      </li>
      <li>
        <svg width="24" height="12" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="22" height="10" className="balk-onduidelijk" />
        </svg>
        {t(R.legendaOnduidelijk)}
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
        {as.map((tick, i) => (
          <text
            key={tick.label}
            x={`${tick.x}%`}
            y="14"
            textAnchor={i === 0 ? 'start' : i === as.length - 1 ? 'end' : 'middle'}
          >
            {tick.label}
          </text>
        ))}
      </svg>
    </div>
  );
}

function RankingGrafiek({ items }: { items: readonly RankingItem[] }) {
  const t = useT();
  return (
    <div className="ranking-grafiek">
      <RankingLegenda />
      <RankingAs />
      <ol className="ranking-lijst" aria-label={t(R.lijstLabel)}>
        {items.map((item) => (
          <RankingRegel key={item.indicator} item={item} />
        ))}
      </ol>
    </div>
  );
}

function RankingRegel({ item }: { item: RankingItem }) {
  const id = `ranking-thema-${item.indicator}`;
  const t = useT();
  const nl = useBronLang();
  return (
    <li
      className="ranking-rij"
      data-indicator={item.indicator}
      data-verbeterpunten={item.verbeterpunt}
      title={item.tekst}
    >
      <p className="ranking-tekst">
        <IndicatorLink code={item.indicator} className="ranking-link" aria-describedby={id}>
          <span className="ranking-code">{item.indicator}</span> <strong lang={nl}>{item.label}</strong>:{' '}
          {item.uitkomst}
        </IndicatorLink>
        <span id={id} className="ranking-thema">
          {t(R.themaKop)} <span lang={nl}>{item.thema}</span>
        </span>
      </p>
      <svg className="ranking-balken" height="30" aria-hidden="true" focusable="false">
        {as.map((tick) => (
          <line
            key={tick.label}
            x1={`${tick.x}%`}
            x2={`${tick.x}%`}
            y1="0"
            y2="30"
            className="ranking-raster"
          />
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
  const t = useT();
  const nl = useBronLang();
  return (
    <details className="ranking-cijfers">
      <summary>{t(R.cijfersTonen)}</summary>
      <div className="ranking-tabel-scroll" role="region" aria-label={t(R.cijfersRegio)} tabIndex={0}>
        <table className="ranking-tabel">
          <caption>{t(R.cijfersCaption)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(R.kolIndicator)}</th>
              <th scope="col">{t(R.kolThema)}</th>
              <th scope="col">{t(R.kolAanpakkenX)}</th>
              <th scope="col">{t(R.kolAanpakkenOnduidelijk)}</th>
              <th scope="col">{t(R.kolGemeentenX)}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.indicator}>
                <th scope="row">
                  {item.indicator} <span lang={nl}>{item.label}</span>
                </th>
                <td lang={nl}>{item.thema}</td>
                <td>
                  {t(R.vanTotaal, {
                    n: item.verbeterpunt,
                    totaal: item.aanpakken,
                    procent: procent(item.aandeelAanpakken),
                  })}
                </td>
                <td>{item.onduidelijk}</td>
                <td>
                  {t(R.vanTotaal, {
                    n: item.gemeentenVerbeterpunt,
                    totaal: item.gemeenten,
                    procent: procent(item.aandeelGemeenten),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
