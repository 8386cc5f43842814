import { formatUrl, parseUrl } from './url';
import { selectUrlState, type AppStore } from './store';
import { knownIds } from './types';

/**
 * Apply the current URL to the store, make the address bar canonical (replaceState), then keep
 * them in sync: user changes pushState, back/forward (popstate) restore. Returns a stop function.
 */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  const apply = () => {
    const { state, problems } = parseUrl(win.location.search, knownIds(store.getState().catalog));
    store.getState().applyUrlState(state, problems);
  };
  // A prerendered page (v/….html, src/app/routes.ts) has <base href="../">: its links and this URL
  // are those of the app's own address, so a reload or a shared link works as anywhere else.
  const pad = () => {
    const base = win.document?.baseURI;
    return base ? new URL(base).pathname : win.location.pathname;
  };
  const urlFor = (search: string) => `${pad()}${search}${win.location.hash}`;

  apply();
  let last = formatUrl(selectUrlState(store.getState()));
  const nu = `${win.location.pathname}${win.location.search}${win.location.hash}`;
  if (urlFor(last) !== nu) win.history.replaceState(win.history.state, '', urlFor(last));

  let restoring = false;
  const unsubscribe = store.subscribe((s) => {
    const next = formatUrl(selectUrlState(s));
    if (next === last) return;
    last = next;
    if (restoring) win.history.replaceState(win.history.state, '', urlFor(next));
    else win.history.pushState(null, '', urlFor(next));
  });
  const onPopState = () => {
    restoring = true;
    try {
      apply();
    } finally {
      restoring = false;
    }
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
