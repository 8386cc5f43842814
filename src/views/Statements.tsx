import { useMemo, type ReactNode } from 'react';
import { Foutmelding, Laden } from '../components/Status';
import { useQuery } from '../hooks/useQuery';
import { BRON_VERMELDING, CITEER_ALS } from '../model/openData';
import { bronDocumenten } from '../model/queries-bevindingen';
import { B, useBronLang, useT, type Tekst } from '../i18n';
import { useAppStore, type ViewId } from '../store';
import './Statements.css';
import { useManifest } from './useManifest';
import { ViewLink } from './ViewLink';

/** A link to another view of the app (filters stay as they are). */
export function NaarView({ id, children }: { id: ViewId; children: ReactNode }) {
  const setView = useAppStore((s) => s.setView);
  return (
    <ViewLink naar={(s) => ({ ...s, view: id, cel: null })} onKies={() => setView(id)}>
      {children}
    </ViewLink>
  );
}

function Verklaring({ id, titel, children }: { id: string; titel: Tekst; children: ReactNode }) {
  const t = useT();
  return (
    <section aria-labelledby={`${id}-titel`} className="view verklaring">
      <h2 id={`${id}-titel`} tabIndex={-1}>
        {t(titel)}
      </h2>
      {children}
    </section>
  );
}

/** Draft accessibility statement: what was tested, how, and what not yet. */
export function ToegankelijkheidView() {
  const t = useT();
  if (t.taal === 'en') return <ToegankelijkheidEn />;
  return (
    <Verklaring id="toegankelijkheid" titel={B.app.viewToegankelijkheid}>
      <p className="verklaring-concept">
        <strong>Concept.</strong> Dit is een concept van de toegankelijkheidsverklaring. Er is nog geen
        onderzoek door een onafhankelijke deskundige gedaan.
      </p>
      <p className="intro">
        Wij willen dat iedereen dit dashboard kan gebruiken, ook met een beperking. Wij toetsen aan de WCAG
        2.1 en 2.2 op niveau A en AA (de eis uit de EN 301 549).
      </p>
      <h3>Status</h3>
      <p>
        <strong>Gedeeltelijk voldoet / in onderzoek.</strong> Wij weten van een aantal punten dat ze nog niet
        af zijn (zie hieronder).
      </p>
      <h3>Wat wij hebben getest en hoe</h3>
      <p>Deze tests draaien automatisch bij elke wijziging, in de browser Chromium.</p>
      <ul>
        <li>
          axe-core (regels voor WCAG 2.0, 2.1 en 2.2, niveau A en AA) controleert elk onderdeel van het
          dashboard, op een breed scherm en op een smal scherm van 320 pixels. Ook de lijst met oordelen op
          een smal scherm en de weergave met geforceerde kleuren worden gecontroleerd. Er mogen geen fouten
          zijn.
        </li>
        <li>
          Toetsenbord: een test gebruikt alleen het toetsenbord. De eerste Tab gaat naar &lsquo;Naar de
          inhoud&rsquo;. Daarna gaat de test met Tab naar een filter (aan en uit met de spatiebalk) en naar de
          heatmap, met de pijltjestoetsen door de vakjes, met Enter het detailvenster in en met Esc terug naar
          hetzelfde vakje. Ook een menulink wordt met Enter gekozen. Bij elke stap moet de focus zichtbaar
          zijn.
        </li>
        <li>
          Smal scherm en vergroten: op 320 pixels breed hoeft u op geen enkel onderdeel opzij te scrollen. De
          heatmap is dan een lijst per gemeente en aanpak, met alle oordelen en LET OP&rsquo;s. Dat is ook
          getest als vergroting tot 400% van een venster van 1280 pixels breed.
        </li>
        <li>
          Kleur: een oordeel is niet alleen aan de kleur te zien, maar ook aan het teken (√, X of ?). De
          kleuren hebben genoeg contrast (getest). Met geforceerde kleuren (zoals hoog contrast in Windows) is
          een X een omgekeerd vakje met een dikke rand. In zwart-wit (afdrukken) is een X een zwart vakje.
        </li>
        <li>
          Beweging: als u in uw systeem &lsquo;minder beweging&rsquo; kiest, beweegt er niets op de pagina.
        </li>
        <li>
          Meldingen voor schermlezers: na een filter hoort u hoeveel aanpakken en oordelen de heatmap toont,
          bij Bevindingen hoeveel bevindingen er zijn gevonden, en u hoort wanneer de rekenmodule klaar is.
        </li>
        <li>
          Afdrukken: elk onderdeel kan worden afgedrukt zonder menu en knoppen. Bij Bevindingen drukt de knop
          Afdrukken alle gevonden bevindingen af, niet alleen de pagina die u ziet.
        </li>
        <li>Taal: de teksten van het dashboard zijn geschreven op taalniveau B1.</li>
      </ul>
      <h3>Wat nog niet is getest of nog niet af is</h3>
      <ul>
        <li>
          Er is nog niet met een schermlezer (zoals NVDA, JAWS of VoiceOver) door het dashboard gelopen. De
          tests hierboven controleren de code en de browser, niet wat een schermlezer echt voorleest.
        </li>
        <li>
          Alleen getest in Chromium. Firefox, Safari en echte telefoons zijn nog niet nagelopen, en
          geforceerde kleuren en vergroting zijn nagebootst, niet met de instellingen van een echt systeem
          bekeken.
        </li>
        <li>De Engelse versie vertaalt de teksten van de website; de bronteksten blijven Nederlands.</li>
        <li>
          De bronteksten zijn factsheets uit 2013. Die teksten staan er letterlijk in en zijn niet op B1
          herschreven.
        </li>
      </ul>
      <h3>Een probleem melden</h3>
      <p>
        Loopt u tegen iets aan? Laat het ons weten via het contactadres in het{' '}
        <NaarView id="colofon">colofon</NaarView>. Wij reageren binnen 5 werkdagen.
      </p>
    </Verklaring>
  );
}

