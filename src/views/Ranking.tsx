import { ScrollTable } from '../components/ScrollTable';
import { useMemo } from 'react';
import {
  buildRanking,
  procent,
  rankingAs,
  rankingSchaal,
  splitsRanking,
  type RankingItem,
} from '../charts/rankingModel';
import { FilterKop, FilterStatus } from '../components/FilterKop';
import { rankingPlaat } from '../charts/export/rankingPlaat';
import { FilterPanel } from '../components/FilterPanel';
import { PlaatKnoppen } from '../components/PlaatKnoppen';
import { Foutmelding, Laden } from '../components/Status';
import { useQuery } from '../hooks/useQuery';
import { ranking } from '../model/queries';
import { B, Rijk, useT } from '../i18n';
import { useAppStore } from '../store';
import { aanpakkenInSelectie, selectie } from '../store/schaal';
import { BegripLink } from './BegripLink';

const R = B.ranking;
import { KaderTekst, useKaderString } from '../components/KaderTekst';
import { IndicatorLink } from './ViewLink';
import './Ranking.css';

const schaal = rankingSchaal();
/** The ranking applies the thema filter and a provincie zoom only. */
const RANKING_FILTERS = ['provincie', 'themas'] as const;
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
      <FilterKop id="ranking-titel" titel={B.app.viewRanking} soorten={RANKING_FILTERS} />
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
              <FilterStatus
                soorten={RANKING_FILTERS}
                wat={t.n(B.filterKop.statusRanking, items.length, {
                  x: splitsRanking(items).metVerbeterpunt.length,
                })}
              />
              <RankingGrafiek items={items} aanpakken={aanpakken} gemeenten={gemeenten} />
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

