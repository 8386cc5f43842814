import { useMemo, type ReactNode } from 'react';
import { OORDEEL_SYMBOOL, oordeelKleuren } from '../charts/oordeel';
import { Foutmelding, Laden } from '../components/Status';
import { useQuery, type QueryState } from '../hooks/useQuery';
import type { Oordeel } from '../model/queries';
import {
  bronDocumenten,
  methodeTelling,
  toetsingskader,
  type BronDocument,
  type KaderIndicator,
  type MethodeTelling,
} from '../model/queries-bevindingen';
import { THEMAS } from '../model/toetsingskader';
import './Methode.css';

const SECTIES = [
  ['methode-over', 'Over deze gegevens'],
  ['methode-tekens', 'Wat de tekens betekenen'],
  ['methode-begrippen', 'Andere aanduidingen'],
  ['methode-kader', 'Het toetsingskader'],
  ['methode-extractie', 'Hoe de gegevens uit de factsheets zijn gehaald'],
  ['methode-grenzen', 'Wat u er niet uit kunt afleiden'],
  ['methode-bronnen', 'Bronnen'],
  ['methode-woorden', 'Woordenlijst'],
] as const;
type SectieId = (typeof SECTIES)[number][0];

function Sectie({ id, children }: { id: SectieId; children: ReactNode }) {
  const titel = SECTIES.find(([s]) => s === id)?.[1];
  return (
    <section aria-labelledby={`${id}-titel`} className="methode-sectie" id={id}>
      <h3 id={`${id}-titel`}>{titel}</h3>
      {children}
    </section>
  );
}

/** Rows of a query, or the loading / error state in its place. */
function MetData<Row>({
  q,
  children,
}: {
  q: QueryState<Row> & { retry(): void };
  children(rows: readonly Row[]): ReactNode;
}) {
  if (q.status === 'error') return <Foutmelding error={q.error} opnieuw={q.retry} />;
  if (q.status !== 'success') return <Laden />;
  return <>{children(q.data)}</>;
}

function Teken({ oordeel }: { oordeel: Oordeel }) {
  return (
    <span className={`methode-teken cel-${oordeel}`} style={oordeelKleuren(oordeel)} aria-hidden="true">
      {OORDEEL_SYMBOOL[oordeel]}
    </span>
  );
}

