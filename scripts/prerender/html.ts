/** Pure string work of the prerender: put the rendered home view into the built index.html. */
import { createHash } from 'node:crypto';

export interface Voorgerenderd {
  /** Markup for inside #root (react-dom/server). */
  readonly html: string;
  /** JSON for the data block, already escaped (`seedJson`: no `<` in it). */
  readonly json: string;
  /** Document title of the home view. */
  readonly titel: string;
}

const ROOT = '<div id="root"></div>';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Problems that would break the page under its CSP (script-src 'self', style-src 'self') or end the
 * JSON block early. Empty when the prerender is safe to write.
 */
export function cspProblemen(v: Voorgerenderd): string[] {
  const p: string[] = [];
  if (/<script/i.test(v.html)) p.push('the markup contains a <script> element');
  if (/<style/i.test(v.html)) p.push('the markup contains a <style> element (blocked by style-src)');
  if (/\sstyle="/i.test(v.html)) p.push('the markup has style attributes (blocked by style-src)');
  if (/\son[a-z]+="/i.test(v.html)) p.push('the markup has inline event handlers (blocked by script-src)');
  if (v.json.includes('<')) p.push('the JSON data block contains "<" (must be escaped as \\u003c)');
  return p;
}

/**
 * index.html with the markup in `#root`, the data block right after it, and the home view's title.
 * Throws when index.html has no (or more than one) empty #root, or when `cspProblemen` finds any.
 */
export function metVoorgerenderd(indexHtml: string, v: Voorgerenderd, id: string): string {
  const problemen = cspProblemen(v);
  if (problemen.length) throw new Error(`prerender: ${problemen.join('; ')}`);
  const at = indexHtml.indexOf(ROOT);
  if (at < 0 || indexHtml.indexOf(ROOT, at + 1) >= 0) {
    throw new Error(`prerender: index.html must contain exactly one empty ${ROOT}`);
  }
  if (indexHtml.includes(`id="${id}"`)) throw new Error(`prerender: index.html already has #${id}`);
  // The data block comes first: the home view's early layer (src/app/voorfilter.ts) answers the form
  // with it as soon as the form is parsed, before the rest of the table.
  const blok =
    `<script type="application/json" id="${id}">${v.json}</script>\n` + `    <div id="root">${v.html}</div>`;
  const html = (indexHtml.slice(0, at) + blok + indexHtml.slice(at + ROOT.length)).replace(
    /<title>[^<]*<\/title>/,
    `<title>${escapeText(v.titel)}</title>`,
  );
  return scriptsNaInhoud(html);
}

const MODULE_SCRIPT = /<script type="module"([^>]*)><\/script>/;
const PRELOADS = /\s*(<link rel="modulepreload"[^>]*>)/g;

/**
 * The app's entry script stays in the head and becomes `async`: it is small (src/main.tsx) and runs as
 * soon as it arrives; the app itself starts once the document is parsed. modulepreload links that Vite
 * put in the head move to the end of the body (#4); the app's own are added by `metModulepreloads`.
 */
export function scriptsNaInhoud(html: string): string {
  const headEind = html.indexOf('</head>');
  let head = html.slice(0, headEind);
  const preloads = [...head.matchAll(PRELOADS)].map((m) => m[1] ?? '');
  head = head
    .replace(PRELOADS, '')
    .replace(MODULE_SCRIPT, (tag, attrs: string) =>
      /\basync\b/.test(attrs) ? tag : `<script type="module" async${attrs}></script>`,
    );
  const zonder = head + html.slice(headEind);
  if (!preloads.length) return zonder;
  const eind = zonder.lastIndexOf('</body>');
  if (eind < 0) throw new Error('prerender: index.html has no </body>');
  return `${zonder.slice(0, eind)}  ${preloads.join('\n    ')}\n  ${zonder.slice(eind)}`;
}

/**
 * A data block in the head, right before the entry script (which reads it as it starts): the routes
 * of src/app/routes.ts. `json` must hold no "<".
 */
export function metHeadBlok(html: string, id: string, json: string): string {
  if (json.includes('<')) throw new Error(`prerender: the #${id} block contains "<"`);
  const at = html.search(MODULE_SCRIPT);
  if (at < 0 || at > html.indexOf('</head>')) throw new Error('prerender: no module script in the head');
  return `${html.slice(0, at)}<script type="application/json" id="${id}">${json}</script>\n    ${html.slice(at)}`;
}

/**
 * A prerendered page one folder down (v/….html): `<base href="../">` first in the head, so its
 * assets, data and links resolve as they do from index.html.
 */
export function alsPagina(html: string): string {
  const at = html.indexOf('<head>');
  if (at < 0) throw new Error('prerender: index.html has no <head>');
  const na = at + '<head>'.length;
  return `${html.slice(0, na)}\n    <base href="../" />${html.slice(na)}`;
}

/** Links for readers without JavaScript, placed in the `<noscript>` of index.html. */
export function metNoscriptLinks(html: string, links: readonly { href: string; tekst: string }[]): string {
  const eind = html.indexOf('</noscript>');
  if (eind < 0 || !links.length) return html;
  const items = links
    .map((l) => `<li><a href="${escapeText(l.href).replace(/"/g, '&quot;')}">${escapeText(l.tekst)}</a></li>`)
    .join('');
  return `${html.slice(0, eind)}<ul class="noscript-links">${items}</ul>\n    ${html.slice(eind)}`;
}

const STYLESHEET = /<link rel="stylesheet"[^>]*?href="([^"]+)"[^>]*>/g;
// Vite writes the quotes of the CSP meta as &#39;.
const CSP_META = /(<meta http-equiv="Content-Security-Policy" content="[^"]*?style-src (&#39;|')self\2)/;

/**
 * Inlines the page's stylesheets (`<link rel="stylesheet">` in the head) as `<style>` elements, so the
 * first paint does not wait for another round trip (#4: "critical CSS is inline"), and allows exactly
 * these styles in the CSP by their sha256 hash (style-src stays closed to any other inline style).
 * `lees(href)` returns the stylesheet's text. Throws when a stylesheet could end its `<style>` early,
 * or when the page has no CSP with a `style-src 'self'` to extend.
 */
export function cssInline(html: string, lees: (href: string) => string): string {
  const head = html.slice(0, html.indexOf('</head>'));
  const links = [...head.matchAll(STYLESHEET)];
  if (!links.length) return html;
  if (!CSP_META.test(head)) throw new Error("prerender: index.html has no CSP with style-src 'self'");
  const q = head.match(CSP_META)?.[2] ?? "'";
  const hashes: string[] = [];
  let nieuw = head;
  for (const [tag, href = ''] of links) {
    const css = lees(href);
    if (/<\/style/i.test(css)) throw new Error(`prerender: ${href} contains "</style"`);
    hashes.push(`${q}sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}${q}`);
    nieuw = nieuw.replace(tag, () => `<style>${css}</style>`);
  }
  nieuw = nieuw.replace(CSP_META, (m) => `${m} ${hashes.join(' ')}`);
  return nieuw + html.slice(head.length);
}

const DRILLDOWN = '<dialog class="drilldown"';

/**
 * A prerendered drill-down page shows its dialog open, so the bevinding reads before (and without)
 * the app's script; src/views/Drilldown.tsx makes it modal once the app runs. Other markup is unchanged.
 */
export function metOpenDrilldown(html: string): string {
  return html.replace(DRILLDOWN, `<dialog open="" class="drilldown"`);
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');
// The script-src directive of the CSP meta, up to its end; group 2 is the quote as Vite writes it.
const SCRIPT_SRC =
  /(<meta http-equiv="Content-Security-Policy" content="[^"]*?script-src (&#39;|')self\2(?:&#39;|[^;"])*)/;

/**
 * The head's inline script (src/vooraf.ts, bundled) right before the entry script, after the routes
 * block it reads, allowed in the CSP by its sha256 hash: script-src stays closed to any other inline
 * script. Throws when the code could end its `<script>` early, or the page has no CSP with a
 * `script-src 'self'` to extend or no module script in the head.
 */
export function metVooraf(html: string, code: string): string {
  if (/<\/script|<!--/i.test(code))
    throw new Error('prerender: the inline script contains "</script" or "<!--"');
  const head = html.slice(0, html.indexOf('</head>'));
  const q = head.match(SCRIPT_SRC)?.[2];
  if (!q) throw new Error("prerender: index.html has no CSP with script-src 'self'");
  const at = head.search(MODULE_SCRIPT);
  if (at < 0) throw new Error('prerender: no module script in the head');
  const nieuw = `${head.slice(0, at)}<script>${code}</script>\n    ${head.slice(at)}`.replace(
    SCRIPT_SRC,
    (m) => `${m} ${q}sha256-${sha256(code)}${q}`,
  );
  return nieuw + html.slice(head.length);
}

/**
 * `<link rel="modulepreload">` for the app's modules (`hrefs`, as the entry script names them), at the
 * end of the body, after the prerendered view: fetched when the parser gets there rather than after
 * the entry script has run (#14: the first home filter answers sooner); in the head they would count
 * before the view's content, over its 150 KiB budget (#4).
 */
export function metModulepreloads(html: string, hrefs: readonly string[]): string {
  const eind = html.lastIndexOf('</body>');
  if (eind < 0) throw new Error('prerender: index.html has no </body>');
  if (!hrefs.length) return html;
  const links = hrefs.map(
    (h) => `<link rel="modulepreload" crossorigin href="${h.replace(/"/g, '&quot;')}">`,
  );
  return `${html.slice(0, eind)}  ${links.join('\n    ')}\n  ${html.slice(eind)}`;
}

/**
 * Inline scripts of a finished page that its CSP would block (or that would run unchecked): every
 * `<script>` without `src` must be a JSON data block or have its sha256 in script-src. Empty when
 * the page is safe to write.
 */
export function inlineScriptProblemen(html: string): string[] {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
    .exec(html)?.[1]
    ?.replace(/&#39;/g, "'");
  const scriptSrc = /script-src ([^;]*)/.exec(csp ?? '')?.[1]?.split(/\s+/) ?? [];
  const p: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc=/.test(attrs) || /\stype="application\/json"/.test(attrs)) continue;
    if (!scriptSrc.includes(`'sha256-${sha256(body)}'`))
      p.push(`an inline script whose hash is not in script-src: ${body.slice(0, 60)}`);
  }
  return p;
}
