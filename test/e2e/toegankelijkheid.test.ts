import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readRows } from '../helpers/data';
import { EXPECTED_X } from '../scripts/ingest/fixtures';
import { axeViolations } from './axe';
import { openContext, useSite, wachtOpRekenmodule } from './sessie';

const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Every oordeel as read from the factsheets: 7 aanpakken x 30 indicators, X where EXPECTED_X says. */
const INDICATOREN = [
  ...['T1', 'T2', 'T3', 'T4', 'G1', 'G2', 'G3'],
  ...Array.from({ length: 14 }, (_, i) => `A${i + 1}`),
  ...['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'C1', 'C2', 'C3'],
];
const VERWACHT = new Map<string, string>(
  Object.entries(EXPECTED_X).flatMap(([aanpak, xs]) =>
    INDICATOREN.map((i) => [`${aanpak}~${i}`, xs.includes(i) ? 'verbeterpunt' : 'voldoet'] as const),
  ),
);
const AANTAL_X = [...VERWACHT.values()].filter((o) => o === 'verbeterpunt').length;

/** Every view, with the parameters it needs to show content. */
const VIEWS = [
  'heatmap',
  'ranking',
  'indicator&indicator=A9',
  'vergelijken&gemeente=emmen,gouda',
  'bevindingen',
  'methode',
  'open-data',
  'factsheet&gemeente=dordrecht',
  'toegankelijkheid',
  'privacy',
  'colofon',
];

const MARK = 'table.heatmap button[data-oordeel]';

describe('accessibility: small screens, zoom, live regions, forced colours, motion, print', () => {
  const site = useSite();
  const pageErrors: string[] = [];
  const nieuwePagina = (opts: BrowserContextOptions) => openContext(site.browser, opts, pageErrors);

  async function open(page: Page, search = '') {
    await page.goto(`${site.url}${search}`);
    await wachtOpRekenmodule(page);
    await page.locator('main section.view h2').first().waitFor({ timeout: 30_000 });
  }

  const scrollBreedte = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it('at 320 px the heatmap is a compact grid with every mark (163 √, 47 X), LET OP and names', async () => {
    expect(VERWACHT.size).toBe(210);
    expect(AANTAL_X).toBe(47);
    const [context, page] = await nieuwePagina({ viewport: { width: 320, height: 640 } });
    try {
      await open(page);
      expect(await page.locator('table.heatmap').isVisible()).toBe(true);

      const marks = await page.$$eval(MARK, (els) =>
        els.map((e) => ({
          key: `${(e as HTMLElement).dataset.aanpak}~${(e as HTMLElement).dataset.indicator}`,
          oordeel: (e as HTMLElement).dataset.oordeel,
          symbool: e.querySelector('span[aria-hidden]')?.textContent,
          zichtbaar: (e as HTMLElement).checkVisibility(),
          naam: e.getAttribute('aria-label') ?? '',
        })),
      );
      expect(marks).toHaveLength(210);
      expect(marks.filter((m) => m.oordeel === 'voldoet')).toHaveLength(210 - AANTAL_X);
      expect(marks.filter((m) => m.oordeel === 'verbeterpunt')).toHaveLength(AANTAL_X);
      for (const m of marks) {
        expect(m.oordeel, m.key).toBe(VERWACHT.get(m.key));
        expect(m.symbool, m.key).toBe(m.oordeel === 'verbeterpunt' ? 'X' : '√');
        expect(m.zichtbaar, m.key).toBe(true);
      }
      // The accessible name: gemeente, aanpak, indicator, oordeel, LET OP.
      const a9 = page.getByRole('button', {
        name: 'Emmen, OGGz, Doorzettingsmacht: verbeterpunt',
        exact: true,
      });
      expect(await a9.count()).toBe(1);
      expect(await a9.getAttribute('data-aanpak')).toBe('emmen.oggz');
      const metLetOp = readRows('teksten')
        .filter((r) => r.let_op !== null)
        .map((r) => `${String(r.aanpak_id)}~${String(r.indicator)}`);
      expect(metLetOp.length).toBeGreaterThan(0);
      expect(marks.filter((m) => m.naam.includes('met LET OP')).map((m) => m.key)).toEqual(
        expect.arrayContaining(metLetOp),
      );
      expect(marks.filter((m) => m.naam.includes('met LET OP'))).toHaveLength(metLetOp.length);

      // A tap opens the drill-down; Esc puts the focus back on the cell.
      await a9.click();
      const dialog = page.locator('dialog[open]');
      await poll(async () => squash(await dialog.locator('h2').textContent())).toBe('A9 Doorzettingsmacht');
      await poll(() => dialog.textContent()).toContain(
        'De gemeente en één netwerkpartner geven aan dat de doorzettingsmacht niet',
      );
      await page.keyboard.press('Escape');
      await poll(() => page.locator('dialog').count()).toBe(0);
      await poll(() =>
        page.evaluate(() => {
          const d = (document.activeElement as HTMLElement)?.dataset;
          return `${d?.aanpak}~${d?.indicator}`;
        }),
      ).toBe('emmen.oggz~A9');

      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('at 320 px no view scrolls sideways', async () => {
    const [context, page] = await nieuwePagina({ viewport: { width: 320, height: 640 } });
    try {
      await open(page);
      for (const v of VIEWS) {
        // Within the app (as back/forward does), so DuckDB is loaded once.
        await page.evaluate((search) => {
          history.pushState(null, '', search);
          dispatchEvent(new PopStateEvent('popstate'));
        }, `?weergave=${v}`);
        await poll(async () => new URL(page.url()).searchParams.get('weergave')).toBe(v.split('&')[0]);
        await page.locator('main section.view h2').first().waitFor();
        await poll(() => page.locator('main [role=status]', { hasText: 'Gegevens laden' }).count()).toBe(0);
        await poll(() => page.locator('main .status').count()).toBe(0);
        expect(await scrollBreedte(page), v).toBeLessThanOrEqual(320);
      }
    } finally {
      await context.close();
    }
  });

  it('400% zoom of a 1280 x 1024 window: no sideways scrolling; heading, navigation and heatmap there', async () => {
    // Zooming a 1280 x 1024 CSS px window to 400% leaves 1280 / 4 = 320 by 1024 / 4 = 256 CSS px, each
    // drawn with 4 device pixels: the same layout as a 320 x 256 viewport at deviceScaleFactor 4. This is
    // the reflow case of WCAG 1.4.10 (320 CSS px wide).
    const [context, page] = await nieuwePagina({
      viewport: { width: 320, height: 256 },
      deviceScaleFactor: 4,
    });
    try {
      await open(page);
      expect(await page.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([320, 4]);
      expect(await scrollBreedte(page)).toBeLessThanOrEqual(320);
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.locator('nav[aria-label=Onderdelen] a').count()).toBe(6);
      expect(await page.locator('nav[aria-label=Onderdelen] a').first().isVisible()).toBe(true);
      expect(await page.locator(MARK).count()).toBe(210);
      await page.locator(MARK).first().scrollIntoViewIfNeeded();
      expect(await page.locator(MARK).first().isVisible()).toBe(true);
      expect(await scrollBreedte(page)).toBeLessThanOrEqual(320);
    } finally {
      await context.close();
    }
  });

  it('live regions: "rekenmodule geladen" once, the heatmap after a filter, Bevindingen after a filter', async () => {
    const [context, page] = await nieuwePagina({ viewport: { width: 1280, height: 900 } });
    try {
      await open(page);
      // Loading done: the status region (already in the prerendered page) says so, for screen readers.
      const rekenmodule = page.locator('.rekenmodule-status[role=status]');
      await poll(async () => squash(await rekenmodule.textContent())).toContain(
        'De rekenmodule is geladen; filters en zoeken werken nu.',
      );
      // ...and Chromium's accessibility tree has that text (the visible part of the line is hidden).
      const cdp = await context.newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
      };
      const teksten = nodes.filter((n) => !n.ignored).map((n) => n.name?.value ?? '');
      expect(teksten).toContain('De rekenmodule is geladen; filters en zoeken werken nu.');
      expect(teksten.some((t) => t.includes('Rekenmodule laden'))).toBe(false);
      // Nothing is announced for the first heatmap, and there is exactly one status region for it in the
      // view (the picture buttons have their own, which speaks only after a download, #19).
      const heatmap = page.getByTestId('heatmap-aankondiging');
      expect(await heatmap.textContent()).toBe('');
      expect(await page.locator('section.view [role=status]:not(.plaat-knoppen-status)').count()).toBe(1);
      expect(await page.locator('section.view .plaat-knoppen-status').textContent()).toBe('');

      // Thema T off: 4 of the 30 indicators (T1-T4) go, 7 x 26 = 182 oordelen remain.
      await page.locator('input[name=thema][value=T]').uncheck();
      // The status names the filter, as the heading does (#19).
      const themas = "thema's Gezin centraal, Aanpak, Samenwerking en Continu";
      await poll(() => heatmap.textContent()).toBe(
        `Heatmap, gefilterd op ${themas}: 7 aanpakken en 182 oordelen getoond.`,
      );
      // Gouda off as well: its one aanpak goes, 6 x 26 = 156.
      await page.locator('input[name=gemeente][value=gouda]').uncheck();
      await poll(() => heatmap.textContent()).toBe(
        `Heatmap, gefilterd op Dordrecht, Emmen en Oosterhout, ${themas}: 6 aanpakken en 156 oordelen getoond.`,
      );
      expect(await page.locator('table.heatmap button[data-oordeel]').count()).toBe(156);

      // Bevindingen: only X gives the 47 verbeterpunten of the factsheets.
      await open(page, '?weergave=bevindingen');
      const aantal = page.locator('.bev-aantal[role=status]');
      await poll(async () => squash(await aantal.textContent())).toMatch(/^210 bevindingen gevonden/);
      await page.locator('input[name=oordeel][value=voldoet]').uncheck();
      await poll(async () => squash(await aantal.textContent())).toMatch(
        new RegExp(`^${AANTAL_X} bevindingen gevonden`),
      );
    } finally {
      await context.close();
    }
  });

  it('forced colours: every X keeps its symbol and a look that differs from √; focus stays visible; axe', async () => {
    const [context, page] = await nieuwePagina({ viewport: { width: 1280, height: 900 } });
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      await open(page);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const cellen = await page.$$eval('table.heatmap button[data-oordeel]', (els) =>
        els.map((e) => {
          const s = getComputedStyle(e);
          return {
            oordeel: (e as HTMLElement).dataset.oordeel,
            symbool: e.querySelector('span[aria-hidden]')?.textContent,
            kleur: s.color,
            look: `${s.backgroundColor} ${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
          };
        }),
      );
      const x = cellen.filter((c) => c.oordeel === 'verbeterpunt');
      const v = cellen.filter((c) => c.oordeel === 'voldoet');
      expect(x).toHaveLength(AANTAL_X);
      for (const c of x) expect(c.symbool).toBe('X');
      const xLooks = new Set(x.map((c) => c.look));
      const vLooks = new Set(v.map((c) => c.look));
      expect(xLooks.size).toBe(1);
      for (const l of vLooks) expect(xLooks.has(l)).toBe(false);
      // The symbol is not drawn in the colour of its own background.
      const bg = x[0]!.look.split(' ').slice(0, 3).join(' ');
      expect(bg).not.toContain(x[0]!.kleur);

      // Keyboard focus: the ring is a system-colour outline.
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { stijl: s.outlineStyle, breedte: parseFloat(s.outlineWidth) };
      });
      expect(ring.stijl).not.toBe('none');
      expect(ring.breedte).toBeGreaterThanOrEqual(2);

      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reduced motion: no element has a transition or animation', async () => {
    const [context, page] = await nieuwePagina({ viewport: { width: 1280, height: 900 } });
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await open(page, '?weergave=heatmap&cel=emmen.oggz~A9');
      await page.locator('dialog[open] li.ander').first().waitFor();
      const bewegend = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((e) => {
            const s = getComputedStyle(e);
            const duur = `${s.transitionDuration},${s.animationDuration}`.split(',');
            return duur.some((d) => parseFloat(d) > 0);
          })
          .map((e) => e.tagName),
      );
      expect(bewegend).toEqual([]);
      expect(
        await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length),
      ).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('print of Bevindingen: a line says "pagina 1 van 3"; after Afdrukken all 60 rows of Emmen print', async () => {
    const [context, page] = await nieuwePagina({ viewport: { width: 1280, height: 900 } });
    try {
      await open(page, '?weergave=bevindingen&filter-gemeente=emmen');
      const emmen = [...VERWACHT.keys()].filter((k) => k.startsWith('emmen.'));
      expect(emmen).toHaveLength(60);
      await poll(async () => squash(await page.locator('.bev-aantal').textContent())).toMatch(
        /^60 bevindingen gevonden/,
      );
      // The table shows page 1 only; Emmen OGGz A9 is not on it.
      const pagina1 = await page.$$eval('table.bev-tabel tbody tr', (trs) =>
        trs.map((t) => (t as HTMLElement).dataset.rij),
      );
      expect(pagina1).toHaveLength(25);
      expect(pagina1).not.toContain('emmen.oggz~A9');

      await page.emulateMedia({ media: 'print' });
      const melding = page.getByTestId('bev-print-melding');
      expect(await melding.isVisible()).toBe(true);
      expect(squash(await melding.textContent())).toBe(
        'Pagina 1 van 3. Gebruik de knop Afdrukken voor alle 60 bevindingen.',
      );
      await page.emulateMedia({ media: 'screen' });
      expect(await melding.isVisible()).toBe(false);

      // "Afdrukken" loads every row first, then opens the print dialog (recorded here instead).
      await page.evaluate(() => {
        const w = window as unknown as { geprint: number[] };
        w.geprint = [];
        window.print = () => {
          w.geprint.push(document.querySelectorAll('[data-testid=bev-print] li').length);
        };
      });
      await page.getByRole('button', { name: 'Afdrukken' }).click();
      await poll(() => page.evaluate(() => (window as unknown as { geprint: number[] }).geprint)).toEqual([
        60,
      ]);

      await page.emulateMedia({ media: 'print' });
      const lijst = page.getByTestId('bev-print');
      expect(await lijst.isVisible()).toBe(true);
      expect(await page.locator('table.bev-tabel').isVisible()).toBe(false);
      const rijen = await lijst
        .locator('li')
        .evaluateAll((lis) => lis.map((l) => (l as HTMLElement).dataset.rij));
      expect([...rijen].sort()).toEqual([...emmen].sort());
      const a9 = lijst.locator('li[data-rij="emmen.oggz~A9"]');
      expect(await a9.isVisible()).toBe(true);
      expect(squash(await a9.textContent())).toContain(
        'De gemeente en één netwerkpartner geven aan dat de doorzettingsmacht niet',
      );
      expect(squash(await a9.textContent())).toContain('X verbeterpunt');
      expect(squash(await melding.textContent())).toBe(
        'Alle 60 bevindingen die passen bij de zoekterm en filters.',
      );
      await page.emulateMedia({ media: 'screen' });
    } finally {
      await context.close();
    }
  });

  it('no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
