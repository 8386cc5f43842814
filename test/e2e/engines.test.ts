/**
 * The same walk of the production build in Chromium, Firefox ESR and WebKitGTK (Safari's engine),
 * through the engine adapter (test/engines/): prerendered heatmap, DuckDB ready, a drill-down by
 * keyboard, four views by their shared links, the Bevindingen search and its CSV, axe, the CSP of the
 * blob: worker, every kind of view with DuckDB-WASM unavailable, and not one request to another origin.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openEngine, type EnginePage } from '../engines';
import { WCAG_TAGS } from './axe';
import { startPreview, type PreviewHandle } from './server';
import { startStatisch, type StatischeServer } from './statisch';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

const CELL = 'button[data-oordeel]';
const A9_EMMEN = `${CELL}[data-aanpak="emmen.oggz"][data-indicator="A9"]`;

let server: PreviewHandle;
/** The same build, but every .wasm is a 404: DuckDB-WASM cannot start in any engine. */
let zonderWasm: StatischeServer;
/** A page that fetches from another origin, itself and from a worker; that origin counts what it got. */
let probe: { page: string; other: string; got: string[]; close(): Promise<void> };
beforeAll(async () => {
  server = await startPreview();
  zonderWasm = await startStatisch(DIST, /\.wasm$/);
  probe = await startProbe();
});
afterAll(async () => {
  await server?.close();
  await zonderWasm?.close();
  await probe?.close();
});

