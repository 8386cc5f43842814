import { useMemo, type ReactNode } from 'react';
import { OORDEEL_SYMBOOL } from '../charts/oordeel';
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
import { B, Rijk, useBronLang, useT } from '../i18n';
import { Begrippenlijst, BegripLink } from './Begrippen';
import { NaarView } from './Statements';
import './Methode.css';

interface ProzaProps {
  kader: QueryState<KaderIndicator> & { retry(): void };
  documenten: QueryState<BronDocument> & { retry(): void };
  n(v: number | undefined): string;
  telling: MethodeTelling | undefined;
}

const SECTIES = [
  ['methode-over', B.methode.over],
  ['methode-tekens', B.methode.tekens],
  ['methode-begrippen', B.methode.begrippen],
  ['methode-kader', B.methode.kader],
  ['methode-extractie', B.methode.extractie],
  ['methode-grenzen', B.methode.grenzen],
  ['methode-bronnen', B.methode.bronnen],
  ['methode-woorden', B.methode.woorden],
] as const;
type SectieId = (typeof SECTIES)[number][0];

function Sectie({ id, children }: { id: SectieId; children: ReactNode }) {
  const titel = SECTIES.find(([s]) => s === id)?.[1];
  const t = useT();
  return (
    <section aria-labelledby={`${id}-titel`} className="methode-sectie" id={id}>
      <h3 id={`${id}-titel`}>{titel && t(titel)}</h3>
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
    <span className={`methode-teken cel-${oordeel}`} aria-hidden="true">
      {OORDEEL_SYMBOOL[oordeel]}
    </span>
  );
}

/** How the data came about and what it can and cannot tell: framework, marks, extraction, sources. */
export function MethodeView() {
  const kader = useQuery(useMemo(() => toetsingskader(), []));
  const documenten = useQuery(useMemo(() => bronDocumenten(), []));
  const tellingQ = useQuery(useMemo(() => methodeTelling(), []));
  const telling: MethodeTelling | undefined = tellingQ.status === 'success' ? tellingQ.data[0] : undefined;
  const n = (v: number | undefined) => (v === undefined ? '…' : String(v));
  const t = useT();

  return (
    <section aria-labelledby="methode-titel" className="view methode">
      <h2 id="methode-titel" tabIndex={-1}>
        {t(B.app.viewMethode)}
      </h2>
      <p className="intro">{t(B.methode.intro)}</p>

      <nav aria-label={t(B.methode.opDezePagina)} className="methode-inhoud">
        <p className="methode-inhoud-kop">{t(B.methode.opDezePagina)}</p>
        <ul>
          {SECTIES.map(([id, titel]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(titel)}</a>
            </li>
          ))}
        </ul>
      </nav>

      {t.taal === 'en' ? (
        <MethodeEn kader={kader} documenten={documenten} n={n} telling={telling} />
      ) : (
        <MethodeNl kader={kader} documenten={documenten} n={n} telling={telling} />
      )}

      <Sectie id="methode-woorden">
        <p>
          <Rijk m={B.methode.woordenUitleg} tags={{ a: (c) => <NaarView id="begrippen">{c}</NaarView> }} />
        </p>
        <Begrippenlijst metIds={false} />
      </Sectie>
    </section>
  );
}

