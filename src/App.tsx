import { useEffect, useState, type MouseEvent } from 'react';
import { loadCatalog } from './app/bootstrap';
import { CopyLinkButton } from './components/CopyLinkButton';
import { ErrorBoundary } from './components/ErrorBoundary';
import { DatabaseLaden, Foutmelding } from './components/Status';
import { UrlProblems } from './components/UrlProblems';
import {
  appStore,
  formatUrl,
  selectUrlState,
  startUrlSync,
  useAppStore,
  useAppStoreShallow,
  type ViewId,
} from './store';
import { Drilldown } from './views/Drilldown';
import { NAV_ORDER, VIEWS } from './views/registry';

type Boot = { stand: 'laden' } | { stand: 'klaar' } | { stand: 'fout'; error: unknown };

export const TITEL = 'Toezicht op zorg voor gezinnen met geringe sociale redzaamheid (2013)';

export function App() {
  const [boot, setBoot] = useState<Boot>({ stand: 'laden' });
  const [poging, setPoging] = useState(0);
  const view = useAppStore((s) => s.view);
  const cel = useAppStore((s) => s.cel);
  const setView = useAppStore((s) => s.setView);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let actief = true;
    loadCatalog().then(
      (catalog) => {
        if (!actief) return;
        appStore.getState().setCatalog(catalog);
        stop = startUrlSync(appStore);
        setBoot({ stand: 'klaar' });
      },
      (error: unknown) => {
        if (actief) setBoot({ stand: 'fout', error });
      },
    );
    return () => {
      actief = false;
      stop?.();
    };
  }, [poging]);

  useEffect(() => {
    document.title = `${VIEWS[view].titel} – Toezicht GGSR 2013`;
  }, [view]);

  const klaar = boot.stand === 'klaar';
  const ViewComponent = VIEWS[view].Component;

  return (
    <>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="site-header">
        <p className="afzender">Samenwerkend Toezicht Jeugd · bevindingen 2013</p>
        <h1>{TITEL}</h1>
        <p className="tijd-melding" role="note">
          <strong>Let op: dit zijn bevindingen uit november 2013.</strong> Samenwerkend Toezicht Jeugd (STJ)
          onderzocht toen hoe vier gemeenten de zorg voor gezinnen met geringe sociale redzaamheid (GGSR)
          hadden geregeld. Dat was vóór de Jeugdwet van 2015. De situatie in deze gemeenten kan nu anders
          zijn.
        </p>
        <Nav huidig={view} klaar={klaar} onKies={setView} />
      </header>
      <main id="inhoud" tabIndex={-1}>
        {boot.stand === 'laden' && <DatabaseLaden />}
        {boot.stand === 'fout' && (
          <Foutmelding
            error={boot.error}
            titel="De gegevens konden niet worden geladen"
            opnieuw={() => {
              setBoot({ stand: 'laden' });
              setPoging((p) => p + 1);
            }}
          />
        )}
        {klaar && (
          <>
            <UrlProblems />
            <div className="werkbalk">
              <CopyLinkButton />
            </div>
            <ErrorBoundary
              key={view}
              onderdeel={`het onderdeel ${VIEWS[view].titel}`}
              terug={
                view === 'heatmap' ? undefined : { label: 'Naar de heatmap', actie: () => setView('heatmap') }
              }
            >
              <ViewComponent />
            </ErrorBoundary>
            {cel && (
              <ErrorBoundary
                key={`${cel.aanpak}~${cel.indicator}`}
                onderdeel="de details van dit vakje"
                terug={{ label: 'Sluiten', actie: () => appStore.getState().closeCel() }}
              >
                <Drilldown cel={cel} />
              </ErrorBoundary>
            )}
          </>
        )}
      </main>
      <footer className="site-footer">
        <p>
          Bron: factsheets &lsquo;Uitkomsten toezichtonderzoek&rsquo; van Samenwerkend Toezicht Jeugd (STJ),
          2013. De gegevens worden in uw eigen browser doorzocht; er wordt niets naar een andere website
          gestuurd.
        </p>
      </footer>
    </>
  );
}

function Nav({ huidig, klaar, onKies }: { huidig: ViewId; klaar: boolean; onKies(v: ViewId): void }) {
  const state = useAppStoreShallow(selectUrlState);
  const klik = (e: MouseEvent<HTMLAnchorElement>, id: ViewId) => {
    // Before the data is ready, or with a modifier key, let the browser follow the link.
    if (!klaar || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onKies(id);
  };
  return (
    <nav aria-label="Onderdelen">
      <ul>
        {NAV_ORDER.map((id) => (
          <li key={id}>
            <a
              href={formatUrl({ ...state, view: id, cel: null })}
              aria-current={id === huidig ? 'page' : undefined}
              onClick={(e) => klik(e, id)}
            >
              {VIEWS[id].nav}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
