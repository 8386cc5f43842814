/**
 * Issue #14: the home filters answer before the app has taken over (src/app/voorfilter.ts). The app's
 * modules are held back (their request waits until the test lets it go), so the prerendered view with
 * the early layer is observed for as long as needed, never by timing; WebAssembly is blocked, so
 * nothing comes from the engine. For a systematic set of filter states (every subset of gemeenten,
 * every subset of thema's, each aanpak left out and each aanpak alone, each with and without "alleen
 * verbeterpunten"), the cells shown by the early layer equal, in order and in look, those the app shows
 * after the takeover, and both equal the oordelen of the data files.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readRows } from '../helpers/data';
import { useSite } from './sessie';
import { startStatisch } from './statisch';

const site = useSite();
const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 20_000, interval: 50 });

// The data, read here from the tables (not from the app): cells, and the order of rows and columns.
const gemeenten = readRows('gemeenten');
const gemeenteNaam = new Map(gemeenten.map((g) => [String(g.gemeente_id), String(g.naam)]));
const aanpakken = readRows('aanpakken')
  .map((a) => ({ id: String(a.aanpak_id), gemeente: String(a.gemeente_id), volgorde: Number(a.volgorde) }))
  .sort(
    (a, b) =>
      (gemeenteNaam.get(a.gemeente) ?? '').localeCompare(gemeenteNaam.get(b.gemeente) ?? '') ||
      a.volgorde - b.volgorde,
  );
const indicatoren = readRows('indicatoren').map((i) => ({
  code: String(i.code),
  thema: String(i.thema_code),
  volgorde: Number(i.volgorde),
}));
const oordelen = readRows('oordelen').map((o) => ({
  aanpak: String(o.aanpak_id),
  indicator: String(o.indicator),
  oordeel: String(o.oordeel),
}));
const GEMEENTEN = [...new Set(aanpakken.map((a) => a.gemeente))];
const THEMAS = [...new Set(indicatoren.sort((a, b) => a.volgorde - b.volgorde).map((i) => i.thema))];
const AANPAKKEN = aanpakken.map((a) => a.id);

/** A state of the form: what is ticked (every box of a list ticked is "all"). */
interface Stand {
  readonly gemeente: readonly string[];
  readonly aanpak: readonly string[];
  readonly thema: readonly string[];
  readonly alleen: boolean;
  readonly sorteer: 'volgorde' | 'verbeterpunten';
}

/** The cells the heatmap must show for `s`, as `aanpak~indicator~oordeel`, row by row. */
function verwacht(s: Stand): string[] {
  const thema = new Map(indicatoren.map((i) => [i.code, i.thema]));
  const gemeente = new Map(aanpakken.map((a) => [a.id, a.gemeente]));
  const cellen = oordelen.filter(
    (o) =>
      s.gemeente.includes(gemeente.get(o.aanpak) ?? '') &&
      s.aanpak.includes(o.aanpak) &&
      s.thema.includes(thema.get(o.indicator) ?? ''),
  );
  const metX = new Set(cellen.filter((c) => c.oordeel === 'verbeterpunt').map((c) => c.indicator));
  const tel = (indicator: string, oordeel: string) =>
    cellen.filter((c) => c.indicator === indicator && c.oordeel === oordeel).length;
  const volgorde = new Map(indicatoren.map((i) => [i.code, i.volgorde]));
  // Sorted by verbeterpunten: most X first, then most "onduidelijk", then the framework's order.
  const rij = (a: string, b: string) =>
    (s.sorteer === 'verbeterpunten'
      ? tel(b, 'verbeterpunt') - tel(a, 'verbeterpunt') || tel(b, 'onduidelijk') - tel(a, 'onduidelijk')
      : 0) || (volgorde.get(a) ?? 0) - (volgorde.get(b) ?? 0);
  return cellen
    .filter((c) => !s.alleen || metX.has(c.indicator))
    .sort(
      (a, b) => rij(a.indicator, b.indicator) || AANPAKKEN.indexOf(a.aanpak) - AANPAKKEN.indexOf(b.aanpak),
    )
    .map((c) => `${c.aanpak}~${c.indicator}~${c.oordeel}`);
}

const deelverzamelingen = <T>(lijst: readonly T[]): T[][] =>
  Array.from({ length: 2 ** lijst.length - 1 }, (_, n) => lijst.filter((_, i) => (n + 1) & (1 << i)));

/**
 * The systematic set of states, each with and without "alleen verbeterpunten": every subset of
 * gemeenten (also sorted by verbeterpunten), every subset of thema's, each aanpak left out, each alone.
 */
