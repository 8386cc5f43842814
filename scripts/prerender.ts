/**
 * Build-time prerender of the home view (issue #4, "Fast for every reader").
 *
 *   tsx scripts/prerender.ts --dist DIR --ssr FILE
 *
 * DIR is a client build (`vite build`), FILE the server build of src/entry-prerender.tsx
 * (`vite build --ssr src/entry-prerender.tsx`). Runs the home view's query builders on DuckDB in
 * Node (@duckdb/node-api) with DIR/data/*.arrow, renders the app with react-dom/server and writes the
 * markup and the results into DIR/index.html. `npm run build` (scripts/build.ts) does all three steps.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { queryKey, type Query } from '../src/db/query';
import { PAGINA_MAP } from '../src/app/routes';
import { openNodeDb } from './lib/nodeDb';
import {
  alsPagina,
  cssInline,
  inlineScriptProblemen,
  metHeadBlok,
  metModulepreloads,
  metNoscriptLinks,
  metOpenDrilldown,
  metVoorgerenderd,
  metVooraf,
  type Voorgerenderd,
} from './prerender/html';
import { leesManifest, moduleBestanden } from './prerender/manifest';
import { bundelVooraf, VOORFILTER_ENTRY } from './prerender/vooraf';

type Rijen = readonly Record<string, unknown>[];
type Resultaat = readonly [string, Rijen];

/** What the server build of src/entry-prerender.tsx exports. */
interface PrerenderEntry {
  VOORGERENDERD_ID: string;
  laadWeergaven(): Promise<void>;
  /** The home view's queries, given the results so far (the list is final once the catalog ran). */
  voorgerenderdeQueries(rows?: readonly (readonly Record<string, unknown>[])[]): Query<unknown>[];
  render(rows: readonly (readonly Record<string, unknown>[])[], synthetisch?: boolean): Voorgerenderd;
  voorberekendePaginas(
    catalog: { gemeenten: unknown[]; aanpakken: unknown[] },
    bronnen: readonly string[],
  ): string[];
  renderPagina(
    zoek: string,
    resultaten: readonly Resultaat[],
    synthetisch?: boolean,
  ): Voorgerenderd & { ontbreekt: readonly Query<unknown>[] };
  staatSleutel(search: string): string;
  paginaNaam(sleutel: string, bezet: ReadonlySet<string>): string;
  ROUTES_ID: string;
  voorberekendeDownloads(): Query<unknown>[];
  RESULTAAT_MAP: string;
  resultaatBestand(key: string): string;
  resultaatJson(key: string, rows: Rijen): string;
  sleutelHash(key: string): string;
}

export interface PrerenderResultaat {
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly cellen: number;
  /** Prerendered pages of other views (v/….html). */
  readonly paginas: number;
  /** The largest page's gzip size. */
  readonly grootstePaginaGzip: number;
}

