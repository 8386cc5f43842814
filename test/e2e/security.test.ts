/**
 * Issue #6, security: the CSP (and that it reaches the DuckDB worker), and zero requests to another
 * origin while walking every view, at the root and under a sub-path (GitHub Pages serves a project
 * site from /<repo>/).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEW_IDS } from '../../src/store/types';
import { launchBrowser } from './browser';
import { startPreview, type PreviewHandle } from './server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.resolve(root, process.env.E2E_DIST ?? 'dist');

/**
 * The policy, given the sha256 hashes (base64) of the page's inline scripts (#14: the redirect of a
 * shared link, then the early layer of the home filters) and its one inline stylesheet (#4, critical CSS).
 */
const cspVerwacht = (scriptHashes: readonly string[], styleHash: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`,
    `style-src 'self' 'sha256-${styleHash}'`,
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');

const CELL = 'button[data-oordeel]';
const poll = <T>(f: () => T | Promise<T>) => expect.poll(f, { timeout: 20_000, interval: 50 });

/** Summed over both walks, for the report. */
let requestsChecked = 0;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  console.log(`security: ${requestsChecked} requests checked, none left the origin`);
});

function decodeEntities(s: string): string {
  return s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('CSP', () => {
  let server: PreviewHandle;
  let other: http.Server;
  let probeSite: http.Server;
  let otherUrl: string;
  let probeUrl: string;
  let csp: string;
  let inlineCss: string[];
  let inlineJs: string[];

  const listen = async (s: http.Server) => {
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
    return `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
  };
  const close = (s: http.Server | undefined) =>
    new Promise((r) => {
      if (!s) return r(undefined);
      s.closeAllConnections();
      s.close(r);
    });

  beforeAll(async () => {
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const metas = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/g) ?? [];
    expect(metas).toHaveLength(1);
    csp = decodeEntities(/content="([^"]+)"/.exec(metas[0]!)![1]!);
    inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    // Inline scripts that run: all but the JSON data blocks and the external ones.
    inlineJs = [
      ...html.matchAll(/<script(?![^>]*\s(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g),
    ].map((m) => m[1]!);
    server = await startPreview();
    // Another origin (a different port) that answers any fetch, with CORS open.
    other = http.createServer((_req, res) => {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.end('antwoord');
    });
    otherUrl = `${await listen(other)}lek`;
    // A minimal page with the built page's CSP in a <meta>, and a worker script that tries to reach
    // the other origin. (A real server: a worker script fulfilled by page.route is treated differently.)
    const probe = `fetch(${JSON.stringify(otherUrl)}).then((r) => r.text()).then((t) => postMessage('opgehaald:' + t), (e) => postMessage('geblokkeerd:' + e));`;
    probeSite = http.createServer((req, res) => {
      if (req.url === '/probe-worker.js') {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(probe);
        return;
      }
      res.setHeader('Content-Type', 'text/html');
      res.end(
        `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}"><title>probe</title>`,
      );
    });
    probeUrl = await listen(probeSite);
  });
  afterAll(async () => {
    await server?.close();
    await close(other);
    await close(probeSite);
  });

  it('the built page carries exactly the intended policy; its two inline scripts and one stylesheet are allowed by hash only', () => {
    expect(inlineCss).toHaveLength(1);
    expect(inlineCss[0]!.length).toBeGreaterThan(1000);
    expect(inlineJs).toHaveLength(2);
    expect(inlineJs[0]).toContain('location.replace');
    expect(inlineJs[1]).toContain('ggsrVoorfilter');
    const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');
    expect(csp).toBe(cspVerwacht(inlineJs.map(sha), sha(inlineCss[0]!)));
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|https?:|\*/);
  });

  it('DuckDB runs in a blob: worker, and only a blob: worker is covered by the page policy', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(server.url);
    await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
    // The app starts DuckDB from a blob: bootstrap, which inherits the page's CSP (CSP3).
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((u) => u.startsWith('blob:'))).toBe(true);

    await page.goto(probeUrl);
    const run = (viaBlob: boolean) =>
      page.evaluate(async (viaBlob) => {
        const src = new URL('probe-worker.js', document.baseURI).href;
        const w = viaBlob
          ? new Worker(
              URL.createObjectURL(
                new Blob([`importScripts(${JSON.stringify(src)});`], { type: 'text/javascript' }),
              ),
            )
          : new Worker(src);
        return new Promise<string>((resolve) => {
          w.onmessage = (e) => resolve(String(e.data));
          w.onerror = (e) => resolve(`fout:${e.message}`);
          setTimeout(() => resolve('geen antwoord'), 10_000);
        }).finally(() => w.terminate());
      }, viaBlob);
    // The way the app starts DuckDB (blob: bootstrap + importScripts): connect-src 'self' applies.
    expect(await run(true)).toMatch(/^geblokkeerd:/);
    // A worker loaded straight from its URL is NOT covered by the page's <meta> CSP: the fetch goes
    // out. This is why the app does not start DuckDB that way.
    expect(await run(false)).toBe('opgehaald:antwoord');
    await context.close();
  });
});

