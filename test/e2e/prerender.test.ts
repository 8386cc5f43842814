import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArrow, readRows } from '../helpers/data';
import { leesSeed, SEED_VERSIE } from '../../src/app/voorgerenderd';
import { CPU_RATE, NETWORK } from '../../scripts/lib/throttle';
import { heatmapEinde } from '../helpers/heatmapEinde';
import { axeViolations } from './axe';
import { startPreview } from './server';
import { useSite } from './sessie';

/**
 * The prerendered first view (issue #4): the built index.html already holds the home heatmap, the
 * client hydrates it, DuckDB-WASM takes over after the first paint, and the heatmap survives without
 * JavaScript and without WebAssembly.
 */

const CELL = 'button[data-oordeel]';
const poll = <T>(f: () => T | Promise<T>) => expect.poll(f, { timeout: 20_000, interval: 50 });
/** Screenshots for a human to look at (JS off, wasm blocked, mobile). */
const SHOTS = process.env.E2E_SCREENSHOTS ?? path.join(os.tmpdir(), 'ggsr-e2e');

/** aanpak~indicator -> {gemeente, oordeel}, read from public/data/oordelen.arrow with apache-arrow. */
function expectedOordelen(): Map<string, { gemeente: string; oordeel: string }> {
  const t = readArrow('oordelen');
  const col = (n: string) => t.getChild(n)!.toArray() as string[];
  const [aanpak, indicator, gemeente, oordeel] = ['aanpak_id', 'indicator', 'gemeente_id', 'oordeel'].map(
    col,
  );
  const m = new Map<string, { gemeente: string; oordeel: string }>();
  for (let i = 0; i < t.numRows; i++) {
    m.set(`${aanpak![i]}~${indicator![i]}`, { gemeente: gemeente![i]!, oordeel: oordeel![i]! });
  }
  return m;
}

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m
    ? m[1]!
        .replace(/&amp;/g, '&')
        .replace(/&#x27;/g, "'")
        .replace(/&quot;/g, '"')
    : undefined;
};

/** The markup React wrote into #root at build time. */
function rootMarkup(html: string): string {
  const start = html.indexOf('<div id="root">') + '<div id="root">'.length;
  // #root is the last element of the body before the preload links (the data block comes before it).
  const end = html.lastIndexOf('</div>', html.indexOf('</body>'));
  expect(start).toBeGreaterThan(20);
  expect(end).toBeGreaterThan(start);
  return html.slice(start, end);
}

/** A gate for requests: held until `open()` (or continued at once after). */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return {
    open,
    handler: async (route: Route) => {
      await opened;
      await route.continue();
    },
  };
}