/** Privacy: no cookies, no tracking, no third parties; the data is processed in your own browser. */
export function PrivacyView() {
  const t = useT();
  if (t.taal === 'en') return <PrivacyEn />;
  return (
    <Verklaring id="privacy" titel={B.app.viewPrivacy}>
      <p className="intro">Dit dashboard verzamelt geen gegevens over u.</p>
      <ul>
        <li>
          <strong>Geen cookies.</strong> Wij plaatsen geen cookies en bewaren niets op uw apparaat.
        </li>
        <li>
          <strong>Geen tracking.</strong> Wij meten niet wat u doet: geen bezoekersstatistieken, geen
          analytics, geen advertenties.
        </li>
        <li>
          <strong>Geen andere partijen.</strong> De pagina laadt niets van andere websites: geen lettertypen,
          geen scripts, geen kaarten. Dat is ook technisch afgedwongen (Content Security Policy).
        </li>
        <li>
          <strong>In uw eigen browser.</strong> De gegevens worden naar uw browser gehaald en daar doorzocht.
          Wat u zoekt of kiest, gaat niet naar een server. Het staat alleen in de link (adresbalk), zodat u
          die kunt delen als u dat wilt.
        </li>
        <li>
          <strong>Downloads</strong> (CSV, LEESMIJ) worden in uw browser gemaakt.
        </li>
      </ul>
      <p>
        De webserver die deze pagina&apos;s levert, kan zoals elke webserver technische gegevens vastleggen
        (zoals uw IP-adres en het tijdstip). Die gebruiken wij niet om u te volgen.
      </p>
      <p>
        De bevindingen gaan over aanpakken van gemeenten, niet over personen. Er staan geen gegevens van
        gezinnen in.
      </p>
    </Verklaring>
  );
}

/** Colofon: sources, method, version of the data, contact (placeholder). */
export function ColofonView() {
  const manifest = useManifest();
  const documenten = useQuery(useMemo(() => bronDocumenten(), []));
  const t = useT();
  const nl = useBronLang();
  const C = B.statements;
  return (
    <Verklaring id="colofon" titel={B.app.viewColofon}>
      <h3>{t(C.bron)}</h3>
      {t.taal === 'en' ? (
        <p>
          <span lang="nl">{BRON_VERMELDING}</span>. How the data was taken from the factsheets is explained
          under <NaarView id="methode">Method</NaarView>. You can download it under{' '}
          <NaarView id="open-data">Open data</NaarView>.
        </p>
      ) : (
        <p>
          {BRON_VERMELDING}. Hoe de gegevens uit de factsheets zijn gehaald, leest u bij{' '}
          <NaarView id="methode">Methode</NaarView>. U kunt ze downloaden bij{' '}
          <NaarView id="open-data">Open data</NaarView>.
        </p>
      )}
      <h3>{t(C.citeerAls)}</h3>
      <p className="od-citaat" lang={nl}>
        {CITEER_ALS}
      </p>
      <h3>{t(C.versie)}</h3>
      <p>{t(C.versieUitleg)}</p>
      <h4>{t(C.gegevensbestanden)}</h4>
      {manifest.soort === 'laden' && <Laden />}
      {manifest.soort === 'fout' && <Foutmelding error={manifest.error} />}
      {manifest.soort === 'klaar' && (
        <ul className="colofon-versies" data-testid="versie-data">
          {manifest.manifest.bestanden.map((b) => (
            <li key={b.name}>
              <span lang={nl}>{b.name}</span>: <code className="od-hash">{b.sha256}</code>
            </li>
          ))}
        </ul>
      )}
      <h4>{t(C.bronbestanden)}</h4>
      {documenten.status === 'error' && <Foutmelding error={documenten.error} opnieuw={documenten.retry} />}
      {documenten.status !== 'error' && documenten.status !== 'success' && <Laden />}
      {documenten.status === 'success' && (
        <ul className="colofon-versies" data-testid="versie-bronnen">
          {documenten.data.map((d) => (
            <li key={d.bestand}>
              {d.bestand} ({d.gemeente}): <code className="od-hash">{d.sha256}</code>
            </li>
          ))}
        </ul>
      )}
      <h3>{t(C.gemaaktMet)}</h3>
      <p>{t(C.gemaaktMetTekst)}</p>
      <h3>{t(C.contact)}</h3>
      <p className="verklaring-concept" data-testid="contact-placeholder">
        <strong>{t(C.nogInvullen)}</strong> {t(C.contactTekst)}
      </p>
      <p>
        {t(C.zieOok)} <NaarView id="toegankelijkheid">{t(B.app.viewToegankelijkheid)}</NaarView> {t(C.en)}{' '}
        <NaarView id="privacy">{t(B.app.viewPrivacy)}</NaarView>.
      </p>
    </Verklaring>
  );
}

