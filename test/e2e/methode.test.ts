import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRows } from '../helpers/data';
import { axeViolations } from './axe';
import { useSessie } from './sessie';

/** Retry until the assertion holds (playwright-core has no web-first assertions). */
const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });

describe('methode (production build)', () => {
  const sessie = useSessie({ context: { viewport: { width: 1280, height: 1000 } } });
  const { pageErrors } = sessie;
  let page: Page;

  beforeAll(async () => {
    page = sessie.page;
    await page.goto(`${sessie.url}?weergave=methode`);
    await page.locator('li[data-indicator]').first().waitFor({ timeout: 60_000 });
  });

  it('lists the 30 indicators of the toetsingskader with their full text, by thema and criterium', async () => {
    const indicatoren = readRows('indicatoren');
    expect(indicatoren).toHaveLength(30);
    await poll(() => page.locator('li[data-indicator]').count()).toBe(30);
    const shown = await page.$$eval('li[data-indicator]', (lis) =>
      lis.map((li) => ({ code: (li as HTMLElement).dataset.indicator, tekst: li.textContent ?? '' })),
    );
    expect(shown.map((s) => s.code)).toEqual(indicatoren.map((i) => i.code));
    for (const [n, i] of indicatoren.entries()) {
      expect(shown[n]?.tekst).toContain(String(i.tekst));
      expect(shown[n]?.tekst).toContain(String(i.label));
    }
    // 5 thema's, 13 criteria.
    expect(await page.locator('.kader-thema h4').count()).toBe(5);
    expect(await page.locator('.kader-criterium h5').count()).toBe(13);
    const a9 = page.locator('li[data-indicator="A9"]');
    expect(await a9.textContent()).toContain('De doorzettingsmacht voor de regisseur is geregeld');
    // A9 sits under the criterium "Een toegeruste regisseur" of thema Aanpak.
    const crit = a9.locator('xpath=ancestor::div[contains(@class,"kader-criterium")]/h5');
    expect(await crit.textContent()).toBe('Criterium: Een toegeruste regisseur');
    expect(await page.locator('main h2').count()).toBe(1);
  });

  it('explains the marks and the other labels, the extraction and its limits', async () => {
    const text = (await page.locator('section.methode').textContent()) ?? '';
    for (const woord of ['voldoet', 'verbeterpunt', 'onduidelijk']) expect(text).toContain(woord);
    for (const begrip of ['Gedeeld teken', 'LET OP', 'Mogelijk onvolledig', 'Onbepaalde conclusie']) {
      expect(await page.locator('dl.methode-begrippen dt', { hasText: begrip }).count()).toBeGreaterThan(0);
    }
    expect(text).toContain('dezelfde factsheet van Oosterhout');
    expect(text).toContain('vóór de Jeugdwet van 2015');
    // Counts come from the data.
    const oordelen = readRows('oordelen');
    const conclusies = readRows('conclusies');
    await poll(() => page.locator('#methode-begrippen').textContent()).toContain(
      `Dit geldt voor ${oordelen.filter((o) => o.gedeeld).length} oordelen.`,
    );
    expect(await page.locator('#methode-grenzen').textContent()).toContain(
      `Bij ${conclusies.filter((c) => c.onbepaald).length} van de ${conclusies.length}`,
    );
  });

  it('lists the five sources with layout, lines, sha256 and the month in the document', async () => {
    const docs = readRows('documenten');
    const rows = page.locator('table.methode-bronnen tbody tr');
    await poll(() => rows.count()).toBe(docs.length);
    for (const d of docs) {
      const row = page.locator(`tr[data-bestand="${String(d.bestand)}"]`);
      const t = (await row.textContent()) ?? '';
      expect(t).toContain(String(d.sha256));
      expect(t).toContain(String(d.regels));
      if (d.maand_in_document) expect(t).toContain(String(d.maand_in_document));
      else expect(t).toContain('niet vermeld');
    }
    expect(await page.locator('tr[data-bestand^="004_"]').textContent()).toContain('Oktober 2013');
  });

  it('has a glossary', async () => {
    const terms = await page.$$eval('#methode-woorden dt', (dts) => dts.map((d) => d.textContent?.trim()));
    expect(terms).toEqual(
      expect.arrayContaining([
        'GGSR',
        'Aanpak',
        'Netwerkpartner',
        'Toetsingskader',
        'Doorzettingsmacht',
        'Bevinding',
        'Oordeel',
      ]),
    );
  });

  it('has no axe (WCAG 2.0/2.1/2.2 A/AA) violations, wide and narrow', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