function Kader({ rows }: { rows: readonly KaderIndicator[] }) {
  const t = useT();
  const nl = useBronLang();
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
      <p className="methode-aantal">{t(B.methode.aantalIndicatoren, { n: rows.length })}</p>
      {themas.map((thema) => (
        <section key={thema.code} className="kader-thema" aria-labelledby={`kader-${thema.code}`}>
          <h4 id={`kader-${thema.code}`}>
            {t(B.methode.themaKop)} <span lang={nl}>{thema.naam}</span>{' '}
            <span className="kader-aantal">({t(B.methode.aantalIndicatoren, { n: thema.aantal })})</span>
          </h4>
          <p className="kader-omschrijving">
            {t(B.methode.uitgangspunt)} <span lang={nl}>{thema.omschrijving}</span>.
          </p>
          {thema.criteria.map((c) => (
            <div key={c.code} className="kader-criterium">
              <h5>
                {t(B.methode.criteriumKop)} <span lang={nl}>{c.naam}</span>
              </h5>
              <ul className="kader-indicatoren">
                {c.indicatoren.map((i) => (
                  <li key={i.code} data-indicator={i.code}>
                    <span className="kader-code">{i.code}</span>
                    <span lang={nl}>
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

const LAYOUT = {
  raw: B.methode.layoutRaw,
  tab: B.methode.layoutTab,
  markdown: B.methode.layoutMarkdown,
} as const;

function Bronnen({ rows }: { rows: readonly BronDocument[] }) {
  const t = useT();
  const nl = useBronLang();
  const M = B.methode;
  return (
    <div
      className="methode-bronnen-wrap"
      role="region"
      aria-labelledby="methode-bronnen-caption"
      tabIndex={0}
    >
      <table className="methode-bronnen">
        <caption id="methode-bronnen-caption">{t(M.bronbestanden, { n: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(M.kolBestand)}</th>
            <th scope="col">{t(M.kolGemeente)}</th>
            <th scope="col">{t(M.kolSoort)}</th>
            <th scope="col">{t(M.kolRegels)}</th>
            <th scope="col">{t(M.kolMaand)}</th>
            <th scope="col">SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.bestand} data-bestand={d.bestand}>
              <th scope="row">
                <code>{d.bestand}</code>
              </th>
              <td data-kolom={t(M.kolGemeente)}>{d.gemeente}</td>
              <td data-kolom={t(M.kolSoort)}>
                {Object.hasOwn(LAYOUT, d.layout) ? t(LAYOUT[d.layout as keyof typeof LAYOUT]) : d.layout}
              </td>
              <td data-kolom={t(M.kolRegels)} className="getal">
                {d.regels}
              </td>
              <td data-kolom={t(M.kolMaand)}>
                {d.maand_in_document ? (
                  <span lang={nl}>{d.maand_in_document}</span>
                ) : (
                  <span className="methode-zacht">{t(M.nietVermeld)}</span>
                )}
                {d.maand_in_document && !/november/i.test(d.maand_in_document) && (
                  <span className="methode-voetnoot">{t(M.voettekst)}</span>
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

/** The Methode text in Dutch (B1). */
function MethodeNl({ kader, documenten, n, telling }: ProzaProps) {
  return (
    <>
      <Sectie id="methode-over">
        <p>
          Samenwerkend Toezicht Jeugd (STJ) is een samenwerking van inspecties. In 2013 onderzocht STJ hoe
          vier gemeenten de zorg regelden voor{' '}
          <strong>
            <BegripLink id="ggsr">gezinnen met geringe sociale redzaamheid (GGSR)</BegripLink>
          </strong>
          : Dordrecht, Emmen, Gouda en Oosterhout. Per gemeente bekeek STJ een of twee{' '}
          <BegripLink id="aanpak">aanpakken</BegripLink>, samen 7 aanpakken. Elke aanpak kreeg bij 30
          indicatoren een oordeel. De uitkomsten staan per gemeente in een factsheet van november 2013.
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
              <span className="methode-aantal">In deze gegevens: {n(telling?.voldoet)} keer.</span>
            </dd>
          </div>
          <div>
            <dt>
              <Teken oordeel="verbeterpunt" /> verbeterpunt
            </dt>
            <dd>
              STJ vond dat het op dit punt beter moest. In de factsheet staat een X (of ✗).{' '}
              <span className="methode-aantal">In deze gegevens: {n(telling?.verbeterpunt)} keer.</span>
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
              <span className="methode-aantal">In deze gegevens: {n(telling?.onduidelijk)} keer.</span>
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
            <span className="methode-aantal">Dit geldt voor {n(telling?.gedeeld)} oordelen.</span>
          </dd>
          <dt>LET OP</dt>
          <dd>
            Bij sommige bevindingen schreef STJ een extra opmerking met &lsquo;LET OP&rsquo;. Dat is een punt
            om op te letten, ook als het oordeel &lsquo;voldoet&rsquo; is. Wij nemen die tekst letterlijk
            over. <span className="methode-aantal">{n(telling?.met_let_op)} oordelen hebben een LET OP.</span>
          </dd>
          <dt>Mogelijk onvolledig</dt>
          <dd>
            Bij het omzetten van de PDF naar tekst zijn soms regels verloren gegaan. Begint een bevinding
            midden in een zin, dan staat erbij &lsquo;mogelijk onvolledig&rsquo;. Lees dan de bron voor de
            hele tekst.{' '}
            <span className="methode-aantal">
              Dit geldt voor {n(telling?.mogelijk_onvolledig)} bevindingen.
            </span>
          </dd>
          <dt>Onbepaalde conclusie</dt>
          <dd>
            Per thema staat in de factsheet een conclusie in twee kolommen: &lsquo;Wat gaat goed?&rsquo; en
            &lsquo;Wat kan beter?&rsquo;. In de ruwe tekstversie staan die kolommen door elkaar. Als niet vast
            te stellen is in welke kolom een tekst stond, tonen we die als &lsquo;conclusie&rsquo;, zonder te
            kiezen.{' '}
            <span className="methode-aantal">
              Dit geldt voor {n(telling?.conclusies_onbepaald)} van de {n(telling?.conclusies)} conclusies.
            </span>
          </dd>
        </dl>
      </Sectie>

      <Sectie id="methode-kader">
        <p>
          STJ beoordeelde elke aanpak op dezelfde punten: het{' '}
          <BegripLink id="toetsingskader">toetsingskader</BegripLink>. Het heeft 5 thema&apos;s, 13 criteria
          en 30 indicatoren. Hieronder staan ze allemaal, met de volledige tekst uit de factsheets.
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
            {n(telling?.mogelijk_onvolledig)} bevindingen zijn daardoor mogelijk onvolledig.
          </li>
          <li>
            <strong>Gedeelde tekens.</strong> Bij {n(telling?.gedeeld)} oordelen gaf STJ één teken voor een
            vak met meer indicatoren. Of het oordeel per indicator anders was, is niet te zien.
          </li>
          <li>
            <strong>Conclusies zonder kolom.</strong> Bij {n(telling?.conclusies_onbepaald)} van de{' '}
            {n(telling?.conclusies)} conclusies is in de ruwe tekst niet te zien of ze onder &lsquo;wat gaat
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
    </>
  );
}

/** The Methode text in English; names and quotes from the sources stay Dutch (lang="nl"). */
function MethodeEn({ kader, documenten, n, telling }: ProzaProps) {
  return (
    <>
      <Sectie id="methode-over">
        <p>
          The Joint Youth Inspectorate (<span lang="nl">Samenwerkend Toezicht Jeugd</span>, STJ) is a
          partnership of inspectorates. In 2013 STJ examined how four municipalities arranged care for{' '}
          <strong>
            <BegripLink id="ggsr">families with low social self-reliance (GGSR)</BegripLink>
          </strong>
          : Dordrecht, Emmen, Gouda and Oosterhout. In each municipality STJ looked at one or two{' '}
          <BegripLink id="aanpak">approaches</BegripLink>, 7 approaches in all. Each approach was assessed on
          30 indicators. The results are in one factsheet per municipality, from November 2013.
        </p>
        <p className="methode-let-op">
          <strong>These are findings from 2013, before the Youth Act of 2015.</strong> Since that act,
          municipalities have changed how they work. So the findings say nothing about how things are now in
          these municipalities.
        </p>
      </Sectie>

      <Sectie id="methode-tekens">
        <p>
          In the factsheets each indicator has a mark. In this dashboard you see three kinds of assessment:
        </p>
        <dl className="methode-tekens">
          <div>
            <dt>
              <Teken oordeel="voldoet" /> meets the standard
            </dt>
            <dd>
              STJ found that the approach was in order on this point. The factsheet shows a √ (or ✓).{' '}
              <span className="methode-aantal">In this data: {n(telling?.voldoet)} times.</span>
            </dd>
          </div>
          <div>
            <dt>
              <Teken oordeel="verbeterpunt" /> needs improvement
            </dt>
            <dd>
              STJ found that this point had to get better. The factsheet shows an X (or ✗).{' '}
              <span className="methode-aantal">In this data: {n(telling?.verbeterpunt)} times.</span>
            </dd>
          </div>
          <div>
            <dt>
              <Teken oordeel="onduidelijk" /> unclear
            </dt>
            <dd>
              This mark does not come from STJ. We use it when the text of the factsheet does not make certain
              which mark belongs to an indicator. We do not guess; we show that it is unclear, with the
              reason. <span className="methode-aantal">In this data: {n(telling?.onduidelijk)} times.</span>
            </dd>
          </div>
        </dl>
      </Sectie>

      <Sectie id="methode-begrippen">
        <dl className="methode-begrippen">
          <dt>Shared mark</dt>
          <dd>
            Sometimes the factsheet puts several indicators together in one box with only one mark. That mark
            then applies to all of those indicators, and they share the same finding. You cannot see whether
            STJ would have judged each indicator differently.{' '}
            <span className="methode-aantal">This applies to {n(telling?.gedeeld)} assessments.</span>
          </dd>
          <dt>NOTE</dt>
          <dd>
            With some findings STJ wrote an extra remark starting with ‘<span lang="nl">LET OP</span>’ (note).
            It is a point to watch, even when the assessment is ‘meets the standard’. We copy that text word
            for word.{' '}
            <span className="methode-aantal">{n(telling?.met_let_op)} assessments have a NOTE.</span>
          </dd>
          <dt>Possibly incomplete</dt>
          <dd>
            When the PDF was turned into text, lines were sometimes lost. If a finding starts in the middle of
            a sentence, it is marked ‘possibly incomplete’. Then read the source for the whole text.{' '}
            <span className="methode-aantal">
              This applies to {n(telling?.mogelijk_onvolledig)} findings.
            </span>
          </dd>
          <dt>Undetermined conclusion</dt>
          <dd>
            For each theme the factsheet has a conclusion in two columns: ‘what goes well?’ and ‘what could be
            better?’. In the raw text version those columns are mixed up. If it cannot be established which
            column a text was in, we show it as ‘conclusion’, without choosing.{' '}
            <span className="methode-aantal">
              This applies to {n(telling?.conclusies_onbepaald)} of the {n(telling?.conclusies)} conclusions.
            </span>
          </dd>
        </dl>
      </Sectie>

      <Sectie id="methode-kader">
        <p>
          STJ assessed every approach on the same points: the{' '}
          <BegripLink id="toetsingskader">assessment framework</BegripLink>. It has 5 themes, 13 criteria and
          30 indicators. They are all listed below, with their full official Dutch text from the factsheets.
        </p>
        <MetData q={kader}>{(rows) => <Kader rows={rows} />}</MetData>
      </Sectie>

      <Sectie id="methode-extractie">
        <p>
          The factsheets are PDF files. We use text versions of them. There are two kinds of text version:
        </p>
        <ul>
          <li>
            <strong>raw</strong> (<code>raw</code>): the text as it comes out of the PDF, with broken lines,
            headers and footers and the marks in a separate column. Lines were sometimes lost in it.
          </li>
          <li>
            <strong>table</strong> (<code>tab</code>): a cleaner version in which every table row is on one
            line.
          </li>
        </ul>
        <p>
          Files 000 and 001 are <strong>the same factsheet of Oosterhout</strong>, in both kinds. Both were
          read separately and compared: they give exactly the same assessments. Then they were merged. Every
          assessment of Oosterhout lists both sources.
        </p>
        <p>This is how an assessment was made from the text:</p>
        <ol>
          <li>
            Each indicator was recognised by its text, not by its place in the table or by the heading above
            it. (One factsheet has a wrong heading.)
          </li>
          <li>
            Sometimes the factsheet puts several indicators in one merged box. The marks were placed{' '}
            <strong>per box</strong>:
            <ul>
              <li>one indicator and one mark: that mark belongs to that indicator;</li>
              <li>
                more indicators and one mark: the mark applies to all indicators in the box (shared mark);
              </li>
              <li>
                as many marks as indicators: the marks belong to the paragraphs in order, if the text and the
                order agree. Otherwise: unclear;
              </li>
              <li>
                fewer marks than indicators: if all marks are the same, that mark applies to the whole box. If
                they differ, they were only placed by content when each indicator is mentioned in exactly one
                paragraph. Otherwise: unclear.
              </li>
            </ul>
          </li>
          <li>
            Every mark in the tables was counted. If a mark is left over, or an indicator is missing, reading
            stops with an error message. So no mark gets lost unnoticed.
          </li>
          <li>
            Each assessment records where it comes from: the file, the lines of the box and the line of the
            mark. You see this when you choose an indicator in the heatmap or the table.
          </li>
        </ol>
        <p>Where the source is not clear, we show that. We do not fill in anything that is not there.</p>
      </Sectie>

      <Sectie id="methode-grenzen">
        <ul>
          <li>
            <strong>Lines lost in conversion.</strong> Lines are sometimes missing in the raw text versions.
            As a result, {n(telling?.mogelijk_onvolledig)} findings may be incomplete.
          </li>
          <li>
            <strong>Shared marks.</strong> For {n(telling?.gedeeld)} assessments STJ gave one mark for a box
            with more indicators. Whether the assessment differed per indicator cannot be seen.
          </li>
          <li>
            <strong>Conclusions without a column.</strong> For {n(telling?.conclusies_onbepaald)} of the{' '}
            {n(telling?.conclusies)} conclusions the raw text does not show whether they were under ‘what goes
            well’ or ‘what could be better’.
          </li>
          <li>
            <strong>Only the factsheets.</strong> This dashboard shows what is in the five factsheets.
            Underlying reports, interviews and documents of STJ were not used.
          </li>
          <li>
            <strong>Four municipalities, one moment.</strong> The results apply to these 7 approaches in 2013.
            They say nothing about other municipalities and nothing about the situation after the Youth Act of
            2015.
          </li>
        </ul>
      </Sectie>

      <Sectie id="methode-bronnen">
        <p>
          The factsheets ‘<span lang="nl">Uitkomsten toezichtonderzoek</span>’ (inspection results) of the
          Joint Youth Inspectorate, published in November 2013. The footer of the Dordrecht factsheet says ‘
          <span lang="nl">Oktober 2013</span>’. With the SHA-256 code you can check that you have the same
          file.
        </p>
        <MetData q={documenten}>{(rows) => <Bronnen rows={rows} />}</MetData>
      </Sectie>
    </>
  );
}
