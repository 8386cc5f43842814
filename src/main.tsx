/**
 * Entry script, kept small: it runs as soon as it arrives (`async` in the head, see
 * scripts/prerender/html.ts). A shared link to a prerendered view has already left for its page (the
 * head's inline script, src/vooraf.ts); otherwise the app (src/start.tsx), preloaded by index.html,
 * starts once the document has been parsed, or, on the plain home view, where the early layer (the
 * head's second inline script, src/voorfilter.ts) answers the filters, once the page has loaded
 * (#14: the home filters answer sooner).
 */
import { naLaden } from './app/naLaden';
import { voorbereiden } from './app/vooraf';
import { voorfilterGestart } from './app/voorfilterBrug';
import './styles.css';

// With a page to go to, the inline script in the head is already going there: nothing to start.
if (!voorbereiden()) {
  if (voorfilterGestart()) {
    // The home filters answer on the prerendered view (src/app/voorfilter.ts): the app's code (a long
    // task on a slow phone: its modules run, then React hydrates) starts a second after the page has
    // loaded, when the browser is idle, so it does not hold up the reader's first clicks; its modules
    // are preloaded meanwhile (#14).
    const start = () => void import('./start').then((m) => m.start());
    naLaden(() =>
      'requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 1000 }) : start(),
    );
  } else {
    const app = import('./start');
    const start = () => void app.then((m) => m.start());
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  }
}
