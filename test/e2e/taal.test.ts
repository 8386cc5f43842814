/**
 * Issue #5, language: `?taal=en` gives an English interface on every view, with the Dutch source texts
 * marked `lang="nl"`; switching back restores Dutch; a reload keeps English. Plus the glossary.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { dutchOutsideNl } from './nederlands';
import { useSessie, useSite } from './sessie';

describe('taal: English interface (?taal=en)', () => {
  const sessie = useSessie();
  const { pageErrors } = sessie;
  let page: Page;

  beforeAll(async () => {
    page = sessie.page;
    await page.goto(`${sessie.url}?taal=en`);
    await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 90_000 });
  }, 120_000);

  /** Go to a view through its nav or footer link (in-app, state kept) and wait for `klaar`. */
  async function naar(linkText: string, klaar: string) {
    await page.locator('nav a', { hasText: linkText }).first().click();
    await page.locator(klaar).first().waitFor({ timeout: 30_000 });
  }

  it('the prerendered page switches to English after hydration: html[lang=en], title, nav, heading', async () => {
    await page.locator('html[lang="en"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe(
      'Inspection of care for families with low social self-reliance (2013)',
    );
    expect(await page.title()).toBe('Heatmap – GGSR inspection 2013');
    const nav = await page.locator('nav[aria-label="Sections"] a').allTextContents();
    expect(nav).toEqual([
      'Heatmap',
      'Recurring points for improvement',
      'Compare municipalities',
      'Findings',
      'Method',
      'Open data',
    ]);
    expect(await page.locator('main h2').first().textContent()).toBe('Heatmap: all assessments');
    // The switch back is a real link in Dutch, marked as Dutch.
    const terug = page.locator('.taal-wissel a');
    expect(await terug.textContent()).toBe('Nederlands');
    expect(await terug.getAttribute('lang')).toBe('nl');
    expect(await terug.getAttribute('hreflang')).toBe('nl');
    expect(new URL(page.url()).searchParams.get('taal')).toBe('en');
  });

  it('heatmap: no Dutch outside lang="nl"; a cell is named in English', async () => {
    expect(await dutchOutsideNl(page)).toEqual([]);
    const x = page.locator('button[data-aanpak="emmen.cjg-aanpak"][data-indicator="A9"]');
    // Read from factsheet 003 (Emmen): the CJG-aanpak has an X for Doorzettingsmacht, named by our
    // translation of the indicator (src/model/toetsingskader-en.ts), as its row heading.
    expect(await x.getAttribute('aria-label')).toMatch(
      /^Emmen, CJG-aanpak, Authority to push through: needs improvement/,
    );
    expect(await page.locator('tr[data-rij="A9"] th .kader-en').first().textContent()).toBe(
      'Authority to push through',
    );
  });

  it('drill-down: English labels, the bevinding inside lang="nl"', async () => {
    await page.locator('button[data-aanpak="emmen.cjg-aanpak"][data-indicator="A9"]').click();
    const dialog = page.locator('dialog.drilldown');
    await dialog.locator('.brontekst').first().waitFor();
    await dialog.locator('.anderen-lijst li').first().waitFor();
    expect(await dialog.locator('h3').first().textContent()).toBe('Finding');
    const bevinding = dialog.locator('.brontekst').first();
    expect(await bevinding.evaluate((el) => el.closest('[lang="nl"]') !== null)).toBe(true);
    expect(((await bevinding.textContent()) ?? '').length).toBeGreaterThan(20);
    expect(await dutchOutsideNl(page)).toEqual([]);
    await dialog.locator('button.sluiten').click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('ranking and an indicator page', async () => {
    await naar('Recurring points for improvement', '.ranking-rij');
    expect(await page.locator('main h2').first().textContent()).toBe('Recurring points for improvement');
    expect(await dutchOutsideNl(page)).toEqual([]);
    await page.locator('.ranking-link').first().click();
    await page.locator('.indicator-aanpak').first().waitFor();
    expect(new URL(page.url()).searchParams.get('taal')).toBe('en');
    expect(await dutchOutsideNl(page)).toEqual([]);
  });

  it.each([
    ['Compare municipalities', '.conclusies-tabel'],
    ['Findings', '.bev-tabel tbody tr'],
    ['Method', 'table.methode-bronnen tbody tr'],
    ['Open data', '.od-bestanden tbody tr'],
  ])('%s', async (link, klaar) => {
    await naar(link, klaar);
    expect(new URL(page.url()).searchParams.get('taal')).toBe('en');
    expect(await dutchOutsideNl(page)).toEqual([]);
  });

  it('the CSV export says the column names stay Dutch', async () => {
    expect(await page.locator('main').textContent()).toContain('column names');
  });

  it('factsheet of Emmen', async () => {
    await naar('Factsheet per municipality', '.factsheet-keuze a');
    await page.locator('.factsheet-keuze a', { hasText: 'Emmen' }).click();
    await page.locator('.fs-conclusie').first().waitFor();
    expect(await dutchOutsideNl(page)).toEqual([]);
  });

  it.each([
    ['Glossary', 'dl.begrippenlijst'],
    ['Accessibility', 'main h2'],
    ['Privacy', 'main h2'],
    ['Colophon', '[data-testid="versie-bronnen"] li'],
  ])('%s', async (link, klaar) => {
    await naar(link, klaar);
    expect(await page.locator('main h2').first().textContent()).toBe(link);
    expect(await dutchOutsideNl(page)).toEqual([]);
  });

  it('has no axe violations on two English views (colophon, findings)', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await naar('Findings', '.bev-tabel tbody tr');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switching to Nederlands restores Dutch, keeps the view and removes taal from the URL', async () => {
    const link = page.locator('.taal-wissel a');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.locator('html[lang="nl"]').waitFor();
    expect(await page.locator('main h2').first().textContent()).toBe('Bevindingen');
    expect(await page.title()).toBe('Bevindingen – Toezicht GGSR 2013');
    const url = new URL(page.url());
    expect(url.searchParams.get('weergave')).toBe('bevindingen');
    expect(url.searchParams.has('taal')).toBe(false);
    expect(await page.locator('.taal-wissel a').textContent()).toBe('English');
  });

  it('switching back to English and reloading keeps English', async () => {
    await page.locator('.taal-wissel a').click();
    await page.locator('html[lang="en"]').waitFor();
    await page.reload();
    await page.locator('.bev-tabel tbody tr').first().waitFor({ timeout: 90_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('main h2').first().textContent()).toBe('Findings');
    expect(pageErrors).toEqual([]);
  });
});

