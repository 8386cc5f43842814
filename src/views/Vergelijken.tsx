import { useMemo, type CSSProperties } from 'react';
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
import { FilterPanel } from '../components/FilterPanel';
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
import { appStore, useAppStore } from '../store';
import { isLandelijk } from '../store/schaal';
import './Vergelijken.css';

const MAX_GEMEENTEN = 4;

/**
 * "Gemeenten vergelijken": 2 to 4 gemeenten side by side (the `gemeente` filter in the URL, e.g.
 * `?weergave=vergelijken&gemeente=emmen,gouda`): context figures, aanpakken, the share voldoet per thema
 * and the conclusies per thema. Gemeenten stay in alphabetical order: this is not a league table.
 */
export function VergelijkenView() {
  const gemeenten = useAppStore((s) => s.filters.gemeenten);
  const themas = useAppStore((s) => s.filters.themas);
  const catalog = useAppStore((s) => s.catalog);

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
  const grafiek = useMemo(() => (tellingData ? buildVergelijkGrafiek(tellingData) : null), [tellingData]);
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
      <h2 id="vergelijken-titel" tabIndex={-1}>
        Gemeenten vergelijken
      </h2>
      <p className="intro">
        Zet twee tot vier gemeenten naast elkaar: hoe groot ze zijn, welke aanpakken STJ heeft beoordeeld,
        hoeveel indicatoren per thema voldoen en wat STJ als conclusie schreef.
      </p>
      <p className="vergelijken-geen-ranglijst" role="note">
        <strong>Dit is geen ranglijst.</strong> Er is geen totaalscore en de gemeenten staan op alfabet, niet
        op hoe goed ze het doen.
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
          Kies twee tot vier gemeenten om te vergelijken.
        </p>
      ) : (
        aantal < 2 && (
          <p className="melding" role="status">
            Kies ten minste twee gemeenten om te vergelijken. U ziet nu alleen {gekozenNamen.join(', ')}.
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
          <Kerncijfers gemeenten={context.data} />
          <Aanpakken gemeenten={context.data} aanpakken={aanpakken.data} />
          <VoldoetGrafiek grafiek={grafiek} />
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
      <legend>Gemeenten om te vergelijken</legend>
      {Array.from({ length: MAX_GEMEENTEN }, (_, i) => (
        <label key={i} className="keuze keuze-blok">
          Gemeente {i + 1}
          {i >= 2 && ' (niet verplicht)'}
          <select
            name={`vergelijk-${i + 1}`}
            value={gekozen[i] ?? ''}
            onChange={(e) => zet(i, e.currentTarget.value)}
          >
            <option value="">Kies een gemeente</option>
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

/** Number of data columns, for the table width in Vergelijken.css (`--kolommen`). */
function kolommenStijl(n: number): CSSProperties {
  return { '--kolommen': n } as CSSProperties;
}

/** A phrase from the factsheet, or "niet vermeld". */
function Bronzin({ tekst }: { tekst: string | null }) {
  return tekst ? <q className="bronzin">{tekst}</q> : <span className="niet-vermeld">niet vermeld</span>;
}

function Kerncijfers({ gemeenten }: { gemeenten: readonly GemeenteContext[] }) {
  const rijen: { kop: string; tekst: (g: GemeenteContext) => string | null }[] = [
    { kop: 'Inwoners', tekst: (g) => g.inwoners_tekst },
    { kop: 'Huishoudens met kinderen (CBS, 2012)', tekst: (g) => g.huishoudens_tekst },
    { kop: 'Geschat aantal gezinnen met geringe sociale redzaam\u00adheid', tekst: (g) => g.ggsr_tekst },
  ];
  return (
    <section aria-labelledby="kerncijfers-titel" className="vergelijken-blok">
      <h3 id="kerncijfers-titel">Over de gemeenten</h3>
      <p className="vergelijken-uitleg">
        Tekst tussen aanhalingstekens staat zo in de factsheet. &lsquo;Niet vermeld&rsquo; betekent dat de
        factsheet dit getal niet noemt.
      </p>
      <div className="vergelijken-scroll" role="region" aria-labelledby="kerncijfers-titel" tabIndex={0}>
        <table className="vergelijken-tabel kerncijfers" style={kolommenStijl(gemeenten.length)}>
          <caption className="visually-hidden">Kerncijfers per gemeente</caption>
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
              <th scope="row">Beoordeelde aanpakken</th>
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
  return (
    <section aria-labelledby="aanpakken-titel" className="vergelijken-blok">
      <h3 id="aanpakken-titel">Aanpakken</h3>
      <div className="vergelijken-kolommen">
        {gemeenten.map((g) => (
          <div key={g.gemeente_id} className="vergelijken-kolom" data-gemeente={g.gemeente_id}>
            <h4>{g.naam}</h4>
            <ul className="vergelijken-aanpakken">
              {aanpakken
                .filter((a) => a.gemeente_id === g.gemeente_id)
                .map((a) => (
                  <li key={a.aanpak_id} className="vergelijken-aanpak" data-aanpak={a.aanpak_id}>
                    <h5>{a.naam}</h5>
                    <dl>
                      <dt>Aantal gezinnen</dt>
                      <dd>
                        {a.aantal_gezinnen === null ? (
                          <span className="niet-vermeld">niet vermeld</span>
                        ) : (
                          <strong>{a.aantal_gezinnen}</strong>
                        )}
                        {a.aantal_gezinnen_tekst && (
                          <span className="bronzin-klein">
                            Uit de factsheet: <q>{a.aantal_gezinnen_tekst}</q>
                          </span>
                        )}
                      </dd>
                      <dt>Netwerkpartners</dt>
                      <dd>
                        {a.netwerkpartners ? (
                          <ul className="partners">
                            {a.netwerkpartners
                              .split('\n')
                              .map((p) => p.trim())
                              .filter(Boolean)
                              .map((p) => (
                                <li key={p}>{p}</li>
                              ))}
                          </ul>
                        ) : (
                          <span className="niet-vermeld">niet vermeld</span>
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

function paneelLabel(p: ThemaPaneel): string {
  return `${p.thema}: ${p.staven.map((s) => `${s.gemeente} ${s.aanpak} ${s.tekst} voldoen`).join('; ')}`;
}

function Paneel({ p, as }: { p: ThemaPaneel; as: VergelijkGrafiek['as'] }) {
  return (
    <figure className="vergelijken-paneel" data-thema={p.thema_code}>
      <figcaption>{p.thema}</figcaption>
      <svg
        viewBox={`0 0 ${PANEEL.breedte} ${p.hoogte}`}
        className="paneel-svg"
        role="img"
        aria-label={paneelLabel(p)}
        focusable="false"
      >
        {as.map((t) => (
          <g key={t.label} className="paneel-as">
            <line x1={t.x} x2={t.x} y1={p.hoogte - PANEEL.onder + 2} y2={p.hoogte - PANEEL.onder + 6} />
            <text
              x={t.x}
              y={p.hoogte - 4}
              textAnchor={t.x === 0 ? 'start' : t.x >= PANEEL.balk ? 'end' : 'middle'}
            >
              {t.label}
            </text>
          </g>
        ))}
        {p.staven.map((s) => (
          <g key={s.aanpak_id} data-aanpak={s.aanpak_id}>
            <text x={0} y={s.y + 13} className="paneel-label">
              {s.gemeente} · {s.aanpak}
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

function VoldoetGrafiek({ grafiek }: { grafiek: VergelijkGrafiek }) {
  return (
    <section aria-labelledby="voldoet-titel" className="vergelijken-blok">
      <h3 id="voldoet-titel">Hoeveel indicatoren voldoen, per thema</h3>
      <p className="vergelijken-uitleg">
        Per thema één kleine grafiek. De groene balk is het deel van de indicatoren van dat thema dat bij de
        aanpak voldoet (√); het getal is &lsquo;x van y&rsquo; indicatoren. Alle grafieken gebruiken dezelfde
        schaal.
      </p>
      <div className="vergelijken-panelen">
        {grafiek.panelen.map((p) => (
          <Paneel key={p.thema_code} p={p} as={grafiek.as} />
        ))}
      </div>
      <details className="vergelijken-cijfers">
        <summary>Toon de cijfers als tabel</summary>
        <div className="vergelijken-scroll" role="region" aria-label="Cijfers per thema" tabIndex={0}>
          <table className="vergelijken-tabel">
            <caption>Aantal indicatoren per thema en aanpak: voldoet, verbeterpunt en onduidelijk.</caption>
            <thead>
              <tr>
                <th scope="col">Thema</th>
                <th scope="col">Gemeente en aanpak</th>
                <th scope="col">Voldoet</th>
                <th scope="col">Verbeterpunt</th>
                <th scope="col">Onduidelijk</th>
              </tr>
            </thead>
            <tbody>
              {grafiek.panelen.map((p) =>
                p.staven.map((s, i) => (
                  <tr key={`${p.thema_code}~${s.aanpak_id}`}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={p.staven.length}>
                        {p.thema}
                      </th>
                    )}
                    <th scope="row">
                      {s.gemeente}: {s.aanpak}
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
  return (
    <>
      {cel.telling && <p className="cel-telling">{vanTekst(cel.telling)} indicatoren voldoen</p>}
      {leeg && <p className="niet-vermeld">In de factsheet staat hier geen conclusie.</p>}
      {c.goed && (
        <div className="conclusie conclusie-goed">
          <p className="conclusie-kop">Wat gaat goed</p>
          <p className="brontekst">{c.goed}</p>
        </div>
      )}
      {c.beter && (
        <div className="conclusie conclusie-beter">
          <p className="conclusie-kop">Wat kan beter</p>
          <p className="brontekst">{c.beter}</p>
        </div>
      )}
      {c.onbepaald && (
        <div className="conclusie conclusie-onbepaald">
          <p className="conclusie-kop conclusie-kop-onbepaald">Onbepaald (goed of beter: niet te zien)</p>
          <p className="brontekst">{c.onbepaald}</p>
        </div>
      )}
    </>
  );
}

function Conclusies({ matrix }: { matrix: ConclusieMatrix }) {
  return (
    <section aria-labelledby="conclusies-titel" className="vergelijken-blok">
      <h3 id="conclusies-titel">Conclusies per thema</h3>
      <p className="vergelijken-uitleg">
        Elke rij is een thema, elke kolom een aanpak. &lsquo;Wat gaat goed&rsquo; heeft een groene streep,
        &lsquo;wat kan beter&rsquo; een rode. Bij <strong>onbepaald</strong> (gestreepte lijn) laat de bron
        niet zien of de tekst onder &lsquo;wat gaat goed&rsquo; of &lsquo;wat kan beter&rsquo; staat. Wij
        raden dat niet. Past de tabel niet op uw scherm? Schuif de tabel dan opzij.
      </p>
      <div className="vergelijken-scroll" role="region" aria-labelledby="conclusies-titel" tabIndex={0}>
        <table className="vergelijken-tabel conclusies-tabel" style={kolommenStijl(matrix.kolommen.length)}>
          <caption className="visually-hidden">Conclusies per thema (rijen) en aanpak (kolommen)</caption>
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
                <th key={k.aanpak_id} scope="col" data-aanpak={k.aanpak_id}>
                  {k.aanpak}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rijen.map((r) => (
              <tr key={r.thema_code} data-thema={r.thema_code}>
                <th scope="row" className="thema-kop">
                  {r.thema}
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
