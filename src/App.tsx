import { useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore, type MouseEvent } from 'react';
import { loadCatalog } from './app/bootstrap';
import { voorfilterStoppen } from './app/voorfilterBrug';
import { CopyLinkButton } from './components/CopyLinkButton';
import { ErrorBoundary } from './components/ErrorBoundary';
import { RekenmoduleFout, RekenmoduleStatus } from './components/RekenmoduleStatus';
import { SynthetischBanner } from './components/SynthetischBanner';
import { DatabaseLaden, Foutmelding } from './components/Status';
import { UrlProblems } from './components/UrlProblems';
import { useDbStatus } from './hooks/useDbStatus';
import { useValueAfterPaint } from './hooks/useValueAfterPaint';
import { B, Rijk, useT, vertaal, type Taal } from './i18n';
import { BegripLink } from './views/BegripLink';
import {
  appStore,
  formatUrl,
  isIngebed,
  selectUrlState,
  startUrlSync,
  useAppStore,
  useAppStoreShallow,
  zonderInbedden,
  type ViewId,
} from './store';
import { Drilldown } from './views/Drilldown';
import { VertalingNoot } from './components/KaderTekst';
import { FOOTER_ORDER, NAV_ORDER, VIEWS } from './views/registry';

export const TITEL = B.app.titel.nl;

/** Document title of a view (the prerender writes the Dutch heatmap's into index.html). */
export const documentTitel = (view: ViewId, taal: Taal = 'nl') =>
  vertaal(taal, B.app.documentTitel, { view: vertaal(taal, VIEWS[view].titel) });

/**
 * The app shell. Two ways to start (see start.tsx):
 * - prerendered: the catalog and the home heatmap's results are already in the store and the query
 *   cache, so the first render shows the heatmap (and equals the server markup); DuckDB-WASM loads
 *   meanwhile and the URL is applied right after hydration;
 * - otherwise: wait for DuckDB and the catalog, then apply the URL. If that fails and the page was
 *   prerendered (`voorgerenderdeHeatmap`), link to the prerendered heatmap.
 */
