import { useMemo } from 'react';
import {
  buildConclusieMatrix,
  buildVergelijkGrafiek,
  PANEEL,
  vanTekst,
  type ConclusieMatrix,
  type MatrixCel,
  type ThemaPaneel,
  type VergelijkGrafiek,
} from '../charts/vergelijkenModel';
import { FilterKop, FilterStatus } from '../components/FilterKop';
import { vergelijkenPlaat } from '../charts/export/vergelijkenPlaat';
import { FilterPanel } from '../components/FilterPanel';
import { PlaatKnoppen } from '../components/PlaatKnoppen';
import { Foutmelding, Laden } from '../components/Status';
import { firstError, useQuery } from '../hooks/useQuery';
import {
  aanpakkenVan,
  conclusiesPerThema,
  gemeenteContext,
  voldoetPerThema,
  type GemeenteContext,
  type VergelijkAanpak,
} from '../model/queries-vergelijken';
import { B, Rijk, useBronLang, useT, type Vertaler } from '../i18n';
import { appStore, useAppStore } from '../store';
import { isLandelijk } from '../store/schaal';
import type { ThemaCode } from '../model/toetsingskader';

const V = B.vergelijken;
import './Vergelijken.css';
import { OnbepaaldNoot } from './ConclusieNoot';
import { KaderTekst } from '../components/KaderTekst';

const MAX_GEMEENTEN = 4;
/** Vergelijken applies the gemeente and thema filters. */
const VERGELIJKEN_FILTERS = ['gemeenten', 'themas'] as const;

/**
 * "Gemeenten vergelijken": 2 to 4 gemeenten side by side (the `gemeente` filter in the URL, e.g.
 * `?weergave=vergelijken&gemeente=emmen,gouda`): context figures, aanpakken, the share voldoet per thema
 * and the conclusies per thema. Gemeenten stay in alphabetical order: this is not a league table.
 */
export function VergelijkenView() {
  const gemeenten = useAppStore((s) => s.filters.gemeenten);
  const themas = useAppStore((s) => s.filters.themas);
  const catalog = useAppStore((s) => s.catalog);
  const t = useT();

  // With a national dataset (#4) "no choice" would mean hundreds of gemeenten: nothing runs until two
  // to four are chosen in the selects.
  const landelijk = isLandelijk(catalog);
  const actief = !landelijk || (gemeenten.length >= 2 && gemeenten.length <= MAX_GEMEENTEN);
  const context = useQuery(useMemo(() => (actief ? gemeenteContext(gemeenten) : null), [actief, gemeenten]));
  const aanpakken = useQuery(useMemo(() => (actief ? aanpakkenVan(gemeenten) : null), [actief, gemeenten]));
  const tellingen = useQuery(
    useMemo(() => (actief ? voldoetPerThema({ gemeenten, themas }) : null), [actief, gemeenten, themas]),
  );
  const conclusies = useQuery(
    useMemo(() => (actief ? conclusiesPerThema({ gemeenten, themas }) : null), [actief, gemeenten, themas]),
  );

  const tellingData = tellingen.status === 'success' ? tellingen.data : null;
  const conclusieData = conclusies.status === 'success' ? conclusies.data : null;
  const grafiek = useMemo(
    () => (tellingData ? buildVergelijkGrafiek(tellingData, t.taal) : null),
    [tellingData, t.taal],
  );
  const matrix = useMemo(
    () => (conclusieData && tellingData ? buildConclusieMatrix(conclusieData, tellingData) : null),
    [conclusieData, tellingData],
  );
  const error = firstError(context, aanpakken, tellingen, conclusies);
  const aantal = gemeenten.length || catalog?.gemeenten.length || 0;
  const gekozenNamen = (catalog?.gemeenten ?? [])
    .filter((g) => gemeenten.length === 0 || gemeenten.includes(g.gemeente_id))
    .map((g) => g.naam);

  return (
    <section aria-labelledby="vergelijken-titel" className="view vergelijken">
      <FilterKop id="vergelijken-titel" titel={B.app.viewVergelijken} soorten={VERGELIJKEN_FILTERS} />
      <p className="intro">{t(V.intro)}</p>
      <p className="vergelijken-geen-ranglijst" role="note">
        <Rijk m={V.geenRanglijst} tags={{ b: (c) => <strong>{c}</strong> }} />
      </p>
      <div className="vergelijken-keuze">
        {landelijk && <GemeenteKiezers />}
        <FilterPanel
          gemeenten={!landelijk}
          aanpakken={false}
          alleenVerbeterpunten={false}
          sorteer={false}
          jaar={false}
        />
      </div>
      {landelijk && !actief ? (
        <p className="melding" role="status">
          {t(V.kiesTweeTotVier)}
        </p>
      ) : (
        aantal < 2 && (
          <p className="melding" role="status">
            {t(V.minstensTwee, { namen: gekozenNamen.join(', ') })}
          </p>
        )
      )}
      {!actief ? null : error ? (
        <Foutmelding
          error={error}
          opnieuw={() => {
            context.retry();
            aanpakken.retry();
            tellingen.retry();
            conclusies.retry();
          }}
        />
      ) : context.status !== 'success' || aanpakken.status !== 'success' || !grafiek || !matrix ? (
        <Laden />
      ) : (
        <>
          <FilterStatus
            soorten={VERGELIJKEN_FILTERS}
            wat={t.n(B.filterKop.statusVergelijken, context.data.length, {
              aanpakken: aanpakken.data.length,
            })}
          />
          <Kerncijfers gemeenten={context.data} />
          <Aanpakken gemeenten={context.data} aanpakken={aanpakken.data} />
          <VoldoetGrafiek grafiek={grafiek} gemeenten={gemeenten} themas={themas} />
          <Conclusies matrix={matrix} />
        </>
      )}
    </section>
  );
}

