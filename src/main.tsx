/**
 * Entry script, kept small: it runs as soon as it arrives (`async` in the head, see
 * scripts/prerender/html.ts). A shared link to a view that was prerendered goes to that page at once
 * (src/app/routes.ts); otherwise the app (src/start.tsx) downloads while the document is parsed, and
 * starts once it has been (#14: the home filters answer sooner).
 */
import { doorverwijzing, leesRoutes, ROUTES_ID, zoektInbedden } from './app/routes';
import './styles.css';

// Marks that scripts run (styles.css shows the loading line only then).
document.documentElement.classList.add('js');
// Embed mode: the header and footer of a prerendered page stay hidden until the app takes over.
if (zoektInbedden(window.location.search)) document.documentElement.classList.add('inbedden');

const doel = doorverwijzing(
  window.location.search,
  window.location.hash,
  leesRoutes(document.getElementById(ROUTES_ID)?.textContent),
);

if (doel) window.location.replace(new URL(doel, document.baseURI).href);
else {
  const app = import('./start');
  const start = () => void app.then((m) => m.start());
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
