import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRows } from '../helpers/data';
import { useSessie } from './sessie';

const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });

/** Pages in a PDF: `/Type /Page` objects (not `/Type /Pages`, the page tree). */
function aantalPaginas(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe('factsheet per gemeente (production build)', () => {
  const sessie = useSessie({ context: { viewport: { width: 1280, height: 1000 } } });
  const { pageErrors } = sessie;
  let page: Page;
  const gemeenten = readRows('gemeenten');
  const aanpakken = readRows('aanpakken');
  const oordelen = readRows('oordelen');

  beforeAll(() => {
    page = sessie.page;
  });

  it('without a gemeente: a link to the factsheet of each gemeente', async () => {
    await page.goto(`${sessie.url}?weergave=factsheet`);
    await page.locator('.factsheet-keuze a').first().waitFor({ timeout: 60_000 });
    const hrefs = await page.$$eval('.factsheet-keuze a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(gemeenten.length);
    await page.locator('.factsheet-keuze a', { hasText: 'Emmen' }).click();
    await page.locator('[data-testid=factsheet-heatmap]').waitFor();
    expect(new URL(page.url()).searchParams.get('gemeente')).toBe('emmen');
  });

  it('each gemeente: context, 30 indicator rows x its aanpakken with symbols, conclusies, and 1–2 A4 pages in print', async () => {
    expect(gemeenten).toHaveLength(4);
    for (const g of gemeenten) {
      const id = String(g.gemeente_id);
      await page.goto(`${sessie.url}?weergave=factsheet&gemeente=${id}`);
      await page.locator('[data-testid=factsheet-heatmap]').waitFor({ timeout: 60_000 });
      expect(await page.locator('#factsheet-titel').textContent()).toContain(String(g.naam));
      const context = (await page.getByTestId('factsheet-context').textContent()) ?? '';
      if (g.inwoners_tekst) expect(context).toContain(String(g.inwoners_tekst));

      const eigen = aanpakken.filter((a) => a.gemeente_id === id);
      const koppen = await page.$$eval('[data-testid=factsheet-heatmap] thead th', (ths) =>
        ths.map((t) => t.textContent?.trim()),
      );
      expect(koppen.slice(1)).toEqual(
        [...eigen].sort((a, b) => Number(a.volgorde) - Number(b.volgorde)).map((a) => String(a.naam)),
      );
      expect(await page.locator('tr[data-indicator]').count()).toBe(30);
      // Every cell equals oordelen.arrow and shows a symbol, not only a colour.
      const cellen = await page.$$eval('td[data-oordeel]', (tds) =>
        tds.map((td) => ({
          o: (td as HTMLElement).dataset.oordeel,
          t: td.querySelector('[aria-hidden]')?.textContent,
        })),
      );
      const verwacht = oordelen.filter((o) => o.gemeente_id === id);
      expect(cellen).toHaveLength(verwacht.length);
      expect(cellen.filter((c) => c.o === 'verbeterpunt').length).toBe(
        verwacht.filter((o) => o.oordeel === 'verbeterpunt').length,
      );
      for (const c of cellen)
        expect(c.t).toBe({ voldoet: '√', verbeterpunt: 'X', onduidelijk: '?' }[c.o ?? '']);
      expect(await page.locator('.fs-conclusie').count()).toBe(5);

      await page.emulateMedia({ media: 'print' });
      // Print hides the site header, navigation and buttons; X keeps its symbol in greyscale.
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(
        await page.locator('button').evaluateAll((bs) => bs.filter((b) => b.checkVisibility()).length),
      ).toBe(0);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      const n = aantalPaginas(pdf);
      expect(n, `${id}: ${n} pages`).toBeGreaterThanOrEqual(1);
      expect(n, `${id}: ${n} pages`).toBeLessThanOrEqual(2);
    }
  });

  it('every view prints without navigation, filters and buttons', async () => {
    for (const w of ['heatmap', 'bevindingen', 'methode', 'open-data']) {
      await page.goto(`${sessie.url}?weergave=${w}`);
      await page.locator('main section.view h2').waitFor({ timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      await poll(() =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('nav, form.filters, button:not(.cel), select, input')].filter((e) =>
              (e as HTMLElement).checkVisibility(),
            ).length,
        ),
      ).toBe(0);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
