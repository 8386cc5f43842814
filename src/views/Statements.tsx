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
      <ul>
        <li>
          Automatically: with every change, axe-core (rules for WCAG 2.0, 2.1 and 2.2, level A and AA) checks
          every section of the dashboard in the Chromium browser. There may be no errors.
        </li>
        <li>
          Keyboard: all buttons, filters, the heatmap (with the arrow keys) and the details window can be used
          with the keyboard; the focus is always visible.
        </li>
        <li>Narrow screens: the dashboard was checked at a width of 320 pixels.</li>
        <li>
          Colour: an assessment can be seen not only by its colour but also by its mark (√, X or ?). It stays
          readable in black and white (printing) too.
        </li>
        <li>Language: the Dutch texts are written at language level B1.</li>
      </ul>
      <h3>What has not been tested yet or is not finished</h3>
      <ul>
        <li>
          Nobody has gone through the dashboard with a screen reader (such as NVDA, JAWS or VoiceOver) yet.
        </li>
        <li>Zooming to 400% has not been checked on every section yet.</li>
        <li>
          Keyboard use is not yet tested automatically for every section; it is checked by hand for now.
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
