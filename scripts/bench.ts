/**
 * `npm run bench`: a benchmark that reports (it asserts nothing). Builds the site into bench/.dist,
 * serves it locally with gzip (as static hosts do), and measures in Debian's Chromium through
 * playwright-core, throttled through CDP (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower,
 * cache disabled), over several runs:
 *   - time until every heatmap cell (`[data-oordeel]`, not the small-screen list) is in the DOM, paired with a static page holding
 *     only the same table and no script (ratio app/static);
 *   - bytes transferred before the full heatmap; LCP and CLS;
 *   - time until DuckDB-WASM is ready and the bytes it cost;
 *   - interaction latency, once DuckDB is ready, for a filter change, a sort, a zoom (national data),
 *     a drill-down and a table search: the Event Timing duration of the interaction (input to next
 *     paint, as INP counts it), and, for information, the time from the input to the updated result;
 *   - memory after the walk: JS heap, and the RSS of the renderer process (includes the WASM memory).
 * Writes bench/results/<name>.json and .md, and the table into README.md between the bench markers.
 *
 *   tsx scripts/bench.ts [--runs N] [--pairs N] [--no-build] [--data DIR] [--engines LIST]
 *
 * `--pairs N` (default 20) adds N first-view pairs (app and static page, no interactions) to the
 * time-to-heatmap figures and the ratio.
 *
 * Then the first search on Bevindingen, once DuckDB is ready, for a selective and a common term
 * (scripts/bench/zoeken.ts): ms to the result and bytes fetched for it. `--alleen-zoeken` measures only
 * that (results `<name>-zoeken`, README untouched).
 *
 * Last, unthrottled, DuckDB ready per browser engine (scripts/engines-ready.ts): `--engines` lists them
 * (default chromium,firefox,webkit; `none` skips it), min(runs, 3) cold loads each.
 *
 * `--data DIR` builds the site from another data folder (e.g. `npm run synth`'s output) into
 * bench/.dist-<name>; the results are then named after the dataset (`synth`), never `latest`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { leesRoutes } from '../src/app/routes';
import { schrijfRapport, statistiek } from './bench/rapport';
import { meetWeergaven, weergaven, type GemetenPagina } from './bench/weergaven';
import { meetZoeken } from './bench/zoeken';
import { serve } from './bench/server';
import {
  eersteBeeld,
  interaction,
  klikOp,
  read,
  rekenmoduleKlaar,
  rendererRss,
  throttledPage,
  type Arg,
  type Bench,
} from './bench/pagina';
import { CPU_RATE } from './lib/throttle';
import { ENGINES, type EngineName } from '../test/engines';
import { meetEnginesKlaar } from './engines-ready';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => process.argv.indexOf(name);
const argValue = (name: string) => (arg(name) >= 0 ? process.argv[arg(name) + 1] : undefined);
/** A whole number of at least `min` from the command line, else a message that names the option. */
function aantal(name: string, standaard: number, min: number): number {
  const v = argValue(name);
  const n = Number(v ?? standaard);
  if (!Number.isInteger(n) || n < min) {
    console.error(`bench: invalid ${name}: ${String(v)} (a whole number, at least ${min})`);
    process.exit(2);
  }
  return n;
}
const runs = aantal('--runs', 5, 1);
const alleenZoeken = arg('--alleen-zoeken') >= 0;
/** First-view pairs on top of the full runs: one pair per run gives a noisy ratio (0.8 to 2.7). */
const pairs = alleenZoeken ? 0 : aantal('--pairs', 20, 0);
const engines = (alleenZoeken ? 'none' : (argValue('--engines') ?? ENGINES.join(',')))
  .split(',')
  .filter((e) => e !== 'none' && e !== '') as EngineName[];
const dataDir = argValue('--data') ? path.resolve(argValue('--data') as string) : null;
const synthetisch =
  dataDir !== null &&
  (JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as { synthetisch?: boolean })
    .synthetisch === true;
/** Results and README block: `latest` for the real data, `synth` for the synthetic set. */
const dataNaam = dataDir === null ? 'latest' : synthetisch ? 'synth' : 'other';
const naam = alleenZoeken ? `${dataNaam}-zoeken` : dataNaam;
const dist = path.join(root, dataDir === null ? 'bench/.dist' : `bench/.dist-${dataNaam}`);