function standen(): Stand[] {
  const alles: Omit<Stand, 'alleen' | 'sorteer'> = { gemeente: GEMEENTEN, aanpak: AANPAKKEN, thema: THEMAS };
  const basis: Omit<Stand, 'alleen' | 'sorteer'>[] = [
    ...deelverzamelingen(GEMEENTEN).map((gemeente) => ({
      ...alles,
      gemeente,
      aanpak: AANPAKKEN.filter((a) => gemeente.includes(aanpakken.find((x) => x.id === a)?.gemeente ?? '')),
    })),
    ...deelverzamelingen(THEMAS).map((thema) => ({ ...alles, thema })),
    ...AANPAKKEN.map((a) => ({ ...alles, aanpak: AANPAKKEN.filter((x) => x !== a) })),
    ...AANPAKKEN.map((a) => ({ ...alles, aanpak: [a] })),
  ];
  const gesorteerd = deelverzamelingen(GEMEENTEN).map((gemeente) => ({
    ...alles,
    gemeente,
    aanpak: AANPAKKEN.filter((a) => gemeente.includes(aanpakken.find((x) => x.id === a)?.gemeente ?? '')),
    sorteer: 'verbeterpunten' as const,
  }));
  return [...basis.map((b) => ({ ...b, sorteer: 'volgorde' as const })), ...gesorteerd].flatMap((b) => [
    { ...b, alleen: false },
    { ...b, alleen: true },
  ]);
}

/** Every cell shown (visible, with a size), in reading order, with the look that tells its oordeel. */
async function getoond(page: Page): Promise<{ cellen: string[]; stijl: string[] }> {
  return page.$$eval('#root button[data-oordeel]', (knoppen) => {
    const zichtbaar = knoppen
      .filter((b) => b.checkVisibility({ visibilityProperty: true }) && b.getBoundingClientRect().width > 0)
      .map((b) => {
        const r = b.getBoundingClientRect();
        const cs = getComputedStyle(b);
        const d = (b as HTMLElement).dataset;
        return {
          k: `${d.aanpak}~${d.indicator}~${d.oordeel}`,
          y: Math.round(r.top + window.scrollY),
          x: Math.round(r.left + window.scrollX),
          stijl: `${cs.backgroundColor} ${cs.color} ${cs.fontWeight} ${cs.borderStyle}`,
        };
      })
      .sort((a, b) => a.y - b.y || a.x - b.x);
    return { cellen: zichtbaar.map((c) => c.k), stijl: zichtbaar.map((c) => `${c.k} ${c.stijl}`) };
  });
}

/**
 * Ticks and clears boxes until the form shows `s` (ticking first: the last box cannot be cleared). Each
 * group's boxes are clicked in the page, one task apart, so that the page has answered a click (the
 * early layer or React) before the next box is read.
 */
async function zet(page: Page, s: Stand): Promise<void> {
  const doel: [string, readonly string[]][] = [
    ['gemeente', s.gemeente],
    ['aanpak', s.aanpak],
    ['thema', s.thema],
  ];
  for (const aan of [true, false])
    for (const [name, lijst] of doel)
      await page.$$eval(
        `#root form input[name=${name}]`,
        async (boxes, [lijst, aan]) => {
          for (const box of boxes as HTMLInputElement[]) {
            const moet = lijst.includes(box.value);
            if (moet === aan && box.checked !== moet && !box.disabled) {
              box.click();
              await new Promise((r) => setTimeout(r, 0));
            }
          }
        },
        [lijst, aan] as const,
      );
  const alleen = page.locator('#root form input[name=alleen]');
  if ((await alleen.isChecked()) !== s.alleen) await alleen.click();
  const sorteer = page.locator('#root form select[name=sorteer]');
  if ((await sorteer.inputValue()) !== s.sorteer) await sorteer.selectOption(s.sorteer);
}

/** A context whose app module (assets/start-*.js) waits until `laat()`, with WebAssembly blocked. */
async function vastgehouden(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; laat(): void }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*.wasm', (route) => route.abort());
  let laat = () => {};
  const los = new Promise<void>((r) => (laat = r));
  await context.route(/\/assets\/start-[^/]*\.js$/, async (route) => {
    await los;
    await route.continue();
  });
  const page = await context.newPage();
  return { context, page, laat };
}

const overgenomen = (page: Page) => page.locator('main[data-link="toegepast"]').waitFor({ timeout: 90_000 });

