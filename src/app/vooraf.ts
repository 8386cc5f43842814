/**
 * What runs before the body is parsed (#14): the head's inline script (src/vooraf.ts, bundled at
 * build by scripts/prerender/vooraf.ts) and, again, the entry script (src/main.tsx; on the dev server
 * it is the only one).
 */
import { doorverwijzing, leesRoutes, ROUTES_ID, zoektInbedden } from './routes';

/**
 * Marks on `<html>` that scripts run (`js`: styles.css shows the loading line only then) and, for
 * `inbedden=1`, embed mode (the header and footer stay hidden until the app takes over). Returns the
 * absolute address of the prerendered page of this link (src/app/routes.ts), or null to stay.
 */
export function voorbereiden(): string | null {
  const html = document.documentElement;
  html.classList.add('js');
  if (zoektInbedden(window.location.search)) html.classList.add('inbedden');
  const doel = doorverwijzing(
    window.location.search,
    window.location.hash,
    leesRoutes(document.getElementById(ROUTES_ID)?.textContent),
  );
  return doel === null ? null : new URL(doel, document.baseURI).href;
}
