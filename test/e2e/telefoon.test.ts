import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readRows } from '../helpers/data';
import { axeViolations } from './axe';
import { openContext, useSite, wachtOpRekenmodule } from './sessie';

/** The reader's experience of the heatmap (#19) on a phone (390 x 844) and on a laptop (1280 px). */

const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const MARK = 'table.heatmap button[data-oordeel]';

describe('heatmap on a phone and a laptop (#19)', () => {
  const site = useSite();
  const pageErrors: string[] = [];
  const nieuwePagina = (width: number, height: number) =>
    openContext(site.browser, { viewport: { width, height } }, pageErrors);

  async function open(page: Page, search = '') {
    await page.goto(`${site.url}${search}`);
    await wachtOpRekenmodule(page);
  }

  /** Scroll the window so that row `rij` is in the middle, then return the top of the heading rows. */
  async function kopNaScrollen(page: Page, rij: string) {
    await page.evaluate((r) => {
      const tr = document.querySelector(`tr[data-rij="${r}"]`)!;
      window.scrollTo(0, tr.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2);
    }, rij);
    await page.waitForTimeout(100);
    return page.evaluate(() => {
      const top = (s: string) => document.querySelector(s)!.getBoundingClientRect().top;
      return {
        scrollY: window.scrollY,
        gemeente: top('table.heatmap th.gemeente'),
        aanpak: top('table.heatmap th.aanpak'),
      };
    });
  }

  /**
   * Put row `rij` under the gap between the gemeente and the aanpak headings, then return the colour of
   * every pixel of the sticky heading that no heading cell covers (the border-spacing): white when the
   * rows under the heading do not show through.
   */
  async function kleurenInKopGaten(page: Page, rij: string): Promise<{ top: number; kleuren: string[] }> {
    await page.evaluate((r) => {
      const tr = document.querySelector(`tr[data-rij="${r}"]`)!;
      window.scrollTo(0, tr.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2);
    }, rij);
    await page.waitForTimeout(100);
    await page.evaluate((r) => {
      const tr = document.querySelector(`tr[data-rij="${r}"]`)!;
      const gemeente = document.querySelector('table.heatmap th.gemeente')!.getBoundingClientRect();
      window.scrollBy(0, tr.getBoundingClientRect().top - (gemeente.bottom - 5));
    }, rij);
    await page.waitForTimeout(100);
    const { top, punten } = await page.evaluate(() => {
      const thead = document.querySelector('table.heatmap thead')!;
      const r = thead.getBoundingClientRect();
      const uit: [number, number][] = [];
      for (let y = Math.max(0, Math.floor(r.top)); y < Math.floor(r.bottom); y++)
        for (let x = Math.ceil(r.left); x < r.right; x++) {
          const el = document.elementFromPoint(x, y);
          if (el && !thead.contains(el)) uit.push([x, y]);
        }
      return { top: r.top, punten: uit };
    });
    const png = (await page.screenshot()).toString('base64');
    // Decoded on a blank page of its own: the site's CSP refuses data: images.
    const leeg = await site.browser.newContext();
    try {
      const kladblok = await leeg.newPage();
      const kleuren = await kladblok.evaluate(
        async ([b64, pts]) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const g = canvas.getContext('2d')!;
          g.drawImage(img, 0, 0);
          const d = g.getImageData(0, 0, img.width, img.height).data;
          return pts.map(([x, y]) => {
            const i = (y * img.width + x) * 4;
            return `${d[i]},${d[i + 1]},${d[i + 2]}`;
          });
        },
        [png, punten] as const,
      );
      return { top, kleuren };
    } finally {
      await leeg.close();
    }
  }

  it('390 x 844: the whole heatmap within two screens, every mark there with its name, headings sticky, axe 0', async () => {
    const [context, page] = await nieuwePagina(390, 844);
    try {
      await open(page);
      // The overview (legend and grid) is at most two screen heights, and nothing scrolls sideways.
      const hoogte = await page.evaluate(
        () => document.querySelector('.heatmap-main')!.getBoundingClientRect().height,
      );
      expect(hoogte).toBeLessThanOrEqual(2 * 844);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      // Every one of the 210 oordelen of the data is a visible button inside the screen's width, with its name.
      const oordelen = new Map(readRows('oordelen').map((r) => [`${r.aanpak_id}~${r.indicator}`, r.oordeel]));
      expect(oordelen.size).toBe(210);
      const marks = await page.$$eval(MARK, (els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          const d = (e as HTMLElement).dataset;
          return {
            key: `${d.aanpak}~${d.indicator}`,
            oordeel: d.oordeel,
            naam: e.getAttribute('aria-label') ?? '',
            binnen: r.left >= 0 && r.right <= window.innerWidth && r.width >= 24 && r.height >= 24,
          };
        }),
      );
      expect(marks).toHaveLength(210);
      for (const m of marks) {
        expect(m.oordeel, m.key).toBe(oordelen.get(m.key));
        expect(m.binnen, m.key).toBe(true);
        expect(m.naam, m.key).toMatch(/^[^,]+, [^,]+, .+: (voldoet|verbeterpunt)/);
      }
      expect(
        await page
          .getByRole('button', { name: 'Emmen, OGGz, Doorzettingsmacht: verbeterpunt', exact: true })
          .count(),
      ).toBe(1);
      // The X's stand out: red cells with a white X.
      expect(
        await page
          .locator(`${MARK}[data-oordeel=verbeterpunt]`)
          .first()
          .evaluate((e) => getComputedStyle(e).backgroundColor),
      ).toBe('rgb(180, 35, 24)');
      // Per row the number of X stays visible (A9: five aanpakken with an X in the factsheets).
      const aantalX = page.locator('tr[data-rij="A9"] td.totaal .aantal-x');
      expect(squash(await aantalX.textContent())).toBe('5 X (verbeterpunt)');
      expect(await aantalX.isVisible()).toBe(true);

      // The filters are folded away behind one button.
      const knop = page.locator('button.filters-knop');
      expect(await knop.isVisible()).toBe(true);
      expect(squash(await knop.textContent())).toBe('Filters');
      expect(await knop.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('form.filters').isVisible()).toBe(false);

      // Scrolled down to the S rows, the gemeente and aanpak headings are still at the top of the screen.
      const kop = await kopNaScrollen(page, 'S3');
      expect(kop.scrollY).toBeGreaterThan(500);
      expect(kop.gemeente).toBeGreaterThanOrEqual(-1);
      expect(kop.gemeente).toBeLessThan(5);
      expect(kop.aanpak).toBeGreaterThan(kop.gemeente);
      expect(kop.aanpak).toBeLessThan(60);

      expect(await axeViolations(page)).toEqual([]);

      // The filter button says how many are active and opens the panel.
      await open(page, '?weergave=heatmap&gemeente=emmen,gouda&alleen=verbeterpunten');
      expect(squash(await knop.textContent())).toBe('Filters (2 actief)');
      await knop.click();
      expect(await knop.getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator('form.filters').isVisible()).toBe(true);
      expect(await page.locator('input[name=gemeente][value=emmen]').isChecked()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('1280 px: headings stay on top, aanpak names break only between words, shared marks are marked, axe 0', async () => {
    const [context, page] = await nieuwePagina(1280, 800);
    try {
      await open(page);
      expect(await page.locator('button.filters-knop').isVisible()).toBe(false);
      expect(await page.locator('form.filters').isVisible()).toBe(true);

      const kop = await kopNaScrollen(page, 'S3');
      expect(kop.scrollY).toBeGreaterThan(1000);
      expect(kop.gemeente).toBeGreaterThanOrEqual(-1);
      expect(kop.gemeente).toBeLessThan(5);
      expect(kop.aanpak).toBeLessThan(60);
      await page.evaluate(() => window.scrollTo(0, 0));

      // Each word of an aanpak heading sits on one line (a word broken in the middle has two line boxes).
      const woorden = await page.$$eval('table.heatmap th.aanpak', (ths) =>
        ths.flatMap((th) => {
          const tekst = th.firstChild?.firstChild ?? th.firstChild;
          if (!tekst || tekst.nodeType !== Node.TEXT_NODE)
            return [{ woord: th.textContent ?? '', regels: -1 }];
          const s = tekst.textContent ?? '';
          const uit: { woord: string; regels: number }[] = [];
          for (const m of s.matchAll(/[^\s-]+-?/g)) {
            const r = document.createRange();
            r.setStart(tekst, m.index);
            r.setEnd(tekst, m.index + m[0].length);
            const tops = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
            uit.push({ woord: m[0], regels: tops.size });
          }
          return uit;
        }),
      );
      expect(woorden.map((w) => w.woord)).toEqual(
        expect.arrayContaining(['Thuisbegeleiding', 'Gezinscoaching', 'Gezinsmanager', 'Bemoeizorg']),
      );
      for (const w of woorden) expect(w.regels, w.woord).toBe(1);

      // The marks shared by a merged block: as many as the data has, with a sign and a name. Gouda's
      // S3 and S4 share one √ (factsheet 002, line 537); S2 has its own (line 511).
      const gedeeld = readRows('oordelen').filter((r) => r.gedeeld === true);
      expect(await page.locator(`${MARK}[data-gedeeld]`).count()).toBe(gedeeld.length);
      const s4 = page.locator(`${MARK}[data-aanpak="gouda.mpg-overleg"][data-indicator="S4"]`);
      expect(await s4.getAttribute('aria-label')).toBe(
        'Gouda, MPG-overleg, Samenwerkingsafspraken: voldoet, met LET OP, gedeeld teken van een blok',
      );
      expect(await s4.evaluate((e) => getComputedStyle(e, '::after').content)).toBe('"↕"');
      expect(
        await page
          .locator(`${MARK}[data-aanpak="gouda.mpg-overleg"][data-indicator="S2"]`)
          .getAttribute('data-gedeeld'),
      ).toBeNull();

      // The legend lists the shared mark, and no "?": no oordeel in the data is onduidelijk.
      expect(readRows('oordelen').some((r) => r.oordeel === 'onduidelijk')).toBe(false);
      const legenda = page.locator('ul.legenda');
      expect(await legenda.locator('[data-legenda=onduidelijk]').count()).toBe(0);
      expect(squash(await legenda.textContent())).not.toContain('onduidelijk');
      expect(squash(await legenda.locator('[data-legenda=gedeeld]').textContent())).toBe(
        '↕ één teken voor een samengevoegd blok indicatoren',
      );
      expect(await page.locator('table.heatmap caption').textContent()).not.toContain('?');

      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([320, 390, 1280])(
    '%i px: the headings stick to the top with no gap where the rows under them show through',
    async (breedte) => {
      const [context, page] = await nieuwePagina(breedte, 800);
      try {
        await open(page);
        // No sideways scroll box (it would unstick the headings): the grid fits the screen.
        const maat = await page.evaluate(() => ({
          doc: document.documentElement.scrollWidth,
          tabel: document.querySelector('table.heatmap')!.getBoundingClientRect().right,
          scroll: getComputedStyle(document.querySelector('.heatmap-scroll')!).overflowX,
        }));
        expect(maat.doc).toBeLessThanOrEqual(breedte);
        expect(maat.tabel).toBeLessThanOrEqual(breedte);
        expect(maat.scroll).toBe('visible');

        const kop = await kopNaScrollen(page, 'S3');
        expect(kop.scrollY).toBeGreaterThan(500);
        expect(kop.gemeente).toBeGreaterThanOrEqual(-1);
        expect(kop.gemeente).toBeLessThan(5);
        expect(kop.aanpak).toBeGreaterThan(kop.gemeente);

        // S3's cells lie under the heading: none of its pixels shows in the gaps between the heading cells.
        const gaten = await kleurenInKopGaten(page, 'S3');
        expect(gaten.top).toBeGreaterThanOrEqual(-1);
        expect(gaten.top).toBeLessThan(5);
        expect(gaten.kleuren.length).toBeGreaterThan(500);
        expect(gaten.kleuren.filter((k) => k !== '255,255,255')).toEqual([]);
        // Every mark stays a 24 px target inside the screen.
        const klein = await page.$$eval(
          MARK,
          (els) =>
            els.filter((e) => {
              const r = e.getBoundingClientRect();
              return r.width < 24 || r.height < 24 || r.left < 0 || r.right > window.innerWidth;
            }).length,
        );
        expect(klein).toBe(0);
        if (breedte === 320) expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('1280 px in English: the heatmap fits its area, the totals column is not cut off', async () => {
    const [context, page] = await nieuwePagina(1280, 800);
    try {
      await open(page, '?taal=en');
      await page.locator(MARK).first().waitFor();
      const maat = await page.evaluate(() => {
        const vak = document.querySelector('.heatmap-main')!.getBoundingClientRect();
        const tabel = document.querySelector('table.heatmap')!.getBoundingClientRect();
        const totalen = [...document.querySelectorAll<HTMLElement>('table.heatmap td.totaal')];
        return {
          doc: document.documentElement.scrollWidth,
          vakRechts: vak.right,
          tabelRechts: tabel.right,
          totaalRechts: Math.max(...totalen.map((t) => t.getBoundingClientRect().right)),
          afgekapt: totalen.filter((t) => t.scrollWidth > t.clientWidth).length,
        };
      });
      expect(maat.doc).toBeLessThanOrEqual(1280);
      expect(maat.tabelRechts).toBeLessThanOrEqual(maat.vakRechts + 0.5);
      expect(maat.totaalRechts).toBeLessThanOrEqual(maat.vakRechts + 0.5);
      expect(maat.afgekapt).toBe(0);
      expect(squash(await page.locator('tr[data-rij="A9"] td.totaal').innerText())).toBe(
        '2 of 7 meet the standard 5 X (needs improvement)',
      );
    } finally {
      await context.close();
    }
  });

  it('headings say what is filtered, the URL agrees, and one "Toon alles" clears it', async () => {
    // Only this test's page: main's ?taal=en page has a hydration mismatch of its own (React #418).
    pageErrors.length = 0;
    const [context, page] = await nieuwePagina(1280, 800);
    try {
      await open(page, '?weergave=vergelijken&gemeente=emmen,gouda');
      const h2 = page.locator('main h2').first();
      await poll(async () => squash(await h2.textContent())).toBe('Gemeenten vergelijken: Emmen en Gouda');

      // To the heatmap: the filter carries over and the heading says so (Emmen 2 + Gouda 1 aanpakken).
      await page.locator('nav a', { hasText: 'Heatmap' }).click();
      await poll(async () => squash(await h2.textContent())).toBe('Heatmap: Emmen en Gouda');
      await poll(() => page.locator(MARK).count()).toBe(3 * 30);
      expect(new URL(page.url()).searchParams.get('gemeente')).toBe('emmen,gouda');

      await page.locator('input[name=alleen]').check();
      await poll(async () => squash(await h2.textContent())).toBe(
        'Heatmap: Emmen en Gouda, alleen verbeterpunten',
      );
      await poll(async () => new URL(page.url()).searchParams.get('alleen')).toBe('verbeterpunten');
      await poll(async () => squash(await page.getByTestId('heatmap-aankondiging').textContent())).toMatch(
        /^Heatmap, gefilterd op Emmen en Gouda, alleen verbeterpunten: 3 aanpakken en \d+ oordelen getoond\.$/,
      );
      expect(await axeViolations(page)).toEqual([]);

      // The ranking applies only the thema filter: its heading names that alone.
      await page.locator('input[name=thema][value=T]').uncheck();
      await poll(async () => new URL(page.url()).searchParams.get('thema')).toBe('G,A,S,C');
      await page.locator('nav a', { hasText: 'Terugkerende verbeterpunten' }).click();
      await poll(async () => squash(await h2.textContent())).toBe(
        "Terugkerende verbeterpunten: thema's Gezin centraal, Aanpak, Samenwerking en Continu",
      );

      // One "Toon alles" clears every filter: heading, cells and URL.
      await page.locator('nav a', { hasText: 'Heatmap' }).click();
      await poll(async () => squash(await h2.textContent())).toBe(
        "Heatmap: Emmen en Gouda, thema's Gezin centraal, Aanpak, Samenwerking en Continu, alleen verbeterpunten",
      );
      expect(await page.getByTestId('toon-alles').count()).toBe(1);
      await page.getByTestId('toon-alles').click();
      await poll(async () => squash(await h2.textContent())).toBe('Heatmap: alle oordelen');
      await poll(() => page.locator(MARK).count()).toBe(210);
      const zoek = new URL(page.url()).searchParams;
      expect([zoek.get('gemeente'), zoek.get('thema'), zoek.get('alleen')]).toEqual([null, null, null]);
      expect(await page.getByTestId('toon-alles').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
