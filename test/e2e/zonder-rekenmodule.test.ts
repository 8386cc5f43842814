/**
 * Issue #14: every view, and every shared link, without waiting for DuckDB-WASM. WebAssembly is
 * blocked (every .wasm request fails), so nothing here can come from the engine: each view shows what
 * the build computed (src/app/routes.ts, src/app/voorberekend.ts, src/model/afleiding.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { leesRoutes, ROUTES_ID } from '../../src/app/routes';
import { leesResultaat } from '../../src/app/voorberekend';
import { leesSeed, VOORGERENDERD_ID } from '../../src/app/voorgerenderd';
import type { SqlParam } from '../../src/db/query';
import { INDICATOR_CODES } from '../../src/model/toetsingskader';
import { leesCsv } from '../helpers/csv';
import { readOordelenMetTeksten, readRows, ROOT } from '../helpers/data';
import { openWasmDb } from '../helpers/wasmNodeDb';
import { useSessie } from './sessie';

const DIST = path.join(ROOT, 'dist');
const CELL = 'button[data-oordeel]';
const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });
const indexHtml = readFileSync(path.join(DIST, 'index.html'), 'utf8');
const blok = (html: string, id: string) =>
  new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html)?.[1];
const routes = leesRoutes(blok(indexHtml, ROUTES_ID));
const gemeenten = readRows('gemeenten');
const naam = (id: string) => String(gemeenten.find((g) => g.gemeente_id === id)?.naam);
const witruimte = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('every result the build ran equals DuckDB-WASM (DuckDB 1.4, the browser engine)', () => {
  it('each v/r/*.json file holds the rows its own query gives on DuckDB-WASM in Node', async () => {
    const dir = path.join(DIST, 'v', 'r');
    const bestanden = readdirSync(dir).filter((f) => f !== 'index.json');
    expect(JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'))).toHaveLength(bestanden.length);
    const db = await openWasmDb();
    try {
      for (const f of bestanden) {
        const tekst = readFileSync(path.join(dir, f), 'utf8');
        const key = (JSON.parse(tekst) as { key: string }).key;
        const [sql = '', params = '[]'] = key.split('\u0000');
        const rijen = leesResultaat(tekst, key);
        expect(rijen, f).not.toBeNull();
        expect(await db.run({ sql, params: JSON.parse(params) as SqlParam[], teksten: 'alle' }), f).toEqual(
          rijen,
        );
      }
    } finally {
      await db.close();
    }
    console.log(`zonder rekenmodule: ${bestanden.length} result files equal DuckDB-WASM`);
  }, 300_000);

  it("every prerendered page's data block holds exactly the rows of those files", () => {
    const dir = path.join(DIST, 'v', 'r');
    const rijen = new Map<string, unknown>();
    for (const f of readdirSync(dir).filter((x) => x !== 'index.json')) {
      const tekst = readFileSync(path.join(dir, f), 'utf8');
      const key = (JSON.parse(tekst) as { key: string }).key;
      rijen.set(key, leesResultaat(tekst, key));
    }
    expect(routes.size).toBe(271);
    for (const pagina of routes.values()) {
      const seed = leesSeed(blok(readFileSync(path.join(DIST, pagina), 'utf8'), VOORGERENDERD_ID));
      expect(seed, pagina).not.toBeNull();
      for (const [key, r] of seed!.resultaten)
        expect(r, `${pagina} ${key.slice(0, 60)}`).toEqual(rijen.get(key));
    }
  });
});

describe('with WebAssembly blocked (production build)', () => {
  const sessie = useSessie({
    context: { viewport: { width: 1280, height: 900 }, acceptDownloads: true },
    blokkeerWasm: true,
  });
  const fouten = sessie.pageErrors;
  let page: Page;
  const tijden: number[] = [];

  beforeAll(() => {
    page = sessie.page;
  });

  /**
   * Open a shared link cold: it lands on the app's own address, hydrated (the URL is canonical), with
   * the view's content; a heatmap filter has been applied (no busy table).
   */
  async function open(search: string) {
    const t0 = Date.now();
    await page.goto(`${sessie.url}${search}`);
    await page.locator('main h2').first().waitFor();
    tijden.push(Date.now() - t0);
    // The app has taken over and applied the link (src/App.tsx sets data-link), on its own address.
    await page.locator('main[data-link="toegepast"]').waitFor();
    await poll(async () => {
      const u = new URL(page.url());
      return u.pathname === '/' && u.search.startsWith('?weergave=');
    }).toBe(true);
    await poll(() => page.locator('main [aria-busy="true"]').count()).toBe(0);
    // A part read from data/manifest.json (Open data, Colofon) follows one small fetch later.
    await poll(() => page.locator('main [role=status]', { hasText: 'Gegevens laden' }).count()).toBe(0);
  }

  it('each of the 30 indicator pages lists its 7 oordelen (A9: 5 X, as in the factsheets)', async () => {
    for (const code of INDICATOR_CODES) {
      await open(`?weergave=indicator&indicator=${code}`);
      expect(await page.locator('main h2').first().textContent()).toContain(code);
      await poll(() => page.locator('li.indicator-aanpak[data-oordeel]').count()).toBe(7);
      if (code === 'A9') {
        const x = await page.$$eval('li.indicator-aanpak[data-oordeel="verbeterpunt"]', (els) =>
          els.map((e) => (e as HTMLElement).dataset.aanpak).sort(),
        );
        // Read from the factsheets: doorzettingsmacht is not arranged in these five aanpakken.
        expect(x).toEqual([
          'dordrecht.reset-thuisbegeleiding',
          'emmen.cjg-aanpak',
          'emmen.oggz',
          'oosterhout.bemoeizorg',
          'oosterhout.gezinsmanager',
        ]);
      }
    }
  });

  it('each factsheet, the ranking, Bevindingen, Methode and every other view show their content', async () => {
    for (const g of gemeenten) {
      await open(`?weergave=factsheet&gemeente=${String(g.gemeente_id)}`);
      expect(await page.locator('#factsheet-titel').textContent()).toContain(String(g.naam));
    }
    await open('?weergave=ranking');
    // Read from the factsheets: C2 is a verbeterpunt in 6 of the 7 aanpakken.
    await poll(() => page.locator('main').textContent()).toContain('verbeterpunt in 6 van 7 aanpakken');
    await open('?weergave=bevindingen');
    await poll(() => page.locator('main table tbody tr').count()).toBe(25);
    await open('?weergave=methode');
    // Read from the factsheets: 47 of the 210 marks are an X.
    await poll(() => page.locator('main').textContent()).toContain('In deze gegevens: 47 keer.');
    for (const view of [
      'open-data',
      'toegankelijkheid',
      'privacy',
      'colofon',
      'factsheet',
      'begrippen',
      'bron',
    ]) {
      await open(`?weergave=${view}`);
      expect(await page.locator('main .view').count()).toBeGreaterThan(0);
    }
  });

  it('vergelijken for every choice of 2 to 4 gemeenten shows the chosen gemeenten side by side', async () => {
    const ids = gemeenten.map((g) => String(g.gemeente_id)).sort((a, b) => naam(a).localeCompare(naam(b)));
    const keuzes: string[][] = [];
    for (let m = 1; m < 1 << ids.length; m++) {
      const k = ids.filter((_, i) => m & (1 << i));
      if (k.length >= 2) keuzes.push(k);
    }
    expect(keuzes).toHaveLength(11);
    for (const k of keuzes) {
      await open(
        k.length === ids.length ? '?weergave=vergelijken' : `?weergave=vergelijken&gemeente=${k.join(',')}`,
      );
      await poll(() =>
        page.$$eval('table.kerncijfers thead th[data-gemeente]', (ths) =>
          ths.map((t) => (t as HTMLElement).dataset.gemeente),
        ),
      ).toEqual(k);
    }
  });

  it('Open data: the CSV of every oordeel downloads without the engine (210 rows)', async () => {
    await open('?weergave=open-data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /standaard CSV/ }).click(),
    ]);
    const csv = leesCsv(readFileSync((await download.path())!, 'utf8'));
    expect(csv[0]?.slice(0, 2)).toEqual(['gemeente_id', 'gemeente']);
    expect(csv.slice(1).filter((r) => r.length > 1)).toHaveLength(210);
    expect(csv.flat().some((v) => v.includes('doorzettingsmacht'))).toBe(true);
  });

  it('a shared drill-down link per aanpak, and a drill-down per indicator and per LET OP from the heatmap, show the full bevinding, LET OP and conclusie', async () => {
    const oordelen = readOordelenMetTeksten();
    const eerste = new Map<string, Record<string, unknown>>();
    for (const o of oordelen) if (!eerste.has(String(o.aanpak_id))) eerste.set(String(o.aanpak_id), o);
    for (const o of eerste.values()) {
      await open(`?weergave=heatmap&cel=${String(o.aanpak_id)}~${String(o.indicator)}`);
      await poll(() => page.locator('dialog[open]').textContent()).toContain('Conclusie');
    }
    await open('');
    const dialog = page.locator('dialog[open]');
    // Each indicator once, each aanpak in turn, and every oordeel with a LET OP: 30 + the LET OPs.
    // test/e2e/bron.test.ts opens all 210 drill-downs (with WebAssembly blocked) on its way to the source.
    const aanpakken = [...eerste.keys()];
    const steekproef = oordelen.filter(
      (o) =>
        o.let_op ||
        String(o.aanpak_id) === aanpakken[INDICATOR_CODES.indexOf(String(o.indicator)) % aanpakken.length],
    );
    expect(steekproef.length).toBeGreaterThanOrEqual(30);
    for (const o of steekproef) {
      await page
        .locator(`${CELL}[data-aanpak="${String(o.aanpak_id)}"][data-indicator="${String(o.indicator)}"]`)
        .click();
      await poll(async () => witruimte((await dialog.textContent()) ?? '')).toContain(
        witruimte(String(o.bevinding)).slice(0, 60),
      );
      const tekst = witruimte((await dialog.textContent()) ?? '');
      if (o.let_op) expect(tekst).toContain(witruimte(String(o.let_op)).slice(0, 40));
      expect(tekst).toContain('Conclusie');
      await page.keyboard.press('Escape');
      await poll(() => page.locator('dialog').count()).toBe(0);
    }
  }, 300_000);

  it('the home filters and sort answer at once and show what DuckDB shows for the same link', async () => {
    const links = [
      '?weergave=heatmap&alleen=verbeterpunten',
      '?weergave=heatmap&gemeente=emmen,gouda&thema=A,S&sorteer=verbeterpunten',
      '?weergave=heatmap&aanpak=dordrecht.gezinscoaching,oosterhout.bemoeizorg&alleen=verbeterpunten&sorteer=verbeterpunten',
    ];
    const tabel = () =>
      page.$$eval('table tr[data-rij]', (rijen) =>
        rijen.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
      );
    // Before: the filters are clicked on the prerendered home view; no engine can answer here.
    await open('');
    expect(await page.locator('input[name=gemeente][value=emmen]').isDisabled()).toBe(false);
    await page.locator('input[name=alleen]').check();
    await poll(() => page.locator(CELL).count()).toBe(17 * 7);
    await poll(() => page.locator('main [aria-busy="true"]').count()).toBe(0);
    const zonder: string[][] = [await tabel()];
    for (const link of links.slice(1)) {
      await open(link);
      zonder.push(await tabel());
    }
    // After: the same links with DuckDB-WASM running.
    const metEngine = await sessie.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const p2 = await metEngine.newPage();
      const met: string[][] = [];
      for (const link of links) {
        await p2.goto(`${sessie.url}${link}`);
        await p2
          .locator('main[data-rekenmodule="klaar"][data-link="toegepast"]')
          .waitFor({ timeout: 90_000 });
        await poll(async () => new URL(p2.url()).search).toBe(link);
        await poll(() => p2.locator('main [aria-busy="true"]').count()).toBe(0);
        met.push(
          await p2.$$eval('table tr[data-rij]', (rijen) =>
            rijen.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
          ),
        );
      }
      expect(zonder).toEqual(met);
    } finally {
      await metEngine.close();
    }
  }, 180_000);

  it('each kind of prerendered view shows the same before the engine as DuckDB-WASM computes for it', async () => {
    const links = [
      '?weergave=ranking',
      '?weergave=indicator&indicator=A9',
      '?weergave=vergelijken&gemeente=emmen,gouda',
      '?weergave=factsheet&gemeente=gouda',
      '?weergave=bevindingen',
      '?weergave=methode',
      '?weergave=heatmap&cel=gouda.mpg-overleg~C2',
    ];
    const inhoud = (p: Page, link: string) =>
      p.evaluate(
        (cel) =>
          (
            (cel
              ? document.querySelector('dialog[open]')
              : document.querySelector('main section.view')) as HTMLElement | null
          )?.innerText ?? '',
        link.includes('cel='),
      );
    const voor: string[] = [];
    for (const link of links) {
      await open(link);
      await poll(() => page.locator('main section.view [role=status]', { hasText: /laden/i }).count()).toBe(
        0,
      );
      voor.push(await inhoud(page, link));
    }
    // After: the engine computes every query itself; no page and no result file of the build is used.
    const metEngine = await sessie.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await metEngine.route('**/v/**', (route) => route.abort());
      const p2 = await metEngine.newPage();
      await p2.goto(`${sessie.url}?weergave=colofon&van=test`);
      await p2.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 90_000 });
      for (const link of links) {
        await p2.evaluate((l) => {
          history.pushState(null, '', l);
          dispatchEvent(new PopStateEvent('popstate'));
        }, link);
        await p2.locator('main h2').first().waitFor();
        await poll(() => p2.locator('main section.view [role=status]', { hasText: /laden/i }).count()).toBe(
          0,
        );
        await poll(() => p2.locator('main [aria-busy="true"]').count()).toBe(0);
        if (link.includes('cel='))
          await poll(() => p2.locator('dialog[open] .brontekst').count()).toBeGreaterThan(0);
        // A count still computing shows "…"; the text settles on what was shown before the engine.
        const i = links.indexOf(link);
        await expect.poll(() => inhoud(p2, link), { timeout: 15_000, message: link }).toBe(voor[i]);
      }
    } finally {
      await metEngine.close();
    }
  }, 240_000);

  it('without JavaScript: index.html lists the prerendered views, and their pages show their content', async () => {
    const zonderJs = await sessie.browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await zonderJs.newPage();
      await p.goto(sessie.url);
      expect(await p.locator('button[data-oordeel]').count()).toBe(210);
      const links = await p.$$eval('noscript .noscript-links a', (as) =>
        as.map((a) => a.getAttribute('href')),
      );
      // Every view but the drill-downs (they need a script to open): 12 views, 30 indicators, 4
      // factsheets, 5 source documents, 10 comparisons.
      expect(links).toHaveLength(61);
      expect(links).toContain('v/indicator-indicator-a9.html');
      await p.goto(`${sessie.url}v/indicator-indicator-a9.html`);
      expect(await p.locator('li.indicator-aanpak[data-oordeel]').count()).toBe(7);
      expect(await p.locator('li.indicator-aanpak[data-oordeel]').first().isVisible()).toBe(true);
    } finally {
      await zonderJs.close();
    }
  });

  it('no page error, and each view came within the time measured here', () => {
    expect(fouten).toEqual([]);
    const s = [...tijden].sort((a, b) => a - b);
    console.log(
      `zonder rekenmodule: ${s.length} cold loads, median ${s[Math.floor(s.length / 2)]} ms, max ${s.at(-1)} ms`,
    );
  });
});