function ToegankelijkheidEn() {
  return (
    <Verklaring id="toegankelijkheid" titel={B.app.viewToegankelijkheid}>
      <p className="verklaring-concept">
        <strong>Draft.</strong> This is a draft of the accessibility statement. No independent expert has
        reviewed the website yet.
      </p>
      <p className="intro">
        We want everyone to be able to use this dashboard, including people with a disability. We test against
        WCAG 2.1 and 2.2 at level A and AA (the requirement of EN 301 549).
      </p>
      <h3>Status</h3>
      <p>
        <strong>Partially compliant / under review.</strong> We know of a few points that are not finished yet
        (see below).
      </p>
      <h3>What we tested and how</h3>
      <p>These tests run automatically with every change, in the Chromium browser.</p>
      <ul>
        <li>
          axe-core (rules for WCAG 2.0, 2.1 and 2.2, level A and AA) checks every section of the dashboard, on
          a wide screen and on a narrow screen of 320 pixels. The list of assessments on a narrow screen and
          the forced-colours view are checked too. There may be no errors.
        </li>
        <li>
          Keyboard: a test uses only the keyboard. The first Tab goes to ‘Skip to content’. Then the test tabs
          to a filter (on and off with the space bar) and to the heatmap, moves through the cells with the
          arrow keys, opens the details window with Enter and goes back to the same cell with Esc. A menu link
          is chosen with Enter as well. At every step the focus must be visible.
        </li>
        <li>
          Narrow screens and zoom: at 320 pixels wide you never have to scroll sideways. The heatmap is then a
          list per municipality and approach, with all assessments and notes. This was also tested as 400%
          zoom of a window 1280 pixels wide.
        </li>
        <li>
          Colour: an assessment can be seen not only by its colour but also by its mark (√, X or ?). The
          colours have enough contrast (tested). With forced colours (such as high contrast in Windows) an X
          is an inverted cell with a thick border. In black and white (printing) an X is a black cell.
        </li>
        <li>Motion: if you choose ‘reduce motion’ in your system, nothing moves on the page.</li>
        <li>
          Messages for screen readers: after a filter you hear how many approaches and assessments the heatmap
          shows, on Findings how many findings were found, and you hear when the computing module is ready.
        </li>
        <li>
          Printing: every section can be printed without menu and buttons. On Findings the Print button prints
          all findings found, not only the page you see.
        </li>
        <li>Language: the Dutch texts of the dashboard are written at language level B1.</li>
      </ul>
      <h3>What has not been tested yet or is not finished</h3>
      <ul>
        <li>
          Nobody has gone through the dashboard with a screen reader (such as NVDA, JAWS or VoiceOver) yet.
          The tests above check the code and the browser, not what a screen reader really reads out.
        </li>
        <li>
          Only tested in Chromium. Firefox, Safari and real phones have not been checked yet, and forced
          colours and zoom were simulated, not checked with the settings of a real system.
        </li>
        <li>
          The English version translates the texts of the website. The source texts (findings, notes,
          conclusions and the framework) stay in Dutch and are marked as Dutch.
        </li>
        <li>The source texts are factsheets from 2013. They are shown word for word and not rewritten.</li>
      </ul>
      <h3>Report a problem</h3>
      <p>
        Do you run into something? Let us know via the contact address in the{' '}
        <NaarView id="colofon">colophon</NaarView>. We reply within 5 working days.
      </p>
    </Verklaring>
  );
}

function PrivacyEn() {
  return (
    <Verklaring id="privacy" titel={B.app.viewPrivacy}>
      <p className="intro">This dashboard does not collect any data about you.</p>
      <ul>
        <li>
          <strong>No cookies.</strong> We do not set cookies and store nothing on your device.
        </li>
        <li>
          <strong>No tracking.</strong> We do not measure what you do: no visitor statistics, no analytics, no
          advertising.
        </li>
        <li>
          <strong>No third parties.</strong> The page loads nothing from other websites: no fonts, no scripts,
          no maps. This is also enforced technically (Content Security Policy).
        </li>
        <li>
          <strong>In your own browser.</strong> The data is fetched to your browser and searched there. What
          you search for or choose does not go to a server. It is only in the link (address bar), so you can
          share it if you want to.
        </li>
        <li>
          <strong>Downloads</strong> (CSV, LEESMIJ) are made in your browser.
        </li>
      </ul>
      <p>
        Like any web server, the server that delivers these pages may record technical data (such as your IP
        address and the time). We do not use it to follow you.
      </p>
      <p>
        The findings are about approaches of municipalities, not about people. There is no data on families.
      </p>
    </Verklaring>
  );
}