/** The text of the first <h2> of some markup, for a link to its page. */
function kop(html: string): string {
  const m = html.match(/<h2[^>]*>([\s\S]*?)<\/h2>/);
  return (m?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The source documents whose text the site ships (`bronnen` with `tekst` in data/manifest.json). */
function bronnenMetTekst(dataDir: string): string[] {
  const m = JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as {
    bronnen?: { bestand?: unknown; tekst?: unknown }[];
  };
  return (m.bronnen ?? [])
    .filter((b) => typeof b.bestand === 'string' && typeof b.tekst === 'string')
    .map((b) => b.bestand as string);
}

export async function prerender(opts: { dist: string; ssrEntry: string }): Promise<PrerenderResultaat> {
  const entry = (await import(pathToFileURL(path.resolve(opts.ssrEntry)).href)) as PrerenderEntry;
  await entry.laadWeergaven();
  const db = await openNodeDb(path.join(opts.dist, 'data'));
  const synthetisch = db.manifest.synthetisch;
  const template = readFileSync(path.join(opts.dist, 'index.html'), 'utf8');
  const css = (href: string) => readFileSync(path.join(opts.dist, href), 'utf8');
  // Every page: the head's inline script (a shared link leaves index.html at once), then the stylesheet
  // inline. index.html also has the early layer inline (its filters answer as soon as the form is
  // parsed) and preloads the app's modules (a view page does not: there they would count in the bytes
  // before its content, up to 161 KiB for Open data). Written only when no inline script would be blocked.
  const vooraf = await bundelVooraf();
  const voorfilter = await bundelVooraf(VOORFILTER_ENTRY);
  const preloads = moduleBestanden(leesManifest(opts.dist));
  const afwerken = (html: string, home: boolean) => {
    const af = cssInline(
      home
        ? metModulepreloads(metVooraf(metVooraf(html, vooraf), voorfilter), preloads)
        : metVooraf(html, vooraf),
      css,
    );
    const problemen = inlineScriptProblemen(af);
    if (problemen.length) throw new Error(`prerender: ${problemen.join('; ')}`);
    return af;
  };
  // Every result is computed once on DuckDB in Node and shared by all pages that show it.
  const gedaan = new Map<string, Rijen>();
  const draai = async (q: Query<unknown>): Promise<Rijen> => {
    const key = queryKey(q);
    let rijen = gedaan.get(key);
    if (!rijen) {
      rijen = (await db.run(q)) as Record<string, unknown>[];
      gedaan.set(key, rijen);
    }
    return rijen;
  };
  let v: Voorgerenderd;
  const routes: Record<string, string> = {};
  const links: { href: string; tekst: string }[] = [];
  let grootste = 0;
  try {
    const rows: Rijen[] = [];
    for (
      let qs = entry.voorgerenderdeQueries();
      rows.length < qs.length;
      qs = entry.voorgerenderdeQueries(rows)
    ) {
      const q = qs[rows.length] as Query<unknown>;
      // index.html carries marks only: a text part could be megabytes at national scale.
      if (q.teksten !== undefined) throw new Error('prerender: a home-view query reads text parts');
      rows.push(await draai(q));
    }
    v = entry.render(rows, synthetisch);
    const catalogRijen = rows.slice(0, 2);
    const catalogKeys = entry.voorgerenderdeQueries().slice(0, 2).map(queryKey);
    const catalog = { gemeenten: [...(rows[0] ?? [])], aanpakken: [...(rows[1] ?? [])] };
    mkdirSync(path.join(opts.dist, PAGINA_MAP), { recursive: true });
    const bronnen = bronnenMetTekst(path.join(opts.dist, 'data'));
    for (const zoek of entry.voorberekendePaginas(catalog, bronnen)) {
      const resultaten = new Map<string, Rijen>(
        catalogKeys.map((k, i) => [k, catalogRijen[i] ?? []] as const),
      );
      let p = entry.renderPagina(zoek, [...resultaten], synthetisch);
      for (let ronde = 0; p.ontbreekt.length; ronde++) {
        if (ronde === 8) throw new Error(`prerender ${zoek}: the queries do not settle after 8 renders`);
        for (const q of p.ontbreekt) resultaten.set(queryKey(q), await draai(q));
        p = entry.renderPagina(zoek, [...resultaten], synthetisch);
      }
      const sleutel = entry.staatSleutel(zoek);
      if (routes[sleutel]) throw new Error(`prerender: two pages for ${sleutel}`);
      const naam = entry.paginaNaam(sleutel, new Set(Object.values(routes)));
      routes[sleutel] = naam;
      let html: string;
      try {
        const v = { ...p, html: metOpenDrilldown(p.html) };
        html = afwerken(alsPagina(metVoorgerenderd(template, v, entry.VOORGERENDERD_ID)), false);
      } catch (e) {
        throw new Error(`${zoek}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
      writeFileSync(path.join(opts.dist, naam), html);
      grootste = Math.max(grootste, gzipSync(html).length);
      if (!zoek.includes('cel=')) links.push({ href: naam, tekst: kop(p.html) || p.titel });
    }
    for (const q of entry.voorberekendeDownloads()) await draai(q);
  } finally {
    await db.close();
  }
  // Every result, one file each, for moving between views inside the app before DuckDB is ready.
  mkdirSync(path.join(opts.dist, entry.RESULTAAT_MAP), { recursive: true });
  const hashes = new Map<string, string>();
  for (const [key, rijen] of gedaan) {
    const h = entry.sleutelHash(key);
    if (hashes.has(h) && hashes.get(h) !== key) throw new Error(`prerender: two queries hash to ${h}`);
    hashes.set(h, key);
    writeFileSync(path.join(opts.dist, entry.resultaatBestand(key)), entry.resultaatJson(key, rijen));
  }
  writeFileSync(
    path.join(opts.dist, entry.RESULTAAT_MAP, 'index.json'),
    JSON.stringify([...hashes.keys()].sort()),
  );
  const file = path.join(opts.dist, 'index.html');
  const routesJson = JSON.stringify(routes).replace(/</g, '\\u003c');
  const html = afwerken(
    metNoscriptLinks(
      metHeadBlok(metVoorgerenderd(template, v, entry.VOORGERENDERD_ID), entry.ROUTES_ID, routesJson),
      links,
    ),
    true,
  );
  writeFileSync(file, html);
  return {
    bytes: Buffer.byteLength(html),
    gzipBytes: gzipSync(html).length,
    cellen: (v.html.match(/<button[^>]* data-oordeel="/g) ?? []).length,
    paginas: Object.keys(routes).length,
    grootstePaginaGzip: grootste,
  };
}

function arg(name: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (!v) {
    console.error('usage: tsx scripts/prerender.ts --dist DIR --ssr FILE');
    process.exit(2);
  }
  return v;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  prerender({ dist: arg('--dist'), ssrEntry: arg('--ssr') }).then(
    (r) =>
      console.log(
        `prerender: ${r.cellen} cells, index.html ${r.bytes} bytes (${r.gzipBytes} gzip); ${r.paginas} pages, largest ${r.grootstePaginaGzip} bytes gzip`,
      ),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