function RankingLegenda({ aanpakken, gemeenten }: { aanpakken: number; gemeenten: number }) {
  const t = useT();
  return (
    <ul className="ranking-legenda" aria-label={t(R.legenda)}>
      <li data-balk="aanpakken">
        <svg width="24" height="12" aria-hidden="true" focusable="false">
          <rect width="24" height="12" className="balk-aanpakken" />
        </svg>
        {t(R.legendaAanpakken, { aanpakken })}
      </li>
      <li data-balk="gedeeld">
        <svg width="24" height="12" aria-hidden="true" focusable="false">
          <rect width="24" height="12" className="balk-gedeeld" />
        </svg>
        {t(R.legendaGedeeld)}
      </li>
      <li data-balk="gemeenten">
        <svg width="24" height="12" aria-hidden="true" focusable="false">
          <rect width="24" height="12" className="balk-gemeenten" />
        </svg>
        {t(R.legendaGemeenten, { gemeenten })}
      </li>
      <li data-balk="onduidelijk">
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

function RankingGrafiek({
  items,
  aanpakken,
  gemeenten,
}: {
  items: readonly RankingItem[];
  aanpakken: number;
  gemeenten: number;
}) {
  const t = useT();
  const { metVerbeterpunt, zonder } = useMemo(() => splitsRanking(items), [items]);
  return (
    <div className="ranking-grafiek">
      <RankingLegenda aanpakken={aanpakken} gemeenten={gemeenten} />
      {metVerbeterpunt.length > 0 && (
        <>
          <RankingAs />
          <ol className="ranking-lijst" aria-label={t(R.lijstLabel)}>
            {metVerbeterpunt.map((item) => (
              <RankingRegel key={item.indicator} item={item} />
            ))}
          </ol>
        </>
      )}
      {zonder.length > 0 && <ZonderVerbeterpunt items={zonder} aanpakken={aanpakken} />}
    </div>
  );
}

/** The indicators without any X (or onduidelijk), folded into one line that opens to their list. */
function ZonderVerbeterpunt({ items, aanpakken }: { items: readonly RankingItem[]; aanpakken: number }) {
  const t = useT();
  return (
    <details className="ranking-nul">
      <summary>{t.n(R.nergensVerbeterpunt, items.length)}</summary>
      <p>{t(R.nergensUitleg, { aanpakken })}</p>
      <ul>
        {items.map((item) => (
          <li key={item.indicator} data-indicator={item.indicator}>
            <IndicatorLink code={item.indicator}>
              <span className="ranking-code">{item.indicator}</span>{' '}
              <KaderTekst soort="label" nl={item.label} code={item.indicator} />
            </IndicatorLink>{' '}
            <span className="ranking-thema-kort">
              (<KaderTekst soort="thema" nl={item.thema} code={item.thema_code} />)
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A count at the end of its bar: after it, or inside it (light text) when the bar is nearly full. */
function BalkGetal({ aandeel, y, tekst }: { aandeel: number; y: number; tekst: string }) {
  const binnen = aandeel > 0.7;
  return (
    <text
      x={pct(aandeel)}
      dx={binnen ? -4 : 4}
      y={y}
      textAnchor={binnen ? 'end' : 'start'}
      className={binnen ? 'balk-getal binnen' : 'balk-getal'}
    >
      {tekst}
    </text>
  );
}

function RankingRegel({ item }: { item: RankingItem }) {
  const id = `ranking-thema-${item.indicator}`;
  const t = useT();
  const eigen = item.verbeterpunt - item.gedeeld;
  const kader = useKaderString();
  return (
    <li
      className="ranking-rij"
      data-indicator={item.indicator}
      data-verbeterpunten={item.verbeterpunt}
      data-gedeeld={item.gedeeld}
      title={kader('tekst', item.tekst, item.indicator)}
    >
      <p className="ranking-tekst">
        <IndicatorLink code={item.indicator} className="ranking-link" aria-describedby={id}>
          <span className="ranking-code">{item.indicator}</span>{' '}
          <strong>
            <KaderTekst soort="label" nl={item.label} code={item.indicator} />
          </strong>
          : {item.uitkomst}
        </IndicatorLink>
        <span id={id} className="ranking-thema">
          {t(R.themaKop)} <KaderTekst soort="thema" nl={item.thema} code={item.thema_code} />
        </span>
      </p>
      <svg className="ranking-balken" height="40" aria-hidden="true" focusable="false">
        {as.map((tick) => (
          <line
            key={tick.label}
            x1={`${tick.x}%`}
            x2={`${tick.x}%`}
            y1="0"
            y2="40"
            className="ranking-raster"
          />
        ))}
        <rect x="0" y="3" width={pct(eigen / (item.aanpakken || 1))} height="16" className="balk-aanpakken" />
        {item.gedeeld > 0 && (
          <rect
            x={pct(eigen / (item.aanpakken || 1))}
            y="3"
            width={pct(item.gedeeld / (item.aanpakken || 1))}
            height="16"
            className="balk-gedeeld"
          />
        )}
        {item.onduidelijk > 0 && (
          <rect
            x={pct(item.aandeelAanpakken)}
            y="3.5"
            width={pct(item.aandeelOnduidelijk)}
            height="15"
            className="balk-onduidelijk"
          />
        )}
        <BalkGetal
          aandeel={item.aandeelAanpakken + item.aandeelOnduidelijk}
          y={15}
          tekst={t(R.balkAanpakken, { n: item.verbeterpunt, totaal: item.aanpakken })}
        />
        <rect x="0" y="23" width={pct(item.aandeelGemeenten)} height="14" className="balk-gemeenten" />
        <BalkGetal
          aandeel={item.aandeelGemeenten}
          y={34}
          tekst={t(R.balkGemeenten, { n: item.gemeentenVerbeterpunt, totaal: item.gemeenten })}
        />
      </svg>
    </li>
  );
}

function RankingTabel({ items }: { items: readonly RankingItem[] }) {
  const t = useT();
  return (
    <details className="ranking-cijfers">
      <summary>{t(R.cijfersTonen)}</summary>
      <ScrollTable
        wrapClass="ranking-tabel-scroll"
        label={t(R.cijfersRegio)}
        className="ranking-tabel"
        caption={t(R.cijfersCaption)}
        columns={[
          t(R.kolIndicator),
          t(R.kolThema),
          t(R.kolAanpakkenX),
          t(R.kolGedeeld),
          t(R.kolAanpakkenOnduidelijk),
          t(R.kolGemeentenX),
        ]}
      >
        {items.map((item) => (
          <tr key={item.indicator}>
            <th scope="row">
              {item.indicator} <KaderTekst soort="label" nl={item.label} code={item.indicator} />
            </th>
            <td>
              <KaderTekst soort="thema" nl={item.thema} code={item.thema_code} />
            </td>
            <td>
              {t(R.vanTotaal, {
                n: item.verbeterpunt,
                totaal: item.aanpakken,
                procent: procent(item.aandeelAanpakken),
              })}
            </td>
            <td>{item.gedeeld}</td>
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
      </ScrollTable>
    </details>
  );
}
