/**
 * Entry script, kept small: it runs as soon as it arrives (`async` in the head, see
 * scripts/prerender/html.ts). A shared link to a prerendered view has already left for its page (the
 * head's inline script, src/vooraf.ts); otherwise the app (src/start.tsx), preloaded by index.html,
 * starts once the document has been parsed (#14: the home filters answer sooner).
 */
import { voorbereiden } from './app/vooraf';
import { voorfilterStarten } from './app/voorfilter';
import './styles.css';

// With a page to go to, the inline script in the head is already going there: nothing to start.
if (!voorbereiden()) {
  // The home filters answer on the prerendered view until the app has taken over.
  voorfilterStarten();
  const app = import('./start');
  const start = () => void app.then((m) => m.start());
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