describe('begrippenlijst (glossary)', () => {
  const site = useSite();

  it('lists the five terms of the issue, each with a plain explanation', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}?weergave=begrippen`);
    await page.locator('dl.begrippenlijst').waitFor({ timeout: 60_000 });
    for (const [id, term] of [
      ['ggsr', 'GGSR'],
      ['doorzettingsmacht', 'Doorzettingsmacht'],
      ['aanpak', 'Aanpak'],
      ['netwerkpartner', 'Netwerkpartner'],
      ['toetsingskader', 'Toetsingskader'],
    ]) {
      const dt = page.locator(`dt#begrip-${id}`);
      expect(await dt.textContent()).toBe(term);
      const uitleg = await dt.evaluate((el) => el.nextElementSibling?.textContent ?? '');
      expect(uitleg.length, term).toBeGreaterThan(40);
    }
    await page.close();
  });

  it('a link in the header intro lands on the term', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 90_000 });
    await page.locator('.tijd-melding a', { hasText: 'GGSR' }).click();
    await page.locator('dt#begrip-ggsr').waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('weergave')).toBe('begrippen');
    expect(url.hash).toBe('#begrip-ggsr');
    await page.waitForFunction(() => document.activeElement?.id === 'begrip-ggsr');
    const inBeeld = await page.locator('dt#begrip-ggsr').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inBeeld).toBe(true);
    await page.close();
  });
});