/** How the data came about and what it can and cannot tell: framework, marks, extraction, sources. */
export function MethodeView() {
  const kader = useQuery(useMemo(() => toetsingskader(), []));
  const documenten = useQuery(useMemo(() => bronDocumenten(), []));
  const tellingQ = useQuery(useMemo(() => methodeTelling(), []));
  const t: MethodeTelling | undefined = tellingQ.status === 'success' ? tellingQ.data[0] : undefined;
  const n = (v: number | undefined) => (v === undefined ? '…' : String(v));

  return (
    <section aria-labelledby="methode-titel" className="view methode">
      <h2 id="methode-titel" tabIndex={-1}>
        Methode
      </h2>
      <p className="intro">
        Hoe de gegevens uit de factsheets van STJ zijn gehaald, wat de tekens betekenen, en wat u er wel en
        niet uit kunt afleiden.
      </p>

      <nav aria-label="Op deze pagina" className="methode-inhoud">
        <p className="methode-inhoud-kop">Op deze pagina</p>
        <ul>
          {SECTIES.map(([id, titel]) => (
            <li key={id}>
              <a href={`#${id}`}>{titel}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Sectie id="methode-over">
        <p>
          Samenwerkend Toezicht Jeugd (STJ) is een samenwerking van inspecties. In 2013 onderzocht STJ hoe
          vier gemeenten de zorg regelden voor{' '}
          <strong>gezinnen met geringe sociale redzaamheid (GGSR)</strong>: Dordrecht, Emmen, Gouda en
          Oosterhout. Per gemeente bekeek STJ een of twee aanpakken, samen 7 aanpakken. Elke aanpak kreeg bij
          30 indicatoren een oordeel. De uitkomsten staan per gemeente in een factsheet van november 2013.
        </p>
        <p className="methode-let-op">
          <strong>Dit zijn bevindingen uit 2013, van vóór de Jeugdwet van 2015.</strong> Sinds die wet zijn
          gemeenten anders gaan werken. De bevindingen zeggen dus niets over hoe het nu in deze gemeenten
          gaat.
        </p>
      </Sectie>

      <Sectie id="methode-tekens">
        <p>
          In de factsheets staat bij elke indicator een teken. In dit dashboard ziet u drie soorten oordelen:
        </p>
        <dl className="methode-tekens">
          <div>
            <dt>
              <Teken oordeel="voldoet" /> voldoet
            </dt>
            <dd>
              STJ vond dat de aanpak op dit punt in orde was. In de factsheet staat een √ (of ✓).{' '}
              <span className="methode-aantal">In deze gegevens: {n(t?.voldoet)} keer.</span>
            </dd>
          </div>
          <div>
            <dt>
              <Teken oordeel="verbeterpunt" /> verbeterpunt
            </dt>
            <dd>
              STJ vond dat het op dit punt beter moest. In de factsheet staat een X (of ✗).{' '}
              <span className="methode-aantal">In deze gegevens: {n(t?.verbeterpunt)} keer.</span>
            </dd>
          </div>
          <div>
            <dt>
              <Teken oordeel="onduidelijk" /> onduidelijk
            </dt>
            <dd>
              Dit teken komt niet van STJ. Wij gebruiken het als uit de tekst van de factsheet niet zeker is
              welk teken bij een indicator hoort. We raden dan niet, maar laten zien dat het onduidelijk is,
              met de reden.{' '}
              <span className="methode-aantal">In deze gegevens: {n(t?.onduidelijk)} keer.</span>
            </dd>
          </div>
        </dl>
      </Sectie>

      <Sectie id="methode-begrippen">
        <dl className="methode-begrippen">
          <dt>Gedeeld teken</dt>
          <dd>
            Soms staan in de factsheet meerdere indicatoren samen in één vak, met maar één teken. Dat teken
            geldt dan voor al die indicatoren, en ze hebben dezelfde bevinding. U ziet dan niet of STJ per
            indicator anders had geoordeeld.{' '}
            <span className="methode-aantal">Dit geldt voor {n(t?.gedeeld)} oordelen.</span>
          </dd>
          <dt>LET OP</dt>
          <dd>
            Bij sommige bevindingen schreef STJ een extra opmerking met &lsquo;LET OP&rsquo;. Dat is een punt
            om op te letten, ook als het oordeel &lsquo;voldoet&rsquo; is. Wij nemen die tekst letterlijk
            over. <span className="methode-aantal">{n(t?.met_let_op)} oordelen hebben een LET OP.</span>
          </dd>
          <dt>Mogelijk onvolledig</dt>
          <dd>
            Bij het omzetten van de PDF naar tekst zijn soms regels verloren gegaan. Begint een bevinding
            midden in een zin, dan staat erbij &lsquo;mogelijk onvolledig&rsquo;. Lees dan de bron voor de
            hele tekst.{' '}
            <span className="methode-aantal">Dit geldt voor {n(t?.mogelijk_onvolledig)} bevindingen.</span>
          </dd>
          <dt>Onbepaalde conclusie</dt>
          <dd>
            Per thema staat in de factsheet een conclusie in twee kolommen: &lsquo;Wat gaat goed?&rsquo; en
            &lsquo;Wat kan beter?&rsquo;. In de ruwe tekstversie staan die kolommen door elkaar. Als niet vast
            te stellen is in welke kolom een tekst stond, tonen we die als &lsquo;conclusie&rsquo;, zonder te
            kiezen.{' '}
            <span className="methode-aantal">
              Dit geldt voor {n(t?.conclusies_onbepaald)} van de {n(t?.conclusies)} conclusies.
            </span>
          </dd>
        </dl>
      </Sectie>

      <Sectie id="methode-kader">
        <p>
          STJ beoordeelde elke aanpak op dezelfde punten: het toetsingskader. Het heeft 5 thema&apos;s, 13
          criteria en 30 indicatoren. Hieronder staan ze allemaal, met de volledige tekst uit de factsheets.
        </p>
        <MetData q={kader}>{(rows) => <Kader rows={rows} />}</MetData>
      </Sectie>

      <Sectie id="methode-extractie">
        <p>
          De factsheets zijn PDF-bestanden. Wij gebruiken tekstversies daarvan. Er zijn twee soorten
          tekstversies:
        </p>
        <ul>
          <li>
            <strong>ruw</strong> (<code>raw</code>): de tekst zoals die uit de PDF komt, met afgebroken
            regels, kop- en voetteksten en de tekens in een aparte kolom. Hierin zijn soms regels verloren
            gegaan.
          </li>
          <li>
            <strong>tabel</strong> (<code>tab</code>): een nettere versie, waarin elke tabelrij op één regel
            staat.
          </li>
        </ul>
        <p>
          De bestanden 000 en 001 zijn <strong>dezelfde factsheet van Oosterhout</strong>, in beide soorten.
          Ze zijn allebei apart ingelezen en vergeleken: ze geven precies dezelfde oordelen. Daarna zijn ze
          samengevoegd. Bij elk oordeel van Oosterhout staan beide bronnen.
        </p>
        <p>Zo is van de tekst een oordeel gemaakt:</p>
        <ol>
          <li>
            Elke indicator is herkend aan de tekst, niet aan de plaats in de tabel of aan het kopje erboven.
            (Eén factsheet heeft een verkeerd kopje.)
          </li>
          <li>
            Soms staan in de factsheet meerdere indicatoren in één samengevoegd vak. De tekens zijn{' '}
            <strong>per vak</strong> geplaatst:
            <ul>
              <li>één indicator en één teken: dat teken hoort bij die indicator;</li>
              <li>
                meer indicatoren en één teken: het teken geldt voor alle indicatoren in het vak (gedeeld
                teken);
              </li>
              <li>
                evenveel tekens als indicatoren: de tekens horen in volgorde bij de alinea&apos;s, als de
                tekst en de volgorde met elkaar kloppen. Anders: onduidelijk;
              </li>
              <li>
                minder tekens dan indicatoren: zijn alle tekens gelijk, dan geldt dat teken voor het hele vak.
                Zijn ze verschillend, dan zijn ze alleen op inhoud geplaatst als elke indicator in precies één
                alinea wordt genoemd. Anders: onduidelijk.
              </li>
            </ul>
          </li>
          <li>
            Elk teken in de tabellen is geteld. Blijft er een teken over, of ontbreekt er een indicator, dan
            stopt het inlezen met een foutmelding. Zo gaat er geen teken ongemerkt verloren.
          </li>
          <li>
            Bij elk oordeel staat waar het vandaan komt: het bestand, de regels van het vak en de regel van
            het teken. U ziet dat als u in de heatmap of de tabel een indicator kiest.
          </li>
        </ol>
        <p>Waar de bron niet duidelijk is, laten we dat zien. We vullen niets in wat er niet staat.</p>
      </Sectie>

      <Sectie id="methode-grenzen">
        <ul>
          <li>
            <strong>Regels verloren bij het omzetten.</strong> In de ruwe tekstversies ontbreken soms regels.{' '}
            {n(t?.mogelijk_onvolledig)} bevindingen zijn daardoor mogelijk onvolledig.
          </li>
          <li>
            <strong>Gedeelde tekens.</strong> Bij {n(t?.gedeeld)} oordelen gaf STJ één teken voor een vak met
            meer indicatoren. Of het oordeel per indicator anders was, is niet te zien.
          </li>
          <li>
            <strong>Conclusies zonder kolom.</strong> Bij {n(t?.conclusies_onbepaald)} van de{' '}
            {n(t?.conclusies)} conclusies is in de ruwe tekst niet te zien of ze onder &lsquo;wat gaat
            goed&rsquo; of &lsquo;wat kan beter&rsquo; vielen.
          </li>
          <li>
            <strong>Alleen de factsheets.</strong> Dit dashboard toont wat in de vijf factsheets staat.
            Achterliggende rapporten, gesprekken en documenten van STJ zijn niet gebruikt.
          </li>
          <li>
            <strong>Vier gemeenten, één moment.</strong> De uitkomsten gelden voor deze 7 aanpakken in 2013.
            Ze zeggen niets over andere gemeenten en niets over de situatie na de Jeugdwet van 2015.
          </li>
        </ul>
      </Sectie>

      <Sectie id="methode-bronnen">
        <p>
          De factsheets &lsquo;Uitkomsten toezichtonderzoek&rsquo; van Samenwerkend Toezicht Jeugd,
          gepubliceerd in november 2013. De voettekst van de factsheet van Dordrecht noemt &lsquo;Oktober
          2013&rsquo;. Met de SHA-256-code kunt u controleren of u hetzelfde bestand hebt.
        </p>
        <MetData q={documenten}>{(rows) => <Bronnen rows={rows} />}</MetData>
      </Sectie>

      <Sectie id="methode-woorden">
        <dl className="methode-begrippen">
          <dt>GGSR</dt>
          <dd>
            Gezinnen met geringe sociale redzaamheid: gezinnen met problemen op meer gebieden tegelijk, die
            zich daarbij zelf en met hun omgeving niet goed kunnen redden.
          </dd>
          <dt>Aanpak</dt>
          <dd>
            De manier waarop een gemeente en haar partners de hulp aan deze gezinnen regelen, bijvoorbeeld
            &lsquo;Gezinscoaching&rsquo; in Dordrecht. STJ beoordeelde 7 aanpakken.
          </dd>
          <dt>Netwerkpartner</dt>
          <dd>
            Een organisatie die samen met de gemeente aan de aanpak werkt, bijvoorbeeld een zorgaanbieder.
          </dd>
          <dt>Toetsingskader</dt>
          <dd>
            De vaste lijst van punten waarop STJ elke aanpak beoordeelde: 5 thema&apos;s, 13 criteria en 30
            indicatoren.
          </dd>
          <dt>Regisseur</dt>
          <dd>Eén vaste persoon die de hulp aan een gezin op elkaar afstemt (indicator A8).</dd>
          <dt>Doorzettingsmacht</dt>
          <dd>
            Het recht van de regisseur om een besluit te nemen als de hulp vastloopt of als partijen het niet
            eens worden, zodat de hulp toch doorgaat (indicator A9).
          </dd>
          <dt>Bevinding</dt>
          <dd>Wat STJ bij een indicator zag en opschreef.</dd>
          <dt>Oordeel</dt>
          <dd>
            Het teken bij een indicator: voldoet (√) of verbeterpunt (X). In dit dashboard ook onduidelijk
            (?), als het teken niet zeker te plaatsen was.
          </dd>
        </dl>
      </Sectie>
    </section>
  );
}

function Kader({ rows }: { rows: readonly KaderIndicator[] }) {
  const themas = THEMAS.map((thema) => {
    const inThema = rows.filter((r) => r.thema_code === thema.code);
    const criteria = [...new Set(inThema.map((r) => r.criterium_code))].map((code) => ({
      code,
      naam: inThema.find((r) => r.criterium_code === code)?.criterium ?? code,
      indicatoren: inThema.filter((r) => r.criterium_code === code),
    }));
    return { ...thema, naam: inThema[0]?.thema ?? thema.naam, criteria, aantal: inThema.length };
  });
  return (
    <div className="methode-kader">
      <p className="methode-aantal">{rows.length} indicatoren</p>
      {themas.map((thema) => (
        <section key={thema.code} className="kader-thema" aria-labelledby={`kader-${thema.code}`}>
          <h4 id={`kader-${thema.code}`}>
            Thema {thema.naam} <span className="kader-aantal">({thema.aantal} indicatoren)</span>
          </h4>
          <p className="kader-omschrijving">Uitgangspunt: {thema.omschrijving}.</p>
          {thema.criteria.map((c) => (
            <div key={c.code} className="kader-criterium">
              <h5>Criterium: {c.naam}</h5>
              <ul className="kader-indicatoren">
                {c.indicatoren.map((i) => (
                  <li key={i.code} data-indicator={i.code}>
                    <span className="kader-code">{i.code}</span>
                    <span>
                      <strong>{i.label}</strong>
                      <br />
                      {i.tekst}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

const LAYOUT: Readonly<Record<string, string>> = { raw: 'ruw (raw)', tab: 'tabel (tab)' };

function Bronnen({ rows }: { rows: readonly BronDocument[] }) {
  return (
    <div
      className="methode-bronnen-wrap"
      role="region"
      aria-labelledby="methode-bronnen-caption"
      tabIndex={0}
    >
      <table className="methode-bronnen">
        <caption id="methode-bronnen-caption">Bronbestanden ({rows.length})</caption>
        <thead>
          <tr>
            <th scope="col">Bestand</th>
            <th scope="col">Gemeente</th>
            <th scope="col">Soort tekst</th>
            <th scope="col">Regels</th>
            <th scope="col">Maand in het document</th>
            <th scope="col">SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.bestand} data-bestand={d.bestand}>
              <th scope="row">
                <code>{d.bestand}</code>
              </th>
              <td data-kolom="Gemeente">{d.gemeente}</td>
              <td data-kolom="Soort tekst">{LAYOUT[d.layout] ?? d.layout}</td>
              <td data-kolom="Regels" className="getal">
                {d.regels}
              </td>
              <td data-kolom="Maand in het document">
                {d.maand_in_document ?? <span className="methode-zacht">niet vermeld</span>}
                {d.maand_in_document && !/november/i.test(d.maand_in_document) && (
                  <span className="methode-voetnoot">in de voettekst; gepubliceerd in november 2013</span>
                )}
              </td>
              <td data-kolom="SHA-256">
                <code className="methode-hash">{d.sha256}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
