import { useMemo, type ReactNode } from 'react';
import { Foutmelding, Laden } from '../components/Status';
import { useQuery } from '../hooks/useQuery';
import { BRON_VERMELDING, CITEER_ALS } from '../model/openData';
import { bronDocumenten } from '../model/queries-bevindingen';
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

function Verklaring({ id, titel, children }: { id: string; titel: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-titel`} className="view verklaring">
      <h2 id={`${id}-titel`} tabIndex={-1}>
        {titel}
      </h2>
      {children}
    </section>
  );
}

/** Draft accessibility statement: what was tested, how, and what not yet. */
export function ToegankelijkheidView() {
  return (
    <Verklaring id="toegankelijkheid" titel="Toegankelijkheid">
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
        <li>Er is nog geen Engelse versie.</li>
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
  return (
    <Verklaring id="privacy" titel="Privacy">
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
  return (
    <Verklaring id="colofon" titel="Colofon">
      <h3>Bron</h3>
      <p>
        {BRON_VERMELDING}. Hoe de gegevens uit de factsheets zijn gehaald, leest u bij{' '}
        <NaarView id="methode">Methode</NaarView>. U kunt ze downloaden bij{' '}
        <NaarView id="open-data">Open data</NaarView>.
      </p>
      <h3>Citeer als</h3>
      <p className="od-citaat">{CITEER_ALS}</p>
      <h3>Versie van de gegevens</h3>
      <p>
        Elke versie is te herkennen aan de SHA-256 van de bestanden. Is een code anders, dan zijn de gegevens
        anders.
      </p>
      <h4>Gegevensbestanden (manifest.json)</h4>
      {manifest.soort === 'laden' && <Laden />}
      {manifest.soort === 'fout' && <Foutmelding error={manifest.error} />}
      {manifest.soort === 'klaar' && (
        <ul className="colofon-versies" data-testid="versie-data">
          {manifest.manifest.bestanden.map((b) => (
            <li key={b.name}>
              {b.name}: <code className="od-hash">{b.sha256}</code>
            </li>
          ))}
        </ul>
      )}
      <h4>Bronbestanden (factsheets als tekst)</h4>
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
      <h3>Gemaakt met</h3>
      <p>React, DuckDB-WASM, Apache Arrow, d3 en zustand. Alles draait in uw browser.</p>
      <h3>Contact</h3>
      <p className="verklaring-concept" data-testid="contact-placeholder">
        <strong>[NOG INVULLEN]</strong> Contactadres van de beheerder van dit dashboard. Dit is nog niet
        bekend; dit is een voorlopige tekst.
      </p>
      <p>
        Zie ook: <NaarView id="toegankelijkheid">Toegankelijkheid</NaarView> en{' '}
        <NaarView id="privacy">Privacy</NaarView>.
      </p>
    </Verklaring>
  );
}
