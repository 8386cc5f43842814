import { useMemo, type ReactNode } from 'react';
import { Foutmelding, Laden } from '../components/Status';
import { useQuery } from '../hooks/useQuery';
import { BRON_VERMELDING, CITEER_ALS } from '../model/openData';
import { bronDocumenten } from '../model/queries-methode';
import { B, useBronLang, useT, type Tekst } from '../i18n';
import './Statements.css';
import { Inhoud } from './Inhoud';
import { useManifest } from './useManifest';

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

/** Draft accessibility statement (src/content/toegankelijkheid.*.md): what was tested, how, and what not yet. */
export function ToegankelijkheidView() {
  return (
    <Verklaring id="toegankelijkheid" titel={B.app.viewToegankelijkheid}>
      <Inhoud pagina="toegankelijkheid" waarden={{}} onderdelen={{}} />
    </Verklaring>
  );
}

/** Privacy (src/content/privacy.*.md): no cookies, no tracking, no third parties. */
export function PrivacyView() {
  return (
    <Verklaring id="privacy" titel={B.app.viewPrivacy}>
      <Inhoud pagina="privacy" waarden={{}} onderdelen={{}} />
    </Verklaring>
  );
}

/** Colofon (src/content/colofon.*.md): sources, how to cite, version of the data, contact. */
export function ColofonView() {
  const manifest = useManifest();
  const documenten = useQuery(useMemo(() => bronDocumenten(), []));
  const nl = useBronLang();
  return (
    <Verklaring id="colofon" titel={B.app.viewColofon}>
      <Inhoud
        pagina="colofon"
        waarden={{ bronVermelding: BRON_VERMELDING }}
        onderdelen={{
          'citeer-als': (
            <p className="od-citaat" lang={nl}>
              {CITEER_ALS}
            </p>
          ),
          'versie-data': (
            <>
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
            </>
          ),
          'versie-bronnen': (
            <>
              {documenten.status === 'error' && (
                <Foutmelding error={documenten.error} opnieuw={documenten.retry} />
              )}
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
            </>
          ),
        }}
      />
    </Verklaring>
  );
}