describe.each([
  ['at the root', '/'],
  ['under a sub-path', '/ggsr/'],
])('every view %s: zero requests to another origin', (_naam, base) => {
  let server: PreviewHandle;
  let context: BrowserContext;
  let page: Page;
  const requests: { url: string; bron: string }[] = [];
  const workers: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startPreview({ base });
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    // Context-level: every page, and (in Chromium) the requests of their dedicated workers.
    context.on('request', (r) => requests.push({ url: r.url(), bron: 'context' }));
    context.on('requestfailed', (r) => requests.push({ url: r.url(), bron: 'failed' }));
    page = await context.newPage();
    page.on('request', (r) => requests.push({ url: r.url(), bron: 'page' }));
    page.on('worker', (w) => workers.push(w.url()));
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('walks heatmap, drill-down, ranking, indicator, vergelijken, bevindingen (search + CSV), methode and every other view', async () => {
    // Heatmap and drill-down.
    await page.goto(server.url);
    await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
    await page.locator(`${CELL}[data-aanpak="emmen.oggz"][data-indicator="A9"]`).click();
    await poll(() => page.locator('dialog[open]').textContent()).toContain('Een toegeruste regisseur');
    await page.keyboard.press('Escape');
    await poll(() => page.locator('dialog').count()).toBe(0);

    // Terugkerende verbeterpunten, then an indicator page from it.
    await page.getByRole('link', { name: 'Terugkerende verbeterpunten' }).click();
    const rij = page.locator('ol.ranking-lijst > li[data-indicator="C2"]');
    await rij.waitFor({ timeout: 20_000 });
    await rij.locator('.ranking-link').click();
    await poll(() => new URL(page.url()).search).toBe('?weergave=indicator&indicator=C2');
    await poll(() => page.locator('li.indicator-aanpak').count()).toBe(7);

    // Gemeenten vergelijken with two gemeenten.
    await page.goto(`${server.url}?weergave=vergelijken&gemeente=emmen,gouda`);
    await page.locator('table.conclusies-tabel td[data-aanpak]').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('table.kerncijfers td[data-gemeente=gouda]').count()).toBeGreaterThan(0);

    // Bevindingen: a search and a CSV export.
    await page.getByRole('link', { name: 'Bevindingen' }).click();
    await page.locator('input[name=zoek]').fill('regisseur');
    await page.locator('input[name=zoek]').press('Enter');
    await poll(() => page.locator('p.bev-aantal[role=status]').textContent()).toMatch(/bevindingen gevonden/);
    await poll(() => page.locator('table.bev-tabel tbody tr[data-rij] mark').count()).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ggsr-bevindingen-2013.csv');

    // Methode.
    await page.getByRole('link', { name: 'Methode' }).click();
    await poll(() => page.locator('li[data-indicator]').count()).toBe(30);

    // Every other view (open data, factsheet, toegankelijkheid, privacy, colofon, …): loaded, no error.
    const gelopen = ['heatmap', 'ranking', 'indicator', 'vergelijken', 'bevindingen', 'methode'];
    const rest = VIEW_IDS.filter((v) => !gelopen.includes(v));
    expect(rest.length).toBeGreaterThan(0);
    let titel = await page.title();
    for (const view of rest) {
      const extra = view === 'factsheet' ? '&gemeente=emmen' : '';
      // In-app navigation (as back/forward does), so DuckDB is not started again for every view.
      await page.evaluate((search) => {
        history.pushState(null, '', search);
        dispatchEvent(new PopStateEvent('popstate'));
      }, `?weergave=${view}${extra}`);
      // Each view has its own document title.
      await poll(() => page.title()).not.toBe(titel);
      titel = await page.title();
      await poll(() => page.locator('main [role=status]', { hasText: 'Gegevens laden' }).count()).toBe(0);
      expect(await page.locator('main [role=alert]').count(), view).toBe(0);
      expect(await page.locator('main h2').count(), view).toBeGreaterThan(0);
    }

    const origin = new URL(server.url).origin;
    const urls = [...new Set(requests.map((r) => r.url))];
    const foreign = urls.filter((u) => {
      if (u.startsWith('blob:') || u.startsWith('data:')) return new URL(u.slice(5)).origin !== origin;
      return new URL(u).origin !== origin;
    });
    expect(foreign).toEqual([]);
    // The walk really covered the data, the wasm and the worker.
    expect(urls.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/data/oordelen.arrow'))).toBe(true);
    expect(urls.some((u) => /duckdb-browser-(eh|mvp)\.worker[^/]*\.js$/.test(u))).toBe(true);
    expect(workers.length).toBeGreaterThan(0);
    for (const w of workers) expect(new URL(w.startsWith('blob:') ? w.slice(5) : w).origin).toBe(origin);
    // Everything under the sub-path, nothing from the server root.
    for (const u of urls.filter((x) => x.startsWith('http')))
      expect(new URL(u).pathname.startsWith(base)).toBe(true);
    expect(pageErrors).toEqual([]);
    requestsChecked += requests.filter((r) => r.bron === 'context').length;
  });
});