export function App({ voorgerenderdeHeatmap = false }: { voorgerenderdeHeatmap?: boolean }) {
  const catalog = useAppStore((s) => s.catalog);
  const view = useAppStore((s) => s.view);
  // The menu marks the chosen view at once; the view itself renders after that paint, as a transition,
  // so a click on the menu is answered in the next frame however large the view is (#18).
  const getoond = useValueAfterPaint(view);
  const cel = useAppStore((s) => s.cel);
  const setView = useAppStore((s) => s.setView);
  const taal = useAppStore((s) => s.taal);
  const t = useT();
  const db = useDbStatus();
  const [bootFout, setBootFout] = useState<unknown>(null);
  const [poging, setPoging] = useState(0);
  const [urlSync, setUrlSync] = useState(false);
  const ingebed = useAppStore((s) => isIngebed(s.extra));

  // A layout effect: it runs in the commit that takes over a prerendered page, before the browser can
  // deliver a click to the new handlers; a passive effect ran later and then undid that click's change.
  useLayoutEffect(() => {
    let stop: (() => void) | undefined;
    let actief = true;
    const begin = () => {
      // The home filters were answered by the early layer until now; the link holds what it answered.
      voorfilterStoppen();
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
    document.title = documentTitel(view, taal);
  }, [view, taal]);
  useEffect(() => {
    // Only on a change: setting the same `lang` again makes the browser restyle every element.
    if (document.documentElement.lang !== taal) document.documentElement.lang = taal;
  }, [taal]);

  // The entry script set the class from the address; it goes once the address is applied without it.
  useEffect(() => {
    if (ingebed || urlSync) document.documentElement.classList.toggle('inbedden', ingebed);
  }, [ingebed, urlSync]);

  const ViewComponent = VIEWS[getoond].Component;
  // The same element while the view stays, so opening the drill-down or another App-level change
  // does not re-render the view (#4, interaction latency).
  const viewElement = useMemo(() => <ViewComponent />, [ViewComponent]);

  return (
    <>
      {!ingebed && <Kop view={view} urlSync={urlSync} onKies={setView} />}
      {ingebed && <SynthetischBanner />}
      <main
        id="inhoud"
        tabIndex={-1}
        data-rekenmodule={db.stand}
        data-link={urlSync ? 'toegepast' : undefined}
        aria-busy={view !== getoond || undefined}
      >
        {!catalog && !bootFout && <DatabaseLaden />}
        {!catalog && !!bootFout && (
          <Foutmelding
            error={bootFout}
            titel={t(B.app.bootFoutTitel)}
            opnieuw={() => {
              setBootFout(null);
              setPoging((p) => p + 1);
            }}
          />
        )}
        {!catalog && !!bootFout && voorgerenderdeHeatmap && (
          <p>
            <Rijk
              m={B.app.voorgerenderdLink}
              tags={{
                a: (c) => (
                  <a href={taal === 'nl' ? '?weergave=heatmap' : `?weergave=heatmap&taal=${taal}`}>{c}</a>
                ),
              }}
            />
          </p>
        )}
        {catalog && (
          <>
            <UrlProblems />
            <div className="werkbalk">
              <RekenmoduleStatus />
              {ingebed ? <VolledigeWeergave /> : <CopyLinkButton />}
            </div>
            <RekenmoduleFout />
            <VertalingNoot />
            <ErrorBoundary
              key={getoond}
              onderdeel={t(B.app.onderdeelFout, { view: t(VIEWS[getoond].titel) })}
              terug={
                getoond === 'heatmap'
                  ? undefined
                  : { label: t(B.app.naarHeatmap), actie: () => setView('heatmap') }
              }
            >
              {viewElement}
            </ErrorBoundary>
            {cel && (
              <ErrorBoundary
                key={`${cel.aanpak}~${cel.indicator}`}
                onderdeel={t(B.app.celDetailsOnderdeel)}
                terug={{ label: t(B.app.sluiten), actie: () => appStore.getState().closeCel() }}
              >
                <Drilldown cel={cel} />
              </ErrorBoundary>
            )}
          </>
        )}
      </main>
      {!ingebed && (
        <footer className="site-footer">
          <p>{t(B.app.footerBron)}</p>
          <FooterLinks klaar={urlSync} onKies={setView} />
        </footer>
      )}
    </>
  );
}

/** The skip link and the site's header: sender, language switch, title, the notice and the menu. */
function Kop({ view, urlSync, onKies }: { view: ViewId; urlSync: boolean; onKies(v: ViewId): void }) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t(B.app.naarInhoud)}
      </a>
      <header className="site-header">
        <SynthetischBanner />
        <div className="header-balk">
          <p className="afzender">{t(B.app.afzender)}</p>
          <TaalWissel klaar={urlSync} />
        </div>
        <h1>{t(B.app.titel)}</h1>
        <TijdMelding klaar={urlSync} />
        <Nav huidig={view} klaar={urlSync} onKies={onKies} />
      </header>
    </>
  );
}

const geenAbonnement = () => () => undefined;

/** Embed mode: "Bekijk op <site>", the same view on the site itself (the link without `inbedden`). */
function VolledigeWeergave() {
  const state = useAppStoreShallow(selectUrlState);
  const site = useSyncExternalStore(
    geenAbonnement,
    () => window.location.host,
    () => '',
  );
  const t = useT();
  return (
    <p className="inbedden-link">
      <a
        href={formatUrl({ ...state, extra: zonderInbedden(state.extra) })}
        target="_blank"
        rel="noopener"
        aria-describedby="inbedden-link-uitleg"
      >
        {t(B.delen.bekijkOp, { site: site || t(B.delen.ditDashboard) })}
      </a>
      <span id="inbedden-link-uitleg" className="visually-hidden">
        {t(B.delen.volledigeWeergave)}
      </span>
    </p>
  );
}

