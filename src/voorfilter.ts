/**
 * The second inline script of index.html's head (#14), after src/vooraf.ts: it starts the early layer
 * of the home view (src/app/voorfilter.ts), so the filters answer as soon as the form is parsed, and
 * leaves its handle for the app (src/app/voorfilterBrug.ts). The build bundles it into a classic
 * script and allows it in the CSP by its sha256 hash (scripts/prerender/vooraf.ts).
 */
import {
  voorfilterLoslaten,
  voorfilterOvername,
  voorfilterStarten,
  voorfilterStoppen,
} from './app/voorfilter';
import { voorfilterAanbieden } from './app/voorfilterBrug';

if (voorfilterStarten())
  voorfilterAanbieden({
    overname: voorfilterOvername,
    stoppen: voorfilterStoppen,
    loslaten: voorfilterLoslaten,
  });