describe('the home filters before the app has taken over (src/app/voorfilter.ts)', () => {
  it('for every state of the set, the early layer shows the cells of the data; for half of them (each filter choice once), the app after the takeover shows the same cells, in the same order and look', async () => {
    const lijst = standen();
    const voor: { cellen: string[]; stijl: string[] }[] = [];
    const vroeg = await vastgehouden(site.browser);
    try {
      await vroeg.page.goto(site.url);
      await vroeg.page.locator('html[data-voorfilter="klaar"]').waitFor({ timeout: 30_000 });
      for (const s of lijst) {
        await zet(vroeg.page, s);
        const g = await getoond(vroeg.page);
        expect(g.cellen, JSON.stringify(s)).toEqual(verwacht(s));
        voor.push(g);
      }
      // The app has not taken over at any point: its module was held back the whole time.
      expect(await vroeg.page.locator('main[data-link]').count()).toBe(0);
      expect(await vroeg.page.getAttribute('html', 'data-voorfilter')).toBe('klaar');
    } finally {
      vroeg.laat();
      await vroeg.context.close();
    }

    const app = await vastgehouden(site.browser);
    app.laat();
    try {
      await app.page.goto(site.url);
      await overgenomen(app.page);
      // Every other state (each with "alleen" on or off in turn): the app's own answer to every filter
      // combination is checked against the SQL in test/model/afleiding.test.ts.
      for (const [n, s] of lijst.entries()) {
        if (n % 2 !== Math.floor(n / 2) % 2) continue;
        await zet(app.page, s);
        await poll(async () => (await getoond(app.page)).cellen).toEqual(verwacht(s));
        await poll(() => app.page.locator('main [aria-busy="true"]').count()).toBe(0);
        expect(await getoond(app.page), JSON.stringify(s)).toEqual(voor[n]);
      }
    } finally {
      await app.context.close();
    }
    console.log(`voorfilter: ${lijst.length} filter states, the same before and after the takeover`);
  }, 600_000);

  it('filters and the sort chosen before the takeover stay chosen after it, with the link, and nothing flickers back', async () => {
    const v = await vastgehouden(site.browser);
    try {
      const fouten: string[] = [];
      v.page.on('pageerror', (e) => fouten.push(e.message));
      v.page.on('console', (m) => {
        if (m.type() === 'error' && !/wasm|WebAssembly|duckdb/i.test(m.text())) fouten.push(m.text());
      });
      await v.page.goto(site.url);
      await v.page.locator('html[data-voorfilter="klaar"]').waitFor({ timeout: 30_000 });
      const stand: Stand = {
        gemeente: ['emmen', 'gouda', 'oosterhout'],
        aanpak: AANPAKKEN.filter((a) => !a.startsWith('dordrecht.') && a !== 'oosterhout.bemoeizorg'),
        thema: THEMAS.filter((t) => t !== THEMAS[0]),
        alleen: true,
        sorteer: 'verbeterpunten',
      };
      await zet(v.page, stand);
      const voor = await getoond(v.page);
      expect(voor.cellen).toEqual(verwacht(stand));
      const link = new URL(v.page.url()).search;
      expect(new URLSearchParams(link).get('sorteer')).toBe('verbeterpunten');
      expect(new URLSearchParams(link).get('alleen')).toBe('verbeterpunten');
      expect(new URLSearchParams(link).get('gemeente')).toBe('emmen,gouda,oosterhout');

      // From here on, record every frame: no frame may show a cell the filters take away.
      await v.page.evaluate(
        (weg) => {
          const w = window as unknown as { flikker: string[] };
          w.flikker = [];
          const kijk = () => {
            for (const b of document.querySelectorAll<HTMLElement>('#root button[data-oordeel]'))
              if (
                weg.includes(b.dataset.aanpak ?? '') &&
                b.checkVisibility({ visibilityProperty: true }) &&
                b.getBoundingClientRect().width > 0
              )
                w.flikker.push(`${b.dataset.aanpak}~${b.dataset.indicator}`);
            requestAnimationFrame(kijk);
          };
          requestAnimationFrame(kijk);
        },
        AANPAKKEN.filter((a) => !stand.aanpak.includes(a)),
      );
      v.laat();
      await overgenomen(v.page);
      await poll(() => v.page.getAttribute('html', 'data-voorfilter')).toBe('los');
      await poll(() => v.page.locator('main [aria-busy="true"]').count()).toBe(0);
      expect(await v.page.evaluate(() => (window as unknown as { flikker: string[] }).flikker)).toEqual([]);

      // The app shows the same cells in the same order and look, and the controls as chosen.
      expect(await getoond(v.page)).toEqual(voor);
      const rijen = await v.page.$$eval('#root table.heatmap tr[data-rij]', (r) =>
        r.map((x) => ({
          rij: (x as HTMLElement).dataset.rij ?? '',
          x: x.querySelectorAll('button[data-oordeel="verbeterpunt"]').length,
        })),
      );
      expect(rijen.map((r) => r.x)).toEqual([...rijen.map((r) => r.x)].sort((a, b) => b - a));
      expect(new URL(v.page.url()).search).toBe(link);
      for (const g of GEMEENTEN)
        expect(await v.page.locator(`#root input[name=gemeente][value="${g}"]`).isChecked(), g).toBe(
          stand.gemeente.includes(g),
        );
      for (const a of AANPAKKEN)
        expect(await v.page.locator(`#root input[name=aanpak][value="${a}"]`).isChecked(), a).toBe(
          stand.aanpak.includes(a),
        );
      for (const t of THEMAS)
        expect(await v.page.locator(`#root input[name=thema][value="${t}"]`).isChecked(), t).toBe(
          stand.thema.includes(t),
        );
      expect(await v.page.locator('#root input[name=alleen]').isChecked()).toBe(true);
      expect(await v.page.locator('#root select[name=sorteer]').inputValue()).toBe('verbeterpunten');
      // The early layer is gone: no stylesheet of its own hides anything any more.
      expect(await v.page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      expect(fouten).toEqual([]);
    } finally {
      v.laat();
      await v.context.close();
    }
  }, 180_000);

  it("answers with none of the app's modules loaded: the early layer is inline in the head of index.html", async () => {
    const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
    const server = await startStatisch(dist, /\.(js|wasm)$/);
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const scripts: { url: string; ok: boolean }[] = [];
      page.on('response', (r) => {
        if (new URL(r.url()).pathname.endsWith('.js')) scripts.push({ url: r.url(), ok: r.ok() });
      });
      await page.goto(server.url, { waitUntil: 'load' });
      await page.locator('html[data-voorfilter="klaar"]').waitFor({ timeout: 30_000 });
      const gemeente = GEMEENTEN[0] ?? '';
      await page.$eval(`#root form input[name=gemeente][value="${gemeente}"]`, (b) =>
        (b as HTMLInputElement).click(),
      );
      await page.$eval('#root form input[name=alleen]', (b) => (b as HTMLInputElement).click());
      const stand: Stand = {
        gemeente: GEMEENTEN.filter((g) => g !== gemeente),
        aanpak: AANPAKKEN,
        thema: THEMAS,
        alleen: true,
        sorteer: 'volgorde',
      };
      await poll(async () => (await getoond(page)).cellen).toEqual(verwacht(stand));
      expect(new URLSearchParams(new URL(page.url()).search).get('alleen')).toBe('verbeterpunten');
      // Every script file of the app was asked for and refused: what answered is the page's inline script.
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((r) => r.ok)).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 120_000);

  it('answers while the rest of the table is still loading; a sort chosen then is applied once the table is whole', async () => {
    const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
    // index.html stops after the first row of the table: the form and the data block are there, the
    // other 29 rows are not.
    const server = await startStatisch(
      dist,
      /\.wasm$/,
      (html) => html.indexOf('</tr>', html.indexOf('<tr data-rij=')) + 5,
    );
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'commit' });
      await page.locator('html[data-voorfilter="klaar"]').waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => document.readyState)).toBe('loading');
      expect(await page.locator('#root tr[data-rij]').count()).toBe(1);
      await page.$eval('#root form input[name=alleen]', (b) => (b as HTMLInputElement).click());
      await page.$eval('#root form select[name=sorteer]', (s) => {
        (s as HTMLSelectElement).value = 'verbeterpunten';
        s.dispatchEvent(new Event('change', { bubbles: true }));
      });
      // Answered, not undone: the box stays ticked and the link says so, while the page still loads.
      expect(await page.evaluate(() => document.readyState)).toBe('loading');
      expect(await page.locator('#root form input[name=alleen]').isChecked()).toBe(true);
      expect(new URLSearchParams(new URL(page.url()).search).get('alleen')).toBe('verbeterpunten');
      server.laat();
      await page.waitForFunction(() => document.readyState !== 'loading');
      const stand: Stand = {
        gemeente: GEMEENTEN,
        aanpak: AANPAKKEN,
        thema: THEMAS,
        alleen: true,
        sorteer: 'verbeterpunten',
      };
      await poll(async () => (await getoond(page)).cellen).toEqual(verwacht(stand));
      expect(new URLSearchParams(new URL(page.url()).search).get('sorteer')).toBe('verbeterpunten');
    } finally {
      server.laat();
      await context.close();
      await server.close();
    }
  }, 120_000);
});