async function startProbe(): Promise<typeof probe> {
  const got: string[] = [];
  const listen = async (handler: http.RequestListener) => {
    const s = http.createServer(handler);
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    return { s, url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/` };
  };
  const other = await listen((req, res) => {
    got.push(req.url ?? '');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end('ok');
  });
  const worker = `fetch(${JSON.stringify(`${other.url}uit-worker`)})`;
  const site = await listen((_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(
      `<!doctype html><title>probe</title><script>fetch(${JSON.stringify(`${other.url}uit-pagina`)});` +
        `new Worker(URL.createObjectURL(new Blob([${JSON.stringify(worker)}])));</script>`,
    );
  });
  const close = (s: http.Server) =>
    new Promise((r) => {
      s.closeAllConnections();
      s.close(r);
    });
  return {
    page: site.url,
    other: other.url,
    got,
    close: async () => {
      await close(site.s);
      await close(other.s);
    },
  };
}

/** WCAG A/AA violations on the page, by axe-core run in the engine itself. */
async function axe(page: EnginePage): Promise<string[]> {
  await page.run(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const a = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<Result> } }).axe;
    const r = await a.run(document, { runOnly: tags });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
}

const count = (page: EnginePage, selector: string) =>
  page.evaluate((s) => document.querySelectorAll(s).length, selector);

/** Waits until the selector matches exactly `n` elements; returns the last count seen on timeout. */
async function waitForCount(page: EnginePage, selector: string, n: number): Promise<number> {
  await page
    .waitUntil(([s, k]) => document.querySelectorAll(s).length === k, [selector, n] as const)
    .catch(() => undefined);
  return count(page, selector);
}

describe.each(ENGINES)('%s', (engine) => {
  let page: EnginePage;
  let started = 0;

  beforeAll(async () => {
    started = Date.now();
    page = await openEngine(engine);
  });
  afterAll(async () => {
    await page?.close();
    console.log(
      `engines: ${engine} (${page?.version}) walked in ${Math.round((Date.now() - started) / 1000)} s`,
    );
  });

  it('shows the prerendered heatmap at once, then DuckDB becomes ready', async () => {
    await page.goto(server.url);
    expect(await count(page, CELL)).toBe(210);
    await page.waitFor('main[data-rekenmodule="klaar"]', { timeout: 90_000 });
    expect(await count(page, 'main [role=alert]')).toBe(0);
  });

  it('opens a drill-down with the keyboard; Esc closes it and gives focus back to the cell', async () => {
    const focused = await page.evaluate((s) => {
      const cel = document.querySelector<HTMLElement>(s);
      cel?.focus();
      return cel !== null && document.activeElement === cel;
    }, A9_EMMEN);
    expect(focused).toBe(true);
    // Keys go to the page only when its window has focus (see test/engines/firefox.ts).
    expect(await page.evaluate(() => document.hasFocus())).toBe(true);
    await page.press('Enter');
    await page.waitUntil(() => document.querySelector('dialog[open]')?.textContent?.includes('regisseur'));
    expect(await page.text('dialog[open]')).toContain('Een toegeruste regisseur');

    await page.press('Escape');
    await page.waitUntil(() => document.querySelector('dialog') === null);
    const terug = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.dataset.aanpak} ${el?.dataset.indicator}`;
    });
    expect(terug).toBe('emmen.oggz A9');
  });

  it('shows ranking, indicator A9, vergelijken and bevindingen from their shared links', async () => {
    await page.goto(`${server.url}?weergave=ranking`);
    // 17 indicators with an X somewhere; the 13 without one are folded into one line (read in the
    // factsheets: T3 T4 A1 A4 A5 A6 A7 A8 A11 A13 S1 S5 S6, as in test/scripts/ingest/fixtures.ts).
    expect(await waitForCount(page, 'ol.ranking-lijst > li[data-indicator]', 17)).toBe(17);
    expect(await page.text('details.ranking-nul summary')).toMatch(/^13 indicatoren/);
    await page.click('ol.ranking-lijst > li[data-indicator="A9"] .ranking-link');
    await page.waitUntil(() => location.search === '?weergave=indicator&indicator=A9');
    expect(await waitForCount(page, 'li.indicator-aanpak', 7)).toBe(7);

    await page.goto(`${server.url}?weergave=indicator&indicator=A9`);
    expect(await waitForCount(page, 'li.indicator-aanpak', 7)).toBe(7);
    expect(new URL(await page.url()).search).toBe('?weergave=indicator&indicator=A9');
    expect(await page.text('main h2')).toMatch(/^\s*A9\b/);

    await page.goto(`${server.url}?weergave=vergelijken&gemeente=emmen,gouda`);
    await page.waitFor('table.conclusies-tabel td[data-aanpak]');
    expect(await count(page, 'table.kerncijfers td[data-gemeente=gouda]')).toBeGreaterThan(0);
    expect(await count(page, 'table.kerncijfers td[data-gemeente=emmen]')).toBeGreaterThan(0);

    await page.goto(`${server.url}?weergave=bevindingen`);
    await page.waitUntil(() =>
      /bevindingen gevonden/.test(document.querySelector('p.bev-aantal')?.textContent ?? ''),
    );
    expect(await page.text('p.bev-aantal')).toMatch(/^210 bevindingen gevonden/);
    expect(await count(page, 'main [role=alert]')).toBe(0);
  });

  it('has no axe violations on the home view and in an open drill-down', async () => {
    await page.goto(server.url);
    await page.waitFor('main[data-link="toegepast"]');
    expect(await axe(page)).toEqual([]);
    await page.click(A9_EMMEN);
    await page.waitUntil(() => document.querySelector('dialog[open]')?.textContent?.includes('regisseur'));
    expect(await axe(page)).toEqual([]);
  });

  it('searches Bevindingen and makes the CSV of the result', async () => {
    // Read in Emmen's factsheet: "doorzettingsmacht" is in the A9 bevinding of the CJG-aanpak and of
    // the OGGz-aanpak (both X), and in no other bevinding of Emmen.
    // A search is ad-hoc work: it waits for DuckDB.
    await page.goto(`${server.url}?weergave=bevindingen&zoek=doorzettingsmacht&filter-gemeente=emmen`);
    await page.waitFor('main[data-rekenmodule="klaar"]', { timeout: 90_000 });
    await page.waitUntil(() =>
      /bevindingen gevonden/.test(document.querySelector('p.bev-aantal')?.textContent ?? ''),
    );
    expect(await page.text('p.bev-aantal')).toMatch(/^2 bevindingen gevonden/);
    // The count and the page are two queries: the rows may come a moment after the count.
    expect(await waitForCount(page, 'main table tbody tr[data-oordeel-rij]', 2)).toBe(2);
    expect(await count(page, 'main table tbody tr[data-oordeel-rij=verbeterpunt]')).toBe(2);
    expect(await page.text('main table tbody tr[data-rij="emmen.oggz~A9"] td.kol-bevinding')).toContain(
      'De gemeente en één netwerkpartner geven aan dat de doorzettingsmacht niet is geregeld.',
    );
    // The file itself is the engine's own Blob; the download dialog is the browser's, not the page's.
    await page.evaluate(() => {
      const w = window as unknown as { __csv?: string };
      const echt = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b: Blob | MediaSource) => {
        if (b instanceof Blob) void b.text().then((t) => (w.__csv = t));
        return echt(b);
      };
    });
    await page.click('.bev-export button');
    const csv = String(await page.waitUntil(() => (window as unknown as { __csv?: string }).__csv));
    const regels = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(regels).toHaveLength(3);
    expect(regels.slice(1).every((r) => r.includes('A9') && r.includes('Emmen'))).toBe(true);
    expect(csv).toContain('doorzettingsmacht niet is geregeld');
  });

  it("blocks a fetch to another origin from a blob: worker under the page's CSP", async () => {
    await page.goto(server.url);
    probe.got.length = 0;
    // Started, then polled: one long script would meet the WebDriver script timeout on a busy machine.
    await page.evaluate((doel) => {
      const w = window as unknown as { __csp?: string };
      const bron = `fetch(${JSON.stringify(doel)}).then(() => postMessage('gelukt'), () => postMessage('geblokkeerd'))`;
      const worker = new Worker(URL.createObjectURL(new Blob([bron], { type: 'text/javascript' })));
      worker.onmessage = (e) => (w.__csp = String(e.data));
      worker.onerror = () => (w.__csp = 'worker-fout');
      return true;
    }, `${probe.other}csp-worker`);
    const uitkomst = await page.waitUntil(
      () => (window as unknown as { __csp?: string }).__csp ?? null,
      undefined,
      { timeout: 90_000 },
    );
    expect(uitkomst).toBe('geblokkeerd');
    expect(probe.got).not.toContain('/csp-worker');
  });

  it('made no request to another origin', async () => {
    const origin = new URL(server.url).origin;
    const urls = await page.requests();
    const foreign = urls.filter((u) => {
      if (u.startsWith('data:') || u.startsWith('about:')) return false;
      return new URL(u.startsWith('blob:') ? u.slice(5) : u).origin !== origin;
    });
    expect(foreign).toEqual([]);
    // The list really covers the data, the worker script and the wasm (fetched by the worker).
    expect(urls.some((u) => u.endsWith('/data/oordelen.arrow'))).toBe(true);
    expect(urls.some((u) => /duckdb-browser-(eh|mvp)\.worker[^/]*\.js$/.test(u))).toBe(true);
    expect(urls.some((u) => /duckdb-(eh|mvp)-[^/]*\.wasm$/.test(u))).toBe(true);
  });

  it('would see a request to another origin, from the page and from a worker', async () => {
    probe.got.length = 0;
    await page.goto(probe.page);
    await expect
      .poll(() => [...probe.got].sort(), { timeout: 10_000 })
      .toEqual(['/uit-pagina', '/uit-worker']);
    const urls = await page.requests();
    expect(urls).toContain(`${probe.other}uit-pagina`);
    expect(urls).toContain(`${probe.other}uit-worker`);
  });
});

