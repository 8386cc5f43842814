/**
 * The head's inline script (#14), before the body: a shared link to a prerendered view goes to its
 * page at once, without an extra history entry. The build bundles this file into a small classic
 * script and allows it in the CSP by its sha256 hash (scripts/prerender/vooraf.ts).
 */
import { voorbereiden } from './app/vooraf';

const doel = voorbereiden();
if (doel) window.location.replace(doel);
