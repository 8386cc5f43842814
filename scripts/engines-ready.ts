/**
 * Per browser engine, unthrottled: the time from navigation to DuckDB ready on the built site (median
 * of cold loads, each in a fresh browser), which DuckDB bundle the engine chose, and where the time
 * goes. The phases are read from the page: Resource Timing (when the app asks for the DuckDB module,
 * when its worker runs: the wasm HEAD check), the download progress bar (the worker's wasm download) and
 * the bar leaving once the wasm is instantiated. Once ready, each bundle's wasm (eh and mvp) is fetched
 * and compiled again on its own in the page. Prints a Markdown table.
 *
 *   npm run build && npx tsx scripts/engines-ready.ts [--runs 3] [--engines chromium,firefox,webkit]
 *
 * `npm run bench` runs it too (`meetEnginesKlaar`), on its own build.
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ENGINES, openEngine, type EngineName, type EnginePage } from '../test/engines';
import { startPreview } from '../test/e2e/server';

type Bundle = 'eh' | 'mvp';
/** How long one cold load may take to DuckDB ready before it counts as failed. */
const START_LIMIET = 300_000;
const BUNDLES: readonly Bundle[] = ['eh', 'mvp'];

/** Milliseconds from navigation start. */
interface Load {
  bundle: Bundle;
  /** main[data-rekenmodule="klaar"] */
  ready: number;
  /** the app requests the DuckDB module (first paint and hydration come first) */
  engineChunk: number;
  /** the worker answers (its script loaded and ran): the wasm HEAD check starts */
  workerUp: number;
  /** the last download progress the worker reported (NaN when none) */
  downloaded: number;
  /** the progress bar leaves: the wasm is instantiated */
  instantiated: number;
  /** per bundle, in the page once ready: fetching its wasm (no cache), and WebAssembly.compile of it */
  wasm: Record<Bundle, { fetch: number; compile: number }>;
}

/** The built wasm file of each bundle, relative to the site root. */
function wasmFiles(dist: string): Record<Bundle, string> {
  const files = readdirSync(path.join(dist, 'assets'));
  const find = (b: Bundle) => {
    const f = files.find((n) => n.startsWith(`duckdb-${b}-`) && n.endsWith('.wasm'));
    if (!f) throw new Error(`no duckdb-${b}-*.wasm in ${dist}/assets`);
    return `assets/${f}`;
  };
  return { eh: find('eh'), mvp: find('mvp') };
}

interface Start {
  stand: string;
  at: number;
  late: boolean;
  downloaded: number;
  instantiated: number;
}

/**
 * In the page: starts watching for DuckDB ready (or failed), with the download and instantiate times;
 * `leesStart` reads the outcome. Polled rather than awaited in one script, since a WebDriver script
 * has a time limit (60 s) that a loaded machine passes in WebKit.
 */
function volgStart(): boolean {
  const w = window as unknown as { __start?: Start };
  const main = document.querySelector('main');
  const bar = document.querySelector('.rekenmodule-status progress');
  let downloaded = NaN;
  let instantiated = NaN;
  const check = (late: boolean) => {
    const stand = main?.getAttribute('data-rekenmodule') ?? '';
    if (stand === 'laden') return false;
    w.__start = { stand, at: performance.now(), late, downloaded, instantiated };
    return true;
  };
  if (!main) {
    w.__start = { stand: 'geen main', at: NaN, late: false, downloaded, instantiated };
    return true;
  }
  if (check(true)) return true;
  if (bar)
    new MutationObserver(() => {
      if (bar.hasAttribute('value')) downloaded = performance.now();
      else if (!Number.isNaN(downloaded) && Number.isNaN(instantiated)) instantiated = performance.now();
    }).observe(bar, { attributes: true, attributeFilter: ['value'] });
  const obs = new MutationObserver(() => {
    if (check(false)) obs.disconnect();
  });
  obs.observe(main, { attributes: true, attributeFilter: ['data-rekenmodule'] });
  return true;
}

function leesStart(): Start | null {
  return (window as unknown as { __start?: Start }).__start ?? null;
}

/** In the page: when the DuckDB module chunk and the wasm HEAD check started, from Resource Timing. */
function timeline(): { engineChunk: number; workerUp: number; wasm: string } {
  const entries = performance.getEntriesByType('resource');
  const engine = entries.find((e) => /\/assets\/engine-[^/]*\.js$/.test(e.name));
  const wasm = entries.find((e) => /\/duckdb-(eh|mvp)-[^/]*\.wasm$/.test(e.name));
  return { engineChunk: engine?.startTime ?? NaN, workerUp: wasm?.startTime ?? NaN, wasm: wasm?.name ?? '' };
}

interface Compile {
  fetchMs: number;
  compileMs: number;
}

/** In the page: starts fetching a wasm file (no cache) and compiling it; `leesCompile` reads the outcome. */
function startCompile(url: string): boolean {
  const w = window as unknown as { __compile?: Compile | null };
  w.__compile = null;
  const t0 = performance.now();
  void fetch(url, { cache: 'no-store' })
    .then((res) => res.arrayBuffer())
    .then(async (bytes) => {
      const t1 = performance.now();
      await WebAssembly.compile(bytes);
      w.__compile = { fetchMs: t1 - t0, compileMs: performance.now() - t1 };
    })
    .catch(() => {
      w.__compile = { fetchMs: NaN, compileMs: NaN };
    });
  return true;
}

function leesCompile(): Compile | null {
  return (window as unknown as { __compile?: Compile | null }).__compile ?? null;
}