/** Sum of layout-shift values without recent input (CLS without session windows: an upper bound). */
const CLS_SCRIPT = `
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__cls += e.value;
      window.__shifts.push({ value: e.value, sources: (e.sources || []).map((s) => s.node && s.node.nodeName + '.' + (s.node.className || '')) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

describe('prerendered first view (production build)', () => {
  const site = useSite();
  let indexHtml: string;

  beforeAll(async () => {
    indexHtml = await (await fetch(site.url)).text();
  });

  it('index.html over HTTP already holds all 210 cells, with the oordelen of oordelen.arrow', () => {
    const tags = indexHtml.match(/<button[^>]*\sdata-oordeel="[^"]*"[^>]*>/g) ?? [];
    expect(tags).toHaveLength(210);
    const expected = expectedOordelen();
    expect(expected.size).toBe(210);
    const gedeeld = new Set(
      readRows('oordelen')
        .filter((r) => r.gedeeld === true)
        .map((r) => `${String(r.aanpak_id)}~${String(r.indicator)}`),
    );
    const seen = new Set<string>();
    for (const tag of tags) {
      const key = `${attr(tag, 'data-aanpak')}~${attr(tag, 'data-indicator')}`;
      seen.add(key);
      expect({ gemeente: attr(tag, 'data-gemeente'), oordeel: attr(tag, 'data-oordeel') }, key).toEqual(
        expected.get(key),
      );
      expect(attr(tag, 'aria-label'), key).toMatch(
        /: (voldoet|verbeterpunt|onduidelijk)(, met LET OP)?(, gedeeld teken van een blok)?$/,
      );
      // A mark shared by a merged block says so (#19), in its name and its data-gedeeld.
      expect(attr(tag, 'aria-label')?.endsWith(', gedeeld teken van een blok'), key).toBe(gedeeld.has(key));
      expect(tag.includes('data-gedeeld="true"'), key).toBe(gedeeld.has(key));
    }
    expect(seen.size).toBe(210);
    const a9 = tags.find((t) => t.includes('data-aanpak="emmen.oggz"') && t.includes('data-indicator="A9"'));
    expect(attr(a9!, 'aria-label')).toBe('Emmen, OGGz, Doorzettingsmacht: verbeterpunt');
    // Totals and table semantics are there too.
    expect(indexHtml).toMatch(
      /data-aanpak-totaal="gouda.mpg-overleg"><span class="voldoen">28 van 30 voldoen<\/span>.*?class="aantal-x">2<!-- --> X</,
    );
    expect(indexHtml).toContain('<caption>');
  });

  it('the page stays within its CSP: only the hashed inline script and stylesheet, relative URLs, a small first load', async () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml)?.[1] ?? '';
    expect(csp).toMatch(
      /script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;( &#39;sha256-[A-Za-z0-9+/]+=*&#39;){2};/,
    );
    expect(csp).toMatch(/style-src &#39;self&#39; &#39;sha256-[A-Za-z0-9+/]+=*&#39;;/);
    expect(csp).not.toMatch(/&#39;unsafe-/);
    // Every <script> is external, a JSON data block (never executed), or one of the two inline scripts
    // of the head (#14: the redirect of a shared link, the early layer), whose hashes are in script-src.
    const scripts = indexHtml.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toHaveLength(5);
    const inline = scripts.filter((s) => !/ src="\.\/assets\/[^"]+\.js"| type="application\/json"/.test(s));
    expect(inline).toEqual(['<script>', '<script>']);
    for (const [, code = ''] of indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
      expect(code.length).toBeGreaterThan(200);
      expect(csp).toContain(`&#39;sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}&#39;`);
    }
    expect(indexHtml.lastIndexOf('<script>')).toBeLessThan(indexHtml.indexOf('</head>'));
    expect(indexHtml).not.toMatch(/\sstyle="|\son[a-z]+="/i);
    // The data block parses and holds no raw "<".
    const json = /<script type="application\/json" id="voorgerenderd">([^<]*)<\/script>/.exec(indexHtml)?.[1];
    expect(json).toBeTruthy();
    expect(JSON.parse(json!).versie).toBe(SEED_VERSIE);
    expect(leesSeed(json)?.resultaten.map(([, r]) => r.length)).toEqual([4, 7, 210, 30, 7]);
    // Relative URLs only (the site works under any sub-path).
    for (const m of indexHtml.matchAll(/\s(?:src|href)="([^"]+)"/g))
      expect(m[1]).toMatch(/^(\.\/|\?|#|v\/[a-z0-9-]+\.html$)/);

    // The stylesheet is inline, in the head, so the first paint needs the HTML only (the module
    // script is deferred): no <link rel="stylesheet"> is left.
    expect(indexHtml).not.toMatch(/<link rel="stylesheet"/);
    const styles = indexHtml.match(/<style>/g) ?? [];
    expect(styles).toHaveLength(1);
    expect(indexHtml.indexOf('<style>')).toBeLessThan(indexHtml.indexOf('</head>'));
    const kib = gzipSync(indexHtml).length / 1024;
    console.log(
      `first view: index.html ${(indexHtml.length / 1024).toFixed(1)} KiB (${kib.toFixed(1)} KiB gzip, CSS included)`,
    );
    expect(kib).toBeLessThan(150);
  });

  it('the inline stylesheet applies under the CSP: no policy violation, the marks are coloured', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const schendingen: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) schendingen.push(m.text());
      });
      await page.goto(site.url);
      await page.locator(CELL).first().waitFor({ state: 'visible' });
      const kleuren = await page
        .locator(`${CELL}[data-oordeel="verbeterpunt"]`)
        .first()
        .evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(kleuren).not.toBe('rgba(0, 0, 0, 0)');
      expect(schendingen).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript the heatmap is visible, in colour, with a note on what needs JavaScript', async () => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1400, height: 1000 },
    });
    try {
      const page = await context.newPage();
      await page.goto(site.url);
      expect(await page.locator(CELL).count()).toBe(210);
      await page.locator(CELL).first().waitFor({ state: 'visible' });
      expect(
        await page.locator('button[data-aanpak="oosterhout.bemoeizorg"][data-indicator="C3"]').isVisible(),
      ).toBe(true);
      const bg = await page
        .locator('button[data-aanpak="emmen.oggz"][data-indicator="A9"]')
        .evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(bg).toBe('rgb(180, 35, 24)');
      const note = page.locator('.noscript-melding');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain('JavaScript staat uit');
      // The loading line would be false here: it stays invisible.
      expect(await page.locator('.rekenmodule-status').isVisible()).toBe(false);
      await page.screenshot({ path: path.join(SHOTS, 'prerender-zonder-js.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('no frame shows a half-parsed table: the heatmap joins the layout whole, never before the header', async () => {
    expect(heatmapEinde(indexHtml)).toEqual({ markers: 1, cellenNa: 0 });
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      // Every frame the browser renders until the load records how many cells have a box then.
      await context.addInitScript({
        content: `window.__frames = []; const tel = () => { const cellen = [...document.querySelectorAll('${CELL}')]; window.__frames.push([cellen.length, cellen.filter((c) => c.getClientRects().length > 0).length, !!document.querySelector('h1')?.getClientRects().length]); if (document.readyState !== 'complete') requestAnimationFrame(tel); }; requestAnimationFrame(tel);`,
      });
      const page = await context.newPage();
      // Slow, as the bench throttles, so the parse spans many frames.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
      await page.goto(site.url, { waitUntil: 'load' });
      const frames = await page.evaluate(
        () => (window as unknown as { __frames: [number, number, boolean][] }).__frames,
      );
      // A frame shows no cell or all 210. Whether the header paints in a frame before the table is
      // whole depends on how the parser's chunks fall on a busy machine (#16): the bench reports the
      // first paint instead (lcp_ms, and first contentful paint in the notes of #4).
      for (const [, getoond] of frames) expect([0, 210]).toContain(getoond);
      expect(frames.at(-1)?.[1]).toBe(210);
      expect(frames.every(([, getoond, kop]) => getoond === 0 || kop)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('hydrates without errors and with the same DOM; before DuckDB a cell, the filters and the sort answer (#14)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    const engine = gate();
    try {
      // Hold the DuckDB engine chunk so the app is hydrated but DuckDB is not ready yet.
      await context.route('**/assets/engine-*.js', engine.handler);
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      await page.goto(site.url);
      // URL sync starts in an effect after hydration and makes the address canonical.
      await poll(() => new URL(page.url()).search).toBe('?weergave=heatmap');
      expect(await page.locator('main').getAttribute('data-rekenmodule')).toBe('laden');

      // The hydrated DOM equals the server markup (nothing re-rendered differently).
      const same = await page.evaluate((markup) => {
        const t = document.createElement('template');
        t.innerHTML = markup;
        // After hydration the app marks that it applied the link (data-link); nothing else differs.
        return (
          t.innerHTML === document.getElementById('root')!.innerHTML.replace(' data-link="toegepast"', '')
        );
      }, rootMarkup(indexHtml));
      expect(same).toBe(true);

      const status = page.locator('.rekenmodule-status[role=status]');
      expect(await status.isVisible()).toBe(true);
      expect(await status.textContent()).toContain('Rekenmodule laden');
      // The filters answer from the prerendered results (src/model/afleiding.ts), not from DuckDB.
      expect(await page.locator('input[name=gemeente][value=emmen]').isDisabled()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);

      // Click before DuckDB is ready: the dialog shows the bevinding, from the build's result file.
      await page.locator('button[data-aanpak="emmen.oggz"][data-indicator="A9"]').click();
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor({ state: 'visible' });
      expect(new URL(page.url()).search).toBe('?weergave=heatmap&cel=emmen.oggz~A9');
      await poll(() => dialog.textContent()).toContain(
        'De gemeente en één netwerkpartner geven aan dat de doorzettingsmacht niet',
      );
      expect(await page.locator('main').getAttribute('data-rekenmodule')).toBe('laden');
      await page.keyboard.press('Escape');
      await poll(() => page.locator('dialog').count()).toBe(0);

      // Filters work before DuckDB too: only Emmen.
      for (const g of ['dordrecht', 'gouda', 'oosterhout']) {
        await page.locator(`input[name=gemeente][value=${g}]`).uncheck();
      }
      await poll(() => page.locator(CELL).count()).toBe(60);
      const gemeenten = await page.$$eval(CELL, (els) => [
        ...new Set(els.map((e) => (e as HTMLElement).dataset.gemeente)),
      ]);
      expect(gemeenten).toEqual(['emmen']);
      expect(new URL(page.url()).search).toBe('?weergave=heatmap&gemeente=emmen');
      // Sorting too, and another view.
      await page.locator('select[name=sorteer]').selectOption('verbeterpunten');
      await poll(async () => {
        const xs = await page.$$eval('tr[data-rij] td.totaal', (tds) =>
          tds.map((t) => Number((t as HTMLElement).dataset.verbeterpunten)),
        );
        return xs.length > 0 && xs.every((x, i) => i === 0 || xs[i - 1]! >= x);
      }).toBe(true);
      await page.locator('nav a', { hasText: 'Methode' }).click();
      await poll(async () => (await page.locator('main h2').first().textContent())?.trim()).toBe('Methode');
      expect(await page.locator('main').getAttribute('data-rekenmodule')).toBe('laden');

      // DuckDB still comes up afterwards.
      engine.open();
      await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 90_000 });

      expect(errors).toEqual([]);
    } finally {
      engine.open();
      await context.close();
    }
  });

  for (const viewport of [
    { width: 1400, height: 1000 },
    { width: 390, height: 844 },
  ]) {
    it(`no layout shift when the app takes over (CLS < 0.05, ${viewport.width}px)`, async () => {
      const context = await site.browser.newContext({ viewport });
      try {
        await context.addInitScript(CLS_SCRIPT);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(site.url);
        await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 90_000 });
        await page.waitForTimeout(500);
        const { cls, shifts } = await page.evaluate(() => {
          const w = window as unknown as { __cls: number; __shifts: unknown[] };
          return { cls: w.__cls, shifts: w.__shifts };
        });
        console.log(`CLS ${viewport.width}px: ${cls.toFixed(4)}`, JSON.stringify(shifts));
        expect(cls).toBeLessThan(0.05);
        expect(await page.locator(CELL).count()).toBe(210);
        expect(errors).toEqual([]);
        if (viewport.width < 500) {
          await page.screenshot({ path: path.join(SHOTS, 'prerender-mobiel.png') });
        }
      } finally {
        await context.close();
      }
    });
  }

  it('with WebAssembly blocked the heatmap and its filters stay and a Dutch message says what does not work', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    try {
      await context.route('**/*.wasm', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(site.url);
      const alert = page.locator('[role=alert]', { hasText: 'De rekenmodule kon niet starten' });
      await alert.waitFor({ state: 'visible', timeout: 60_000 });
      const tekst = (await alert.textContent()) ?? '';
      expect(tekst).toContain('vooraf berekend');
      expect(tekst).toContain('zoeken in de bevindingen');
      expect(tekst).toContain('een CSV van een eigen selectie');
      expect(await page.locator('main').getAttribute('data-rekenmodule')).toBe('fout');
      expect(await page.locator(CELL).count()).toBe(210);
      expect(await page.locator(CELL).first().isVisible()).toBe(true);
      expect(await page.locator('input[name=gemeente][value=emmen]').isDisabled()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, 'prerender-zonder-wasm.png') });
    } finally {
      await context.close();
    }
  });

  it('works under a sub-path: hydrates, then DuckDB loads relative to it', async () => {
    const sub = await startPreview({ base: '/een/sub/pad/' });
    const context = await site.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(sub.url);
      expect(await page.locator(CELL).count()).toBe(210);
      await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 90_000 });
      await page.locator('input[name=thema][value=T]').uncheck();
      await poll(() => page.locator('tr[data-rij^="T"]').count()).toBe(0);
      // The DuckDB worker starts from a same-origin blob: bootstrap (src/db/engine.ts).
      const blob = `blob:${new URL(sub.url).origin}/`;
      expect(requests.filter((u) => !u.startsWith(sub.url) && !u.startsWith(blob))).toEqual([]);
    } finally {
      await context.close();
      await sub.close();
    }
  });
});