/**
 * The 2013 notice. On a phone it folds to its first sentence and a "meer" button (only with a script:
 * without one, or on a wide screen, the whole notice shows).
 */
function TijdMelding({ klaar }: { klaar: boolean }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <div className={`tijd-melding${open ? ' open' : ''}`} role="note">
      <p>
        <strong>{t(B.app.tijdMeldingKop)}</strong>{' '}
        <span id="tijd-melding-rest" className="tijd-melding-rest">
          <Rijk
            m={B.app.tijdMelding}
            tags={{
              stj: (c) => (
                <BegripLink id="stj" klaar={klaar}>
                  {c}
                </BegripLink>
              ),
              ggsr: (c) => (
                <BegripLink id="ggsr" klaar={klaar}>
                  {c}
                </BegripLink>
              ),
            }}
          />
        </span>{' '}
        <button
          type="button"
          className="link-knop tijd-melding-meer"
          aria-expanded={open}
          aria-controls="tijd-melding-rest"
          onClick={() => setOpen((o) => !o)}
        >
          {t(open ? B.app.tijdMeldingMinder : B.app.tijdMeldingMeer)}
        </button>
      </p>
    </div>
  );
}

/** Whether a click on a link should stay in the app: a plain left click, once the data is ready. */
const inApp = (e: MouseEvent<HTMLAnchorElement>, klaar: boolean) =>
  klaar && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/**
 * A menu of views: each view's address (the current state in that view), and a click that changes
 * the view in place. Before the data is ready, or with a modifier key, the browser follows the link.
 */
function useViewLinks(klaar: boolean, onKies: (v: ViewId) => void) {
  const state = useAppStoreShallow(selectUrlState);
  return {
    href: (id: ViewId) => formatUrl({ ...state, view: id, cel: null }),
    klik: (e: MouseEvent<HTMLAnchorElement>, id: ViewId) => {
      if (!inApp(e, klaar)) return;
      e.preventDefault();
      onKies(id);
    },
  };
}

function FooterLinks({ klaar, onKies }: { klaar: boolean; onKies(v: ViewId): void }) {
  const { href, klik } = useViewLinks(klaar, onKies);
  const t = useT();
  return (
    <nav aria-label={t(B.app.navFooter)}>
      <ul className="footer-links">
        {FOOTER_ORDER.map((id) => (
          <li key={id}>
            <a href={href(id)} onClick={(e) => klik(e, id)}>
              {t(VIEWS[id].nav ?? VIEWS[id].titel)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Nav({ huidig, klaar, onKies }: { huidig: ViewId; klaar: boolean; onKies(v: ViewId): void }) {
  const { href, klik } = useViewLinks(klaar, onKies);
  const t = useT();
  return (
    <nav aria-label={t(B.app.navOnderdelen)}>
      <ul>
        {NAV_ORDER.map((id) => (
          <li key={id}>
            <a href={href(id)} aria-current={id === huidig ? 'page' : undefined} onClick={(e) => klik(e, id)}>
              {VIEWS[id].nav && t(VIEWS[id].nav)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * "English" / "Nederlands": a real link to the same state in the other language (so it can be opened
 * or copied); a plain click switches in place and keeps every other part of the state.
 */
function TaalWissel({ klaar }: { klaar: boolean }) {
  const state = useAppStoreShallow(selectUrlState);
  const setTaal = useAppStore((s) => s.setTaal);
  const naar: Taal = state.taal === 'nl' ? 'en' : 'nl';
  const klik = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!inApp(e, klaar)) return;
    e.preventDefault();
    setTaal(naar);
  };
  return (
    <p className="taal-wissel">
      <a href={formatUrl({ ...state, taal: naar })} hrefLang={naar} lang={naar} onClick={klik}>
        {naar === 'en' ? 'English' : 'Nederlands'}
      </a>
    </p>
  );
}
