import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import { loadCatalog } from './app/bootstrap';
import { CopyLinkButton } from './components/CopyLinkButton';
import { ErrorBoundary } from './components/ErrorBoundary';
import { RekenmoduleFout, RekenmoduleStatus } from './components/RekenmoduleStatus';
import { SynthetischBanner } from './components/SynthetischBanner';
import { DatabaseLaden, Foutmelding } from './components/Status';
import { UrlProblems } from './components/UrlProblems';
import { useDbStatus } from './hooks/useDbStatus';
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
import { FOOTER_ORDER, NAV_ORDER, VIEWS } from './views/registry';

export const TITEL = 'Toezicht op zorg voor gezinnen met geringe sociale redzaamheid (2013)';

/** Document title of a view (the prerender writes the heatmap's into index.html). */
export const documentTitel = (view: ViewId) => `${VIEWS[view].titel} – Toezicht GGSR 2013`;

const ANDERE_ONDERDELEN = NAV_ORDER.filter((id) => id !== 'heatmap').map((id) => ({
  id,
  nav: VIEWS[id].nav ?? VIEWS[id].titel,
}));

/**
 * The app shell. Two ways to start (see main.tsx):
 * - prerendered: the catalog and the home heatmap's results are already in the store and the query
 *   cache, so the first render shows the heatmap (and equals the server markup); DuckDB-WASM loads
 *   meanwhile and the URL is applied right after hydration;
 * - otherwise: wait for DuckDB and the catalog, then apply the URL. If that fails and the page was
 *   prerendered (`voorgerenderdeHeatmap`), link to the prerendered heatmap.
 */
export function App({ voorgerenderdeHeatmap = false }: { voorgerenderdeHeatmap?: boolean }) {
  const catalog = useAppStore((s) => s.catalog);
  const view = useAppStore((s) => s.view);
  const cel = useAppStore((s) => s.cel);
  const setView = useAppStore((s) => s.setView);
  const db = useDbStatus();
  const [bootFout, setBootFout] = useState<unknown>(null);
  const [poging, setPoging] = useState(0);
  const [urlSync, setUrlSync] = useState(false);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let actief = true;
    const begin = () => {
      stop = startUrlSync(appStore);
      setUrlSync(true);
    };
    if (appStore.getState().catalog) begin();
    else
      loadCatalog().then(
        (c) => {
          if (!actief) return;
          appStore.getState().setCatalog(c);
          begin();
        },
        (error: unknown) => {
          if (actief) setBootFout(error);
        },
      );
    return () => {
      actief = false;
      stop?.();
    };
  }, [poging]);

  useEffect(() => {
    document.title = documentTitel(view);
  }, [view]);

  const ViewComponent = VIEWS[view].Component;
  // The same element while the view stays, so opening the drill-down or another App-level change
  // does not re-render the view (#4, interaction latency).
  const viewElement = useMemo(() => <ViewComponent />, [ViewComponent]);

  return (
    <>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="site-header">
        <SynthetischBanner />
        <p className="afzender">Samenwerkend Toezicht Jeugd · bevindingen 2013</p>
        <h1>{TITEL}</h1>
        <p className="tijd-melding" role="note">
          <strong>Let op: dit zijn bevindingen uit november 2013.</strong> Samenwerkend Toezicht Jeugd (STJ)
          onderzocht toen hoe vier gemeenten de zorg voor gezinnen met geringe sociale redzaamheid (GGSR)
          hadden geregeld. Dat was vóór de Jeugdwet van 2015. De situatie in deze gemeenten kan nu anders
          zijn.
        </p>
        <Nav huidig={view} klaar={urlSync} onKies={setView} />
      </header>
      <main id="inhoud" tabIndex={-1} data-rekenmodule={db.stand}>
        {!catalog && !bootFout && <DatabaseLaden />}
        {!catalog && !!bootFout && (
          <Foutmelding
            error={bootFout}
            titel="De gegevens konden niet worden geladen"
            opnieuw={() => {
              setBootFout(null);
              setPoging((p) => p + 1);
            }}
          />
        )}
        {!catalog && !!bootFout && voorgerenderdeHeatmap && (
          <p>
            <a href="?weergave=heatmap">Bekijk de vooraf berekende heatmap met alle oordelen</a> (zonder
            filters).
          </p>
        )}
        {catalog && (
          <>
            <UrlProblems />
            <div className="werkbalk">
              <RekenmoduleStatus />
              <CopyLinkButton />
            </div>
            <RekenmoduleFout anderen={ANDERE_ONDERDELEN} />
            <ErrorBoundary
              key={view}
              onderdeel={`het onderdeel ${VIEWS[view].titel}`}
              terug={
                view === 'heatmap' ? undefined : { label: 'Naar de heatmap', actie: () => setView('heatmap') }
              }
            >
              {viewElement}
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
        <FooterLinks klaar={urlSync} onKies={setView} />
      </footer>
    </>
  );
}

function FooterLinks({ klaar, onKies }: { klaar: boolean; onKies(v: ViewId): void }) {
  const state = useAppStoreShallow(selectUrlState);
  const klik = (e: MouseEvent<HTMLAnchorElement>, id: ViewId) => {
    if (!klaar || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onKies(id);
  };
  return (
    <nav aria-label="Over deze website">
      <ul className="footer-links">
        {FOOTER_ORDER.map((id) => (
          <li key={id}>
            <a href={formatUrl({ ...state, view: id, cel: null })} onClick={(e) => klik(e, id)}>
              {VIEWS[id].nav ?? VIEWS[id].titel}
            </a>
          </li>
        ))}
      </ul>
    </nav>
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