/**
 * A national dataset: four selects (the first two needed) instead of a checkbox per gemeente. The
 * choice is the `gemeente` filter, in catalog order, as with the checkboxes.
 */
function GemeenteKiezers() {
  const catalog = useAppStore((s) => s.catalog);
  const gekozen = useAppStore((s) => s.filters.gemeenten);
  const t = useT();
  const zet = (plek: number, id: string) => {
    const lijst = [...gekozen];
    if (id === '') lijst.splice(plek, 1);
    else lijst[plek] = id;
    const set = new Set(lijst.filter((x) => x));
    const gemeenten = (catalog?.gemeenten ?? []).map((g) => g.gemeente_id).filter((g) => set.has(g));
    appStore.setState((s) => ({ filters: { ...s.filters, gemeenten, aanpakken: [] } }));
  };
  return (
    <fieldset className="gemeente-kiezers">
      <legend>{t(V.gemeentenKiezen)}</legend>
      {Array.from({ length: MAX_GEMEENTEN }, (_, i) => (
        <label key={i} className="keuze keuze-blok">
          {t(V.gemeenteN, { n: i + 1 })}
          {i >= 2 && t(V.nietVerplicht)}
          <select
            name={`vergelijk-${i + 1}`}
            value={gekozen[i] ?? ''}
            onChange={(e) => zet(i, e.currentTarget.value)}
          >
            <option value="">{t(V.kiesGemeente)}</option>
            {(catalog?.gemeenten ?? []).map((g) => (
              <option key={g.gemeente_id} value={g.gemeente_id}>
                {g.naam}
                {g.provincie ? ` (${g.provincie})` : ''}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}

/** Number of data columns, for the table width in Vergelijken.css (`.kolommen-N` sets `--kolommen`). */
const kolommenKlasse = (n: number) => `kolommen-${Math.min(Math.max(n, 1), 4)}`;

/** A phrase from the factsheet, or "niet vermeld". */
function Bronzin({ tekst }: { tekst: string | null }) {
  const t = useT();
  const nl = useBronLang();
  return tekst ? (
    <q className="bronzin" lang={nl}>
      {tekst}
    </q>
  ) : (
    <span className="niet-vermeld">{t(V.nietVermeld)}</span>
  );
}

function Kerncijfers({ gemeenten }: { gemeenten: readonly GemeenteContext[] }) {
  const t = useT();
  const rijen: { kop: string; tekst: (g: GemeenteContext) => string | null }[] = [
    { kop: t(V.inwoners), tekst: (g) => g.inwoners_tekst },
    { kop: t(V.huishoudens), tekst: (g) => g.huishoudens_tekst },
    { kop: t(V.ggsrGeschat), tekst: (g) => g.ggsr_tekst },
  ];
  return (
    <section aria-labelledby="kerncijfers-titel" className="vergelijken-blok">
      <h3 id="kerncijfers-titel">{t(V.overGemeenten)}</h3>
      <p className="vergelijken-uitleg">{t(V.overUitleg)}</p>
      <div className="vergelijken-scroll" role="region" aria-labelledby="kerncijfers-titel" tabIndex={0}>
        <table className={`vergelijken-tabel kerncijfers ${kolommenKlasse(gemeenten.length)}`}>
          <caption className="visually-hidden">{t(V.kerncijfersCaption)}</caption>
          <colgroup>
            <col className="kol-kop" />
            <col span={gemeenten.length} />
          </colgroup>
          <thead>
            <tr>
              <td />
              {gemeenten.map((g) => (
                <th key={g.gemeente_id} scope="col" data-gemeente={g.gemeente_id}>
                  {g.naam}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rijen.map((r) => (
              <tr key={r.kop}>
                <th scope="row">{r.kop}</th>
                {gemeenten.map((g) => (
                  <td key={g.gemeente_id} data-gemeente={g.gemeente_id}>
                    <Bronzin tekst={r.tekst(g)} />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t(V.beoordeeldeAanpakken)}</th>
              {gemeenten.map((g) => (
                <td key={g.gemeente_id}>{g.aanpakken}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Aanpakken({
  gemeenten,
  aanpakken,
}: {
  gemeenten: readonly GemeenteContext[];
  aanpakken: readonly VergelijkAanpak[];
}) {
  const t = useT();
  const nl = useBronLang();
  return (
    <section aria-labelledby="aanpakken-titel" className="vergelijken-blok">
      <h3 id="aanpakken-titel">{t(V.aanpakken)}</h3>
      <div className="vergelijken-kolommen">
        {gemeenten.map((g) => (
          <div key={g.gemeente_id} className="vergelijken-kolom" data-gemeente={g.gemeente_id}>
            <h4>{g.naam}</h4>
            <ul className="vergelijken-aanpakken">
              {aanpakken
                .filter((a) => a.gemeente_id === g.gemeente_id)
                .map((a) => (
                  <li key={a.aanpak_id} className="vergelijken-aanpak" data-aanpak={a.aanpak_id}>
                    <h5 lang={nl}>{a.naam}</h5>
                    <dl>
                      <dt>{t(V.aantalGezinnen)}</dt>
                      <dd>
                        {a.aantal_gezinnen === null ? (
                          <span className="niet-vermeld">{t(V.nietVermeld)}</span>
                        ) : (
                          <strong>{a.aantal_gezinnen}</strong>
                        )}
                        {a.aantal_gezinnen_tekst && (
                          <span className="bronzin-klein">
                            {t(V.uitDeFactsheet)} <q lang={nl}>{a.aantal_gezinnen_tekst}</q>
                          </span>
                        )}
                      </dd>
                      <dt>{t(V.netwerkpartners)}</dt>
                      <dd>
                        {a.netwerkpartners ? (
                          <ul className="partners" lang={nl}>
                            {a.netwerkpartners
                              .split('\n')
                              .map((p) => p.trim())
                              .filter(Boolean)
                              .map((p) => (
                                <li key={p}>{p}</li>
                              ))}
                          </ul>
                        ) : (
                          <span className="niet-vermeld">{t(V.nietVermeld)}</span>
                        )}
                      </dd>
                    </dl>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function paneelLabel(p: ThemaPaneel, t: Vertaler): string {
  const staven = p.staven.map((s) =>
    t(V.paneelStaaf, { gemeente: s.gemeente, aanpak: s.aanpak, tekst: s.tekst }),
  );
  return `${p.thema}: ${staven.join('; ')}`;
}

function Paneel({ p, as }: { p: ThemaPaneel; as: VergelijkGrafiek['as'] }) {
  const t = useT();
  const nl = useBronLang();
  return (
    <figure className="vergelijken-paneel" data-thema={p.thema_code}>
      <figcaption>
        <KaderTekst soort="thema" nl={p.thema} code={p.thema_code} />
      </figcaption>
      <svg
        viewBox={`0 0 ${PANEEL.breedte} ${p.hoogte}`}
        className="paneel-svg"
        role="img"
        aria-label={paneelLabel(p, t)}
        focusable="false"
      >
        {as.map((tick) => (
          <g key={tick.label} className="paneel-as">
            <line x1={tick.x} x2={tick.x} y1={p.hoogte - PANEEL.onder + 2} y2={p.hoogte - PANEEL.onder + 6} />
            <text
              x={tick.x}
              y={p.hoogte - 4}
              textAnchor={tick.x === 0 ? 'start' : tick.x >= PANEEL.balk ? 'end' : 'middle'}
            >
              {tick.label}
            </text>
          </g>
        ))}
        {p.staven.map((s) => (
          <g key={s.aanpak_id} data-aanpak={s.aanpak_id}>
            <text x={0} y={s.y + 13} className="paneel-label">
              {s.gemeente} · <tspan lang={nl}>{s.aanpak}</tspan>
            </text>
            <rect x={0} y={s.balkY} width={PANEEL.balk} height={PANEEL.balkHoogte} className="paneel-spoor" />
            <rect x={0} y={s.balkY} width={s.breedte} height={PANEEL.balkHoogte} className="paneel-balk" />
            <text x={PANEEL.balk + 8} y={s.balkY + PANEEL.balkHoogte - 2} className="paneel-getal">
              {s.tekst}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

function VoldoetGrafiek({
  grafiek,
  gemeenten,
  themas,
}: {
  grafiek: VergelijkGrafiek;
  gemeenten: readonly string[];
  themas: readonly ThemaCode[];
}) {
  const t = useT();
  const nl = useBronLang();
  return (
    <section aria-labelledby="voldoet-titel" className="vergelijken-blok">
      <h3 id="voldoet-titel">{t(V.voldoetTitel)}</h3>
      <p className="vergelijken-uitleg">{t(V.voldoetUitleg)}</p>
      <div className="vergelijken-panelen">
        {grafiek.panelen.map((p) => (
          <Paneel key={p.thema_code} p={p} as={grafiek.as} />
        ))}
      </div>
      <PlaatKnoppen
        view="vergelijken"
        wat={t(V.voldoetTitel)}
        keuze={{ gemeenten, themas }}
        teken={(c) => vergelijkenPlaat(grafiek, c)}
      />
      <details className="vergelijken-cijfers">
        <summary>{t(V.cijfersTonen)}</summary>
        <div className="vergelijken-scroll" role="region" aria-label={t(V.cijfersRegio)} tabIndex={0}>
          <table className="vergelijken-tabel">
            <caption>{t(V.cijfersCaption)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(V.kolThema)}</th>
                <th scope="col">{t(V.kolGemeenteAanpak)}</th>
                <th scope="col">{t(V.kolVoldoet)}</th>
                <th scope="col">{t(V.kolVerbeterpunt)}</th>
                <th scope="col">{t(V.kolOnduidelijk)}</th>
              </tr>
            </thead>
            <tbody>
              {grafiek.panelen.map((p) =>
                p.staven.map((s, i) => (
                  <tr key={`${p.thema_code}~${s.aanpak_id}`}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={p.staven.length}>
                        <KaderTekst soort="thema" nl={p.thema} code={p.thema_code} />
                      </th>
                    )}
                    <th scope="row">
                      {s.gemeente}: <span lang={nl}>{s.aanpak}</span>
                    </th>
                    <td>{s.tekst}</td>
                    <td>{s.telling.verbeterpunt}</td>
                    <td>{s.telling.onduidelijk}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

function ConclusieCel({ cel }: { cel: MatrixCel }) {
  const c = cel.conclusie;
  const leeg = !c.goed && !c.beter && !c.onbepaald;
  const t = useT();
  const nl = useBronLang();
  return (
    <>
      {cel.telling && (
        <p className="cel-telling">{t(V.indicatorenVoldoen, { van: vanTekst(cel.telling, t.taal) })}</p>
      )}
      {leeg && <p className="niet-vermeld">{t(V.geenConclusie)}</p>}
      {c.goed && (
        <div className="conclusie conclusie-goed">
          <p className="conclusie-kop">{t(B.drilldown.watGaatGoed)}</p>
          <p className="brontekst" lang={nl}>
            {c.goed}
          </p>
        </div>
      )}
      {c.beter && (
        <div className="conclusie conclusie-beter">
          <p className="conclusie-kop">{t(B.drilldown.watKanBeter)}</p>
          <p className="brontekst" lang={nl}>
            {c.beter}
          </p>
        </div>
      )}
      {c.onbepaald && (
        <div className="conclusie conclusie-onbepaald">
          <p className="conclusie-kop conclusie-kop-onbepaald">{t(B.drilldown.conclusieOnbepaald)}</p>
          <p className="brontekst" lang={nl}>
            {c.onbepaald}
          </p>
        </div>
      )}
    </>
  );
}

function Conclusies({ matrix }: { matrix: ConclusieMatrix }) {
  const t = useT();
  const nl = useBronLang();
  return (
    <section aria-labelledby="conclusies-titel" className="vergelijken-blok">
      <h3 id="conclusies-titel">{t(V.conclusiesTitel)}</h3>
      <p className="vergelijken-uitleg">
        <Rijk m={V.conclusiesUitleg} tags={{ b: (c) => <strong>{c}</strong> }} />
      </p>
      {matrix.rijen.some((r) => r.cellen.some((c) => c?.conclusie.onbepaald)) && <OnbepaaldNoot />}
      <div className="vergelijken-scroll" role="region" aria-labelledby="conclusies-titel" tabIndex={0}>
        <table className={`vergelijken-tabel conclusies-tabel ${kolommenKlasse(matrix.kolommen.length)}`}>
          <caption className="visually-hidden">{t(V.conclusiesCaption)}</caption>
          <colgroup>
            <col className="kol-kop" />
            <col span={matrix.kolommen.length} />
          </colgroup>
          <thead>
            <tr>
              <td rowSpan={2} />
              {matrix.groepen.map((g) => (
                <th key={g.gemeente_id} scope="colgroup" colSpan={g.span} className="groep">
                  {g.gemeente}
                </th>
              ))}
            </tr>
            <tr>
              {matrix.kolommen.map((k) => (
                <th key={k.aanpak_id} scope="col" data-aanpak={k.aanpak_id} lang={nl}>
                  {k.aanpak}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rijen.map((r) => (
              <tr key={r.thema_code} data-thema={r.thema_code}>
                <th scope="row" className="thema-kop">
                  <KaderTekst soort="thema" nl={r.thema} code={r.thema_code} />
                </th>
                {r.cellen.map((cel, i) => (
                  <td key={matrix.kolommen[i]?.aanpak_id ?? i} data-aanpak={matrix.kolommen[i]?.aanpak_id}>
                    {cel ? <ConclusieCel cel={cel} /> : <span className="niet-vermeld">–</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