/**
 * The static comparison page: the prerendered heatmap table of the built index.html (the same data, the
 * same markup) with the app's stylesheet (inline, as in the app), and no script. Returns the number of
 * cells in it.
 */
function writeStaticPage(): number {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const css = (html.match(/<style>[\s\S]*?<\/style>|<link rel="stylesheet"[^>]*>/g) ?? []).join('');
  const start = html.search(/<table class="heatmap/);
  const end = html.indexOf('</table>', start);
  if (start < 0 || end < 0) throw new Error(`no prerendered heatmap table in ${dist}/index.html`);
  const table = html.slice(start, end + '</table>'.length);
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Heatmap (statisch)</title>${css}</head><body><main><h1>Heatmap</h1>${table}</main></body></html>`;
  writeFileSync(path.join(dist, 'bench-static.html'), page);
  // The bare page of #14's outside check: the same table, no stylesheet, no script.
  const kaal = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Heatmap (kaal)</title></head><body>${table}</body></html>`;
  writeFileSync(path.join(dist, 'bench-kaal.html'), kaal);
  return (table.match(/data-oordeel="|data-totaal="/g) ?? []).length;
}

/** "real (4 gemeenten, 7 aanpakken, 210 oordelen)" from the built data's manifest. */
function datasetLabel(): string {
  const m = JSON.parse(readFileSync(path.join(dist, 'data/manifest.json'), 'utf8')) as {
    bestanden: { name: string; rows: number }[];
  };
  const rows = (t: string) => m.bestanden.find((f) => f.name === `${t}.arrow`)?.rows ?? '?';
  return `${synthetisch ? 'SYNTHETIC' : 'real'} data (${rows('gemeenten')} gemeenten, ${rows('aanpakken')} aanpakken, ${rows('oordelen')} oordelen)`;
}

async function main() {
  if (arg('--no-build') < 0)
    execFileSync('npx', ['tsx', 'scripts/build.ts', '--outDir', dist], {
      cwd: root,
      stdio: 'inherit',
      env: dataDir === null ? process.env : { ...process.env, GGSR_DATA_DIR: dataDir },
    });
  const expected = writeStaticPage();
  const { server, url } = await serve(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--enable-precise-memory-info',
    ],
  });
  const m: Record<string, number[]> = {};
  const add = (k: string, v: number | null | undefined) => {
    if (v !== null && v !== undefined && Number.isFinite(v)) (m[k] ??= []).push(v);
  };
  const gemeten = async (): Promise<GemetenPagina> => {
    const p = await throttledPage(browser, expected);
    return { page: p.page, bytesSoFar: p.bytesSoFar, close: () => p.context.close() };
  };
  try {
    for (let i = 0; i < (alleenZoeken ? 0 : runs); i++) {
      // Static page first, then the app, pair by pair.
      const statisch = await eersteBeeld(browser, `${url}bench-static.html`, expected);

      const a = await throttledPage(browser, expected);
      await a.page.goto(url);
      await a.page.waitForFunction(
        () => (window as unknown as { __bench: Bench }).__bench.heatmap !== null,
        undefined,
        { timeout: 120_000 },
      );
      // Resource Timing in the page: the document plus every resource that had arrived at the mark.
      const bytesBefore = await a.page.evaluate(() => {
        const t = (window as unknown as { __bench: Bench }).__bench.heatmap ?? 0;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        let sum = nav?.transferSize ?? 0;
        for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
          if (r.responseEnd <= t) sum += r.transferSize;
        }
        return sum;
      });
      await rekenmoduleKlaar(a.page);
      const ab = await read(a.page);
      add('heatmap_app_ms', ab.heatmap);
      add('heatmap_static_ms', statisch);
      if (ab.heatmap !== null && statisch) add('ratio_app_static', ab.heatmap / statisch);
      add('bytes_before_heatmap', bytesBefore);
      add('lcp_ms', ab.lcp);
      add('cls', ab.cls);
      add('duckdb_ready_ms', ab.klaar);
      add('bytes_until_duckdb_ready', a.bytesSoFar() + a.workerBytes());

      // Interactions, once DuckDB is ready.
      const page = a.page;
      const measure = async (
        kind: string,
        act: () => Promise<void>,
        done: (arg: Arg) => number,
        argument: Arg = null,
      ) => {
        const r = await interaction(page, act, done, argument);
        add(`${kind}_inp_ms`, r.inp);
        add(`${kind}_result_ms`, r.result);
        add('all_inp_ms', r.inp);
        console.log(
          `  ${kind}: ${Math.round(r.inp)} ms (${r.parts}); result ${Math.round(r.result ?? -1)} ms`,
        );
      };
      const settled = (search: Arg) =>
        location.search !== search &&
        !document.querySelector('main [aria-busy="true"], main .status') &&
        document.querySelector('main table')
          ? performance.now()
          : 0;
      for (let r = 0; r < 3; r++) {
        const alleen = page.locator('input[name=alleen]');
        for (let k = 0; k < 2; k++) {
          const before = await page.evaluate(() => location.search);
          await measure('filter', await klikOp(page, alleen), settled, before);
        }
        const sort = page.locator('select[name=sorteer]');
        await sort.focus();
        for (const key of ['ArrowDown', 'ArrowUp']) {
          const before = await page.evaluate(() => location.search);
          await measure('sort', () => page.keyboard.press(key), settled, before);
        }
        // At national scale the home view is aggregated: zoom in until single marks are shown.
        for (let level = 0; level < 3 && !(await page.locator('button[data-oordeel]').count()); level++) {
          const before = await page.evaluate(() => location.search);
          await measure(
            'zoom',
            await klikOp(page, page.locator('button[data-totaal]').first()),
            settled,
            before,
          );
        }
        const cell = page.locator('button[data-oordeel="verbeterpunt"]').nth(r);
        await measure('drilldown', await klikOp(page, cell), () =>
          document.querySelector('dialog[open] .brontekst') ? performance.now() : 0,
        );
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        if (synthetisch) {
          await page.goto(`${url}?weergave=heatmap`);
          await rekenmoduleKlaar(page);
        }
      }
      // The menu: from the heatmap to Bevindingen, until its search box is there.
      await measure('nav', await klikOp(page, page.locator('nav a', { hasText: 'Bevindingen' })), () =>
        document.querySelector('main input[type=search]') ? performance.now() : 0,
      );
      const zoek = page.locator('input[type=search]').first();
      await zoek.waitFor({ timeout: 60_000 });
      for (const term of ['doorzettingsmacht', 'gezin', 'informatie']) {
        await zoek.fill(term);
        await measure(
          'table_search',
          () => page.keyboard.press('Enter'),
          (t) =>
            location.search.includes(String(t)) &&
            document.querySelector('.bev-aantal')?.textContent &&
            !document.querySelector('.bev-resultaat .status, .bev-resultaat [aria-busy="true"]')
              ? performance.now()
              : 0,
          encodeURIComponent(term),
        );
      }
      const mem = await page.evaluate(
        () =>
          (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
      );
      add('js_heap_bytes', mem);
      // Only this page's renderer is open now; a dedicated worker (DuckDB and its WASM memory) runs
      // in the page's renderer process.
      add('renderer_rss_bytes', rendererRss());
      await a.context.close();
      console.log(
        `run ${i + 1}/${runs}: heatmap app ${Math.round(ab.heatmap ?? -1)} ms, static ${Math.round(statisch ?? -1)} ms, DuckDB ${Math.round(ab.klaar ?? -1)} ms`,
      );
    }
    // Every prerendered view, cold, from its shared link (#14).
    const routes = leesRoutes(
      /<script type="application\/json" id="routes">([^<]*)<\/script>/.exec(
        readFileSync(path.join(dist, 'index.html'), 'utf8'),
      )?.[1],
    );
    if (!alleenZoeken)
      await meetWeergaven(browser, gemeten, url, weergaven([...routes.keys()]), runs, add, !synthetisch);
    // The first search after DuckDB is ready (#18).
    await meetZoeken(gemeten, url, synthetisch, runs, add);
    // More first-view pairs, in alternating order, for a steadier ratio.
    for (let i = 0; i < pairs; i++) {
      const appEerst = i % 2 === 1;
      const eerste = await eersteBeeld(browser, appEerst ? url : `${url}bench-static.html`, expected);
      const tweede = await eersteBeeld(browser, appEerst ? `${url}bench-static.html` : url, expected);
      const [app, stat] = appEerst ? [eerste, tweede] : [tweede, eerste];
      add('heatmap_app_ms', app);
      add('heatmap_static_ms', stat);
      if (app !== null && stat) add('ratio_app_static', app / stat);
      if ((i + 1) % 5 === 0) console.log(`first-view pairs: ${i + 1}/${pairs}`);
    }
    // The app against the bare table (no stylesheet, no script), half as many pairs.
    for (let i = 0; i < Math.ceil(pairs / 2); i++) {
      const appEerst = i % 2 === 1;
      const eerste = await eersteBeeld(browser, appEerst ? url : `${url}bench-kaal.html`, expected);
      const tweede = await eersteBeeld(browser, appEerst ? `${url}bench-kaal.html` : url, expected);
      const [app, kaal] = appEerst ? [eerste, tweede] : [tweede, eerste];
      add('heatmap_bare_ms', kaal);
      if (app !== null && kaal) add('ratio_app_bare', app / kaal);
    }
  } finally {
    await browser.close();
    server.close();
  }
  // DuckDB ready per engine, unthrottled (#14, #16).
  let enginesTabel = '';
  if (engines.length) {
    try {
      const r = await meetEnginesKlaar(dist, Math.min(runs, 3), engines);
      for (const e of r.perEngine) for (const v of e.ready) add(`duckdb_ready_${e.engine}_unthrottled_ms`, v);
      enginesTabel = r.tabel;
    } catch (e) {
      enginesTabel = `DuckDB ready per engine: not measured (${e instanceof Error ? e.message : String(e)}).`;
      console.error(`bench: ${enginesTabel}`);
    }
  }
  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, Debian Chromium`,
    conditions: {
      rtt_ms: 150,
      down_kbit: 1600,
      up_kbit: 750,
      cpu_slowdown: CPU_RATE,
      cache: 'disabled',
      runs,
      first_view_pairs: pairs,
      gzip: true,
    },
    dataset: datasetLabel(),
    metrics: Object.fromEntries(Object.entries(m).map(([k, v]) => [k, statistiek(v)])),
    notes: [
      `heatmap_*_ms and ratio_app_static pool the ${runs} full runs (static page first) and ${pairs} more first-view pairs (the order alternates); n is ${runs + pairs}.`,
      'Clicks: the pointer moves onto the element and rests 300 ms, then the press and release are measured (as a mouse user clicks; the hover is not part of the interaction).',
      'CDP CPU throttling does not slow the DuckDB Web Worker (shared/duckdb-wasm-notes.md), so DuckDB and query times are optimistic.',
      '*_inp_ms is the Event Timing duration of the interaction (input to the next paint; 16 = below the 16 ms reporting threshold); all_inp_ms pools every interaction. *_result_ms is, for information, the time from the input until the new result is in the DOM (includes the query in the DuckDB worker and any text part fetched over the throttled network).',
      'renderer_rss_bytes is the resident memory of the page renderer process after the walk; it includes the DuckDB worker and its WASM memory.',
      `view_*: a cold load of each prerendered view's shared link (${runs} each): ms from navigation to its content in the DOM, and the bytes transferred until then, the redirect through index.html included. first_filter_ms: from navigation until "Alleen verbeterpunten" has answered on the home view (the table is shown with the cells the filter hides hidden), pressed as a reader does as soon as the form answers (the early layer's data-voorfilter="klaar", while the table may still be arriving, or the app's takeover): scrolled to, and pressed once a frame has painted it.`,
      'duckdb_ready_<engine>_unthrottled_ms: unthrottled cold loads in Chromium, Firefox ESR and WebKitGTK, a fresh browser each (scripts/engines-ready.ts); the table below says where the time goes.',
      `ratio_app_bare: the app against the same heatmap table with no stylesheet and no script (bench-kaal.html), ${Math.ceil(pairs / 2)} pairs.`,
      'search_first_<selective|common>_*: a fresh page on Bevindingen; once DuckDB is ready and the first page is shown, one search: ms from the input until the result is in the DOM, and the bytes transferred for it (search index and text parts). Terms: the real data "doorzettingsmacht" and "gezin"; the synthetic data a gemeente\'s made-up local name and "zorg".',
      'page_<next|last>_*: a fresh page on Bevindingen, no search or filter; once DuckDB is ready and page 1 is shown and read for a second, "Volgende", then "Laatste" a second after page 2: ms from the click until the new rows are in the DOM, and the bytes transferred for them (for "Volgende" from page 1 shown: the app loads the next page while one is read).',
    ],
  };
  console.log(await schrijfRapport(root, naam, result, enginesTabel));
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
