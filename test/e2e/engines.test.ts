/**
 * The same walk of the production build in Chromium, Firefox ESR and WebKitGTK (Safari's engine),
 * through the engine adapter (test/engines/): prerendered heatmap, DuckDB ready, a drill-down by
 * keyboard, four views by their shared links, and not one request to another origin.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openEngine, type EnginePage } from '../engines';
import { startPreview, type PreviewHandle } from './server';

const CELL = 'button[data-oordeel]';
const A9_EMMEN = `${CELL}[data-aanpak="emmen.oggz"][data-indicator="A9"]`;

let server: PreviewHandle;
/** A page that fetches from another origin, itself and from a worker; that origin counts what it got. */
let probe: { page: string; other: string; got: string[]; close(): Promise<void> };
beforeAll(async () => {
  server = await startPreview();
  probe = await startProbe();
});
afterAll(async () => {
  await server?.close();
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
    expect(await waitForCount(page, 'ol.ranking-lijst > li[data-indicator]', 30)).toBe(30);
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
