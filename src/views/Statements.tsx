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
      <ul>
        <li>
          Automatisch: bij elke wijziging controleert axe-core (regels voor WCAG 2.0, 2.1 en 2.2, niveau A en
          AA) elk onderdeel van het dashboard in de browser Chromium. Er mogen geen fouten zijn.
        </li>
        <li>
          Toetsenbord: alle knoppen, filters, de heatmap (met de pijltjestoetsen) en het detailvenster zijn
          met het toetsenbord te bedienen; de focus is steeds zichtbaar.
        </li>
        <li>Smal scherm: het dashboard is bekeken op een breedte van 320 pixels.</li>
        <li>
          Kleur: een oordeel is niet alleen aan de kleur te zien, maar ook aan het teken (√, X of ?). Ook in
          zwart-wit (afdrukken) blijft het leesbaar.
        </li>
        <li>Taal: de teksten zijn geschreven op taalniveau B1.</li>
      </ul>
      <h3>Wat nog niet is getest of nog niet af is</h3>
      <ul>
        <li>
          Er is nog niet met een schermlezer (zoals NVDA, JAWS of VoiceOver) door het dashboard gelopen.
        </li>
        <li>Vergroting tot 400% is nog niet op alle onderdelen nagelopen.</li>
        <li>
          Het toetsenbordgebruik is nog niet voor alle onderdelen automatisch getest; dat gebeurt nu met de
          hand.
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