describe.each(ENGINES)('%s without DuckDB-WASM (every .wasm a 404)', (engine) => {
  let page: EnginePage;
  beforeAll(async () => {
    page = await openEngine(engine);
  });
  afterAll(async () => {
    await page?.close();
  });

  /** Cold load of a shared link; its content must come without the engine. */
  const open = async (link: string, inhoud: string) => {
    await page.goto(`${zonderWasm.url}${link}`);
    await page.waitFor(inhoud);
  };

  it('shows the heatmap, a drill-down link, indicator A9, a factsheet and vergelijken', async () => {
    await open('', 'main button[data-oordeel]');
    expect(await count(page, CELL)).toBe(210);

    await open('?weergave=heatmap&cel=emmen.oggz~A9', 'dialog[open] .brontekst');
    expect(await page.text('dialog[open]')).toContain(
      'De gemeente en één netwerkpartner geven aan dat de doorzettingsmacht niet is geregeld.',
    );

    // Read from the five factsheets: A9 is judged for each of the 7 aanpakken.
    await open('?weergave=indicator&indicator=A9', 'li.indicator-aanpak');
    expect(await count(page, 'li.indicator-aanpak')).toBe(7);

    await open('?weergave=factsheet&gemeente=emmen', '#factsheet-titel');
    expect(await page.text('#factsheet-titel')).toContain('Emmen');

    await open('?weergave=vergelijken&gemeente=emmen,gouda', 'table.kerncijfers thead th[data-gemeente]');
    expect(await count(page, 'table.kerncijfers thead th[data-gemeente]')).toBe(2);
  });

  it('shows the ranking, the first page of Bevindingen, Methode and Open data', async () => {
    await open('?weergave=ranking', 'main [data-indicator]');
    await open('?weergave=bevindingen', 'main table tbody tr[data-rij]');
    expect(await count(page, 'main table tbody tr[data-rij]')).toBe(25);
    expect(await page.text('p.bev-aantal')).toMatch(/^210 bevindingen gevonden/);
    await open('?weergave=methode', 'main li[data-indicator]');
    await open('?weergave=open-data', 'main .od-tabel');
    // The engine really is missing: the status line says so, and no DuckDB answer came.
    await page.waitUntil(() => document.querySelector('main')?.dataset.rekenmodule === 'fout', undefined, {
      timeout: 60_000,
    });
    expect(await page.evaluate(() => document.querySelector('main')?.dataset.rekenmodule)).toBe('fout');
  });
});