async function measure(page: EnginePage, url: string, files: Record<Bundle, string>): Promise<Load> {
  await page.goto(url);
  await page.evaluate(volgStart);
  const r = await page.waitUntil(leesStart, undefined, { timeout: START_LIMIET, interval: 250 });
  if (!r) throw new Error(`${page.engine}: DuckDB did not start`);
  if (r.stand !== 'klaar') throw new Error(`${page.engine}: DuckDB did not start (${r.stand})`);
  if (r.late) throw new Error(`${page.engine}: DuckDB was ready before the load event; no time taken`);
  const t = await page.evaluate(timeline);
  const bundle = /duckdb-(eh|mvp)-/.exec(t.wasm)?.[1] as Bundle | undefined;
  if (!bundle) throw new Error(`${page.engine}: no duckdb-*.wasm among the page's requests`);
  const wasm = {} as Load['wasm'];
  for (const b of BUNDLES) {
    await page.evaluate(startCompile, new URL(files[b], url).href);
    const c = await page.waitUntil(leesCompile, undefined, { timeout: START_LIMIET, interval: 250 });
    wasm[b] = { fetch: c?.fetchMs ?? NaN, compile: c?.compileMs ?? NaN };
  }
  const { downloaded, instantiated } = r;
  return {
    bundle,
    ready: r.at,
    engineChunk: t.engineChunk,
    workerUp: t.workerUp,
    downloaded,
    instantiated,
    wasm,
  };
}

/** Median of the finite values. */
function median(xs: number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const ms = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en') : '–');

/** Per engine: its version, the bundle(s) it chose and the ms to ready of each cold load. */
export interface EngineKlaar {
  readonly engine: EngineName;
  readonly version: string;
  readonly bundles: string;
  readonly ready: readonly number[];
}

/**
 * Measures `runs` cold loads per engine of the built site in `dist`, unthrottled, each in a fresh
 * browser. Returns the figures and a Markdown table of where the time goes.
 */
export async function meetEnginesKlaar(
  dist: string,
  runs: number,
  engines: readonly EngineName[],
): Promise<{ perEngine: EngineKlaar[]; tabel: string }> {
  for (const e of engines) if (!ENGINES.includes(e)) throw new Error(`unknown engine ${e}`);
  const files = wasmFiles(dist);
  const server = await startPreview({ dist });
  const rows: string[] = [];
  const perEngine: EngineKlaar[] = [];
  const loadavg: number[] = [];
  const fouten: string[] = [];
  try {
    for (const engine of engines) {
      const loads: Load[] = [];
      let version = '';
      for (let i = 0; i < runs; i++) {
        // A fresh browser per load: no HTTP cache, no cached wasm code. No recording proxy either.
        const page = await openEngine(engine, { recordRequests: false });
        try {
          version = page.version;
          loadavg.push(os.loadavg()[0]!);
          const l = await measure(page, server.url, files).catch((e: unknown) => {
            fouten.push(`${engine} ${i + 1}/${runs}: ${e instanceof Error ? e.message : String(e)}`);
            console.error(fouten.at(-1));
            return null;
          });
          if (!l) continue;
          loads.push(l);
          console.error(
            `${engine} ${i + 1}/${runs}: ${l.bundle}, worker ${ms(l.workerUp)}, downloaded ${ms(l.downloaded)}, instantiated ${ms(l.instantiated)}, ready ${ms(l.ready)} ms`,
          );
        } finally {
          await page.close();
        }
      }
      const med = (f: (l: Load) => number) => ms(median(loads.map(f)));
      const bundles = [...new Set(loads.map((l) => l.bundle))].join('/');
      perEngine.push({ engine, version, bundles, ready: loads.map((l) => l.ready) });
      const cells = [
        engine,
        version,
        bundles,
        `**${med((l) => l.ready)}**`,
        loads.map((l) => ms(l.ready)).join(', '),
        med((l) => l.engineChunk),
        med((l) => l.workerUp - l.engineChunk),
        med((l) => l.downloaded - l.workerUp),
        med((l) => l.instantiated - l.downloaded),
        med((l) => l.ready - l.instantiated),
        BUNDLES.map((b) => med((l) => l.wasm[b].fetch)).join(' / '),
        BUNDLES.map((b) => med((l) => l.wasm[b].compile)).join(' / '),
      ];
      rows.push(`| ${cells.join(' | ')} |`);
    }
  } finally {
    await server.close();
  }
  const la = `${Math.min(...loadavg).toFixed(1)}–${Math.max(...loadavg).toFixed(1)}`;
  const tabel = [
    `DuckDB ready per engine: ms from navigation start, unthrottled, median of ${runs} cold loads (a fresh browser each); ${os.cpus().length} cores, load average ${la}`,
    '',
    '| engine | version | bundle | ready | loads | app asks for DuckDB | → worker runs | → wasm downloaded | → instantiated | → ready (open + data) | wasm fetch eh / mvp | wasm compile eh / mvp |',
    '| ------ | ------- | ------ | ----: | ----- | ------------------: | ------------: | ----------------: | -------------: | --------------------: | ------------------: | --------------------: |',
    ...rows,
    ...(fouten.length ? ['', 'Failed loads (not in the medians):', '', ...fouten.map((f) => `- ${f}`)] : []),
  ].join('\n');
  return { perEngine, tabel };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      engines: { type: 'string', default: ENGINES.join(',') },
    },
  });
  const dist = path.resolve(process.env.E2E_DIST ?? 'dist');
  const { tabel } = await meetEnginesKlaar(
    dist,
    Number(values.runs),
    values.engines.split(',') as EngineName[],
  );
  console.log(tabel);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
