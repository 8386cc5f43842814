/**
 * `npm run bench`: a benchmark that reports (it asserts nothing). Builds the site into bench/.dist,
 * serves it locally with gzip (as static hosts do), and measures in Debian's Chromium through
 * playwright-core, throttled through CDP (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower,
 * cache disabled), over several runs:
 *   - time until every heatmap cell (`[data-oordeel]`, not the small-screen list) is in the DOM, paired with a static page holding
 *     only the same table and no script (ratio app/static);
 *   - bytes transferred before the full heatmap; LCP and CLS;
 *   - time until DuckDB-WASM is ready and the bytes it cost;
 *   - interaction latency (Event Timing duration, and input → updated DOM) for a filter change, a sort,
 *     a drill-down and a table search, once DuckDB is ready;
 *   - memory after the walk.
 * Writes bench/results/latest.json and latest.md, and the table into README.md between the bench markers.
 *
 *   tsx scripts/bench.ts [--runs N] [--no-build]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { heatmapCellen } from '../src/model/queries';
import { openNodeDb } from './lib/nodeDb';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'bench/.dist');
const arg = (name: string) => process.argv.indexOf(name);
const runs = arg('--runs') >= 0 ? Number(process.argv[arg('--runs') + 1]) : 5;

const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
const CPU_RATE = 4;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server with gzip, like GitHub Pages; keeps compressed bytes in memory. */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dir, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = '';
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gz = /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
    let body = cache.get(`${file}:${gz}`);
    if (!body) {
      body = gz ? gzipSync(readFileSync(file), { level: 9 }) : readFileSync(file);
      cache.set(`${file}:${gz}`, body);
    }
    res.writeHead(200, {
      'content-type': type,
      ...(gz ? { 'content-encoding': 'gzip' } : {}),
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }),
    ),
  );
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** The same heatmap table from the same query, as plain HTML with the app's stylesheet and no script. */
async function writeStaticPage(): Promise<number> {
  const db = await openNodeDb(path.join(dist, 'data'));
  try {
    const cells = await db.run(heatmapCellen());
    const aanpakken = [...new Map(cells.map((c) => [c.aanpak_id, c])).values()];
    const rows = [...new Map(cells.map((c) => [c.indicator, c.label])).entries()];
    const css = (readFileSync(path.join(dist, 'index.html'), 'utf8').match(
      /<link rel="stylesheet"[^>]*>/,
    ) ?? [''])[0];
    const symbol = { voldoet: '√', verbeterpunt: 'X', onduidelijk: '?' } as Record<string, string>;
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Heatmap (statisch)</title>${css}</head><body><main><h1>Heatmap: alle oordelen</h1><table><thead><tr><th>Indicator</th>${aanpakken
      .map((a) => `<th scope="col">${escapeHtml(`${a.gemeente}: ${a.aanpak}`)}</th>`)
      .join('')}</tr></thead><tbody>${rows
      .map(
        ([code, label]) =>
          `<tr><th scope="row">${code} ${escapeHtml(label)}</th>${aanpakken
            .map((a) => {
              const c = cells.find((x) => x.aanpak_id === a.aanpak_id && x.indicator === code);
              return c
                ? `<td data-gemeente="${c.gemeente_id}" data-aanpak="${c.aanpak_id}" data-indicator="${code}" data-oordeel="${c.oordeel}">${symbol[c.oordeel]}</td>`
                : '<td></td>';
            })
            .join('')}</tr>`,
      )
      .join('')}</tbody></table></main></body></html>`;
    writeFileSync(path.join(dist, 'bench-static.html'), html);
    return cells.length;
  } finally {
    await db.close();
  }
}

/** Runs before any page script: marks when all cells are there, when DuckDB is ready, LCP, CLS and events. */
const INIT = (expected: number) => `
(() => {
  const b = (window.__bench = { heatmap: null, klaar: null, lcp: 0, cls: 0, events: [] });
  const check = () => {
    if (b.heatmap === null && document.querySelectorAll('[data-oordeel]:not(.lijst-teken)').length >= ${expected}) b.heatmap = performance.now();
    if (b.klaar === null && document.querySelector('main[data-rekenmodule="klaar"]')) b.klaar = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rekenmodule'] });
  document.addEventListener('DOMContentLoaded', check);
  new PerformanceObserver((l) => { for (const e of l.getEntries()) b.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) b.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) b.events.push({ name: e.name, start: e.startTime, duration: e.duration }); }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
})();`;

interface Bench {
  heatmap: number | null;
  klaar: number | null;
  lcp: number;
  cls: number;
  events: { name: string; start: number; duration: number }[];
}

async function throttledPage(browser: Browser, expected: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: INIT(expected) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  // Requests of the DuckDB worker are not on the page target: count them through playwright.
  let workerBytes = 0;
  page.on('requestfinished', (r) => {
    if (r.frame === undefined || /\.(wasm)$|worker/.test(r.url())) {
      void r.sizes().then((s) => (workerBytes += s.responseBodySize + s.responseHeadersSize));
    }
  });
  return { context, page, cdp, bytesSoFar: () => bytes, workerBytes: () => workerBytes };
}

const read = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);

/** Time from an input to the DOM condition, in ms, measured in the page. */
type Arg = string | number | null;

async function timed(
  page: Page,
  act: () => Promise<void>,
  done: (arg: Arg) => boolean,
  arg: Arg,
): Promise<number> {
  await page.evaluate(() => ((window as unknown as { __t0: number }).__t0 = performance.now()));
  await act();
  await page.waitForFunction(done, arg, { timeout: 60_000, polling: 'raf' });
  return page.evaluate(() => performance.now() - (window as unknown as { __t0: number }).__t0);
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] ?? NaN;
  return { median: at(0.5), min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN, p95: at(0.95), n: s.length };
};

async function main() {
  if (arg('--no-build') < 0)
    execFileSync('npx', ['tsx', 'scripts/build.ts', '--outDir', dist], { cwd: root, stdio: 'inherit' });
  const expected = await writeStaticPage();
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
  try {
    for (let i = 0; i < runs; i++) {
      // Static page first, then the app, pair by pair.
      const s = await throttledPage(browser, expected);
      await s.page.goto(`${url}bench-static.html`);
      await s.page.waitForFunction(
        () => (window as unknown as { __bench: Bench }).__bench.heatmap !== null,
        undefined,
        { timeout: 120_000 },
      );
      const sb = await read(s.page);
      await s.context.close();

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
      await a.page.waitForSelector('main[data-rekenmodule="klaar"]', { timeout: 300_000 });
      const ab = await read(a.page);
      add('heatmap_app_ms', ab.heatmap);
      add('heatmap_static_ms', sb.heatmap);
      if (ab.heatmap !== null && sb.heatmap) add('ratio_app_static', ab.heatmap / sb.heatmap);
      add('bytes_before_heatmap', bytesBefore);
      add('lcp_ms', ab.lcp);
      add('cls', ab.cls);
      add('duckdb_ready_ms', ab.klaar);
      add('bytes_until_duckdb_ready', a.bytesSoFar() + a.workerBytes());

      // Interactions, once DuckDB is ready.
      const page = a.page;
      const lat = (k: string, v: number) => add(k, v);
      for (let r = 0; r < 3; r++) {
        const box = page
          .locator('fieldset')
          .filter({ hasText: 'Gemeente' })
          .locator('input[type=checkbox]')
          .first();
        lat(
          'filter_ms',
          await timed(
            page,
            () => box.click(),
            (n) => document.querySelectorAll('[data-oordeel]:not(.lijst-teken)').length !== n,
            expected,
          ),
        );
        lat(
          'filter_ms',
          await timed(
            page,
            () => box.click(),
            (n) => document.querySelectorAll('[data-oordeel]:not(.lijst-teken)').length === n,
            expected,
          ),
        );
        const sort = page.locator('select').first();
        const options = await sort
          .locator('option')
          .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        const before = await page.locator('tbody th').first().textContent();
        lat(
          'sort_ms',
          await timed(
            page,
            () => sort.selectOption(options[1] ?? '').then(() => undefined),
            (b) => document.querySelector('tbody th')?.textContent !== b,
            before,
          ),
        );
        await sort.selectOption(options[0] ?? '');
        await page.waitForTimeout(300);
        const cell = page.locator('[data-aanpak="emmen.oggz"][data-indicator="A9"]');
        lat(
          'drilldown_ms',
          await timed(
            page,
            () => cell.click(),
            (t) => !!document.querySelector('dialog[open]')?.textContent?.includes(String(t)),
            'doorzettingsmacht niet',
          ),
        );
        await page.keyboard.press('Escape');
        await page.waitForTimeout(200);
      }
      await page.locator('nav a', { hasText: 'Bevindingen' }).click();
      const zoek = page.getByRole('searchbox').or(page.locator('input[type=search]')).first();
      await zoek.waitFor({ timeout: 60_000 });
      for (const term of ['doorzettingsmacht', 'caseload', 'informatie']) {
        await zoek.fill(term);
        lat(
          'table_search_ms',
          await timed(
            page,
            () => zoek.press('Enter'),
            (t) =>
              location.search.includes(String(t)) && document.body.innerText.includes('bevindingen gevonden'),
            encodeURIComponent(term),
          ),
        );
      }
      const after = await read(page);
      for (const e of after.events.filter((e) =>
        ['click', 'keydown', 'pointerup', 'change', 'input'].includes(e.name),
      ))
        add('event_timing_ms', e.duration);
      const mem = await page.evaluate(
        () =>
          (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
      );
      add('js_heap_bytes', mem);
      await a.context.close();
      console.log(
        `run ${i + 1}/${runs}: heatmap app ${Math.round(ab.heatmap ?? -1)} ms, static ${Math.round(sb.heatmap ?? -1)} ms, DuckDB ${Math.round(ab.klaar ?? -1)} ms`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  const renderer = (() => {
    try {
      return (
        Number(
          execFileSync('bash', ['-c', "ps -C chromium -o rss= | awk '{s+=$1} END {print s*1024}'"])
            .toString()
            .trim(),
        ) || null
      );
    } catch {
      return null;
    }
  })();
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
      gzip: true,
    },
    dataset: 'real (7 aanpakken, 210 oordelen)',
    metrics: Object.fromEntries(Object.entries(m).map(([k, v]) => [k, stats(v)])),
    notes: [
      'CDP CPU throttling does not slow the DuckDB Web Worker (shared/duckdb-wasm-notes.md), so DuckDB and query times are optimistic.',
      'Interaction times are measured from the input to the updated DOM (own marks); event_timing_ms is the Event Timing duration (synchronous part only).',
      renderer === null
        ? 'memory of the browser processes not measured'
        : `chromium processes RSS at the end: ${(renderer / 2 ** 20).toFixed(0)} MiB`,
    ],
  };
  const outDir = path.join(root, 'bench/results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  const fmt = (k: string, v: number) =>
    k.includes('bytes')
      ? `${(v / 1024).toFixed(1)} KiB`
      : k === 'cls'
        ? v.toFixed(3)
        : k.startsWith('ratio')
          ? v.toFixed(2)
          : `${Math.round(v)} ms`;
  const targets: Record<string, string> = {
    ratio_app_static: '≤ 1.2',
    bytes_before_heatmap: '≤ 150 KiB',
    cls: '< 0.05',
    filter_ms: 'p95 ≤ 100 ms',
    sort_ms: 'p95 ≤ 100 ms',
    drilldown_ms: 'p95 ≤ 100 ms',
    table_search_ms: 'p95 ≤ 100 ms',
    event_timing_ms: 'p95 ≤ 100 ms',
  };
  const md = [
    `Benchmark ${result.date}, ${result.machine}; ${result.dataset}; throttled: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU ${CPU_RATE}x, no cache, gzip; ${runs} runs.`,
    '',
    '| metric | median | min | max | p95 | target |',
    '|---|---:|---:|---:|---:|---|',
    ...Object.entries(result.metrics).map(
      ([k, s]) =>
        `| ${k} | ${fmt(k, s.median)} | ${fmt(k, s.min)} | ${fmt(k, s.max)} | ${fmt(k, s.p95)} | ${targets[k] ?? ''} |`,
    ),
    '',
    ...result.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  writeFileSync(path.join(outDir, 'latest.md'), md);
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (readme.includes(start) && readme.includes(end)) {
    writeFileSync(
      readmePath,
      `${readme.slice(0, readme.indexOf(start) + start.length)}\n${md}${readme.slice(readme.indexOf(end))}`,
    );
  }
  console.log(md);
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
