/**
 * Prerendered pages ("voorberekende pagina's", #14). Every view whose result can be known at build time
 * is rendered into its own static page, `v/<naam>.html`. A shared link keeps the query-string form
 * (`?weergave=indicator&indicator=A9`); index.html carries a small table from such links to their page
 * (the `routes` data block), and the head's inline script (src/vooraf.ts) goes there before the body
 * is parsed.
 *
 * Pure module: used by the inline script, the entry script, the prerender and the tests.
 */

/** id of the JSON data block in the head of index.html: `{ [sleutel]: "v/naam.html" }`. */
export const ROUTES_ID = 'routes';

/** Folder of the prerendered pages, beside index.html. */
export const PAGINA_MAP = 'v';

/**
 * Params a page is not rendered for: `taal` (every page is rendered in Dutch; the language switches after
 * hydration, as on the home page) and `inbedden` (embed mode hides the header after hydration; until then
 * the `inbedden` class that the head's inline script sets on `<html>` hides it, see styles.css).
 */
const NA_HYDRATIE = new Set(['taal', 'inbedden']);

/** Whether a search string asks for embed mode (`inbedden=1`, src/store/inbedden.ts). */
export function zoektInbedden(search: string): boolean {
  return new URLSearchParams(search).getAll('inbedden').some((v) => v.trim() === '1');
}

/**
 * The key of a search string: its parameters without those of `NA_HYDRATIE` and without empty values,
 * sorted. Two links that name the same state in another order get the same key.
 */
export function staatSleutel(search: string): string {
  const params = new URLSearchParams(search);
  const paren: [string, string][] = [];
  params.forEach((v, k) => {
    if (!NA_HYDRATIE.has(k) && v.trim() !== '') paren.push([k, v.trim()]);
  });
  paren.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return paren.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/** The routes block read back; an empty table when it is missing or not what the build writes. */
export function leesRoutes(text: string | null | undefined): ReadonlyMap<string, string> {
  if (!text) return new Map();
  try {
    const json: unknown = JSON.parse(text);
    if (!json || typeof json !== 'object' || Array.isArray(json)) return new Map();
    const paginaNaam = new RegExp(`^${PAGINA_MAP}/[a-z0-9-]+\\.html$`);
    return new Map(
      Object.entries(json as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && paginaNaam.test(e[1]),
      ),
    );
  } catch {
    return new Map();
  }
}

/**
 * Where a link should go instead: the prerendered page of its state, keeping the whole query string
 * (so `taal=en` and the rest still apply) and the fragment; null to stay. `search` and `hash` as in
 * `location`.
 */
export function doorverwijzing(
  search: string,
  hash: string,
  routes: ReadonlyMap<string, string>,
): string | null {
  const sleutel = staatSleutel(search);
  if (sleutel === '' || sleutel === 'weergave=heatmap') return null;
  const pagina = routes.get(sleutel);
  return pagina ? `${pagina}${search}${hash}` : null;
}

/**
 * The file name of a page: readable and lower case, from the key (the view first). `bezet` holds the
 * names given so far; a name already taken gets a number, so two keys never share a file.
 */
export function paginaNaam(sleutel: string, bezet: ReadonlySet<string> = new Set()): string {
  const params = new URLSearchParams(sleutel);
  const delen = [params.get('weergave') ?? 'heatmap'];
  params.forEach((v, k) => {
    if (k !== 'weergave') delen.push(k, v);
  });
  const basis =
    delen
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'pagina';
  let naam = `${PAGINA_MAP}/${basis}.html`;
  for (let n = 2; bezet.has(naam); n++) naam = `${PAGINA_MAP}/${basis}-${n}.html`;
  return naam;
}
