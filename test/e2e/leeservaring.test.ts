/**
 * The reader's experience (#19), at 1280 px and on a phone (390 x 844): a compact header, the
 * drill-down's close button, the Bevindingen badge and search suggestion, the ranking, the conclusies'
 * note, the factsheet's LET OP and the English toetsingskader.
 *
 * Facts, from the factsheets in data/raw:
 * - Gouda (002): a LET OP at T1 (l. 233), A10 (436), A11 (448), A14 (486), the block S3+S4 with one √
 *   and one LET OP (535–543), S6 (577) and C3 (652); all √. A9 has none (l. 422–423).
 * - Gouda's A9 bevinding (l. 422–423) lacks the word "doorzettingsmacht"; the line of the indicator
 *   text that held it was lost in extraction (l. 420 reads "de regisseur is geregeld").
 * - Emmen OGGz (003, l. 733): one X for the block G1, G2, G3; every other X is a mark of its own.
 * - The indicators with no X in any factsheet (EXPECTED_X, read per factsheet): 13.
 * - Every aanpak is assessed on all 30 indicators: 7 aanpakken (Oosterhout 2, Gouda 1, Emmen 2,
 *   Dordrecht 2), so 7 oordelen on A9.
 * - The raw layout (002, 003, 004) loses the columns of the conclusies: they are onbepaald.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_X } from '../scripts/ingest/fixtures';
import { INDICATOR_CODES } from '../../src/model/toetsingskader';
import { axeViolations } from './axe';
import { useSite } from './sessie';

const LANG_LABEL = 'uit de bron niet af te leiden of dit onder';
const poll = <T>(f: () => T | Promise<T>) => expect.poll(f, { timeout: 20_000, interval: 50 });

const site = useSite();

describe.each([
  { breedte: 1280, hoogte: 900 },
  { breedte: 390, hoogte: 844 },
])('at $breedte px', ({ breedte, hoogte }) => {
  const telefoon = breedte < 600;
  let page: Page;
  const fouten: string[] = [];

  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: breedte, height: hoogte } });
    page.on('pageerror', (e) => fouten.push(e.message));
  });
  afterAll(async () => {
    await page?.close();
    expect(fouten).toEqual([]);
  });

  const open = async (pad: string, wacht = 'main h2') => {
    await page.goto(`${site.url}${pad}`);
    await page.locator(wacht).first().waitFor({ timeout: 60_000 });
  };
  const top = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);

  it('every view starts its own content in the first screen; the 2013 notice folds to one line on a phone', async () => {
    for (const view of [
      'heatmap',
      'ranking',
      'vergelijken',
      'bevindingen',
      'methode',
      'open-data',
      'factsheet',
    ]) {
      await open(`?weergave=${view}`);
      const kop = await top('main h2');
      expect(kop, view).toBeLessThan(hoogte / 2);
      if (telefoon) {
        const header = await page.locator('header.site-header').boundingBox();
        expect(header!.height, view).toBeLessThan(hoogte * 0.3);
      }
    }
    const meer = page.locator('.tijd-melding-meer');
    const rest = page.locator('#tijd-melding-rest');
    if (telefoon) {
      await page.locator('main[data-link=toegepast]').waitFor({ timeout: 60_000 });
      const melding = await page.locator('.tijd-melding').boundingBox();
      expect(melding!.height).toBeLessThan(36);
      expect(await rest.isVisible()).toBe(false);
      expect(await meer.textContent()).toBe('meer');
      await meer.click();
      await poll(() => meer.getAttribute('aria-expanded')).toBe('true');
      expect(await rest.isVisible()).toBe(true);
      expect(await rest.textContent()).toContain('Jeugdwet van 2015');
      expect(await meer.textContent()).toBe('minder');
    } else {
      expect(await rest.isVisible()).toBe(true);
      expect(await meer.isVisible()).toBe(false);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the drill-down keeps "Sluiten ×" inside the dialog, also for S4 Samenwerkingsafspraken', async () => {
    for (const cel of ['dordrecht.reset-thuisbegeleiding~S4', 'dordrecht.reset-thuisbegeleiding~A7']) {
      await open(`?weergave=heatmap&cel=${cel}`, 'dialog.drilldown #drilldown-titel span');
      const maat = await page.evaluate(() => {
        const d = document.querySelector('dialog.drilldown')!.getBoundingClientRect();
        const knop = document.querySelector('dialog.drilldown .sluiten')!.getBoundingClientRect();
        const inhoud = document.querySelector('.drilldown-inhoud')!;
        return { d: d.right, knop: knop.right, scroll: inhoud.scrollWidth - inhoud.clientWidth };
      });
      expect(maat.knop, cel).toBeLessThanOrEqual(maat.d);
      expect(maat.scroll, cel).toBe(0);
    }
  });

  it('the ranking: bars with their counts and denominators, the shared X of G1–G3 apart, 13 indicators in one line', async () => {
    await open('?weergave=ranking', 'ol.ranking-lijst li');
    const metX = new Set(Object.values(EXPECTED_X).flat());
    const zonder = INDICATOR_CODES.filter((c) => !metX.has(c));
    expect(zonder).toHaveLength(13);
    const balken = await page.$$eval('ol.ranking-lijst > li', (els) =>
      els.map((e) => e.getAttribute('data-indicator')),
    );
    expect(new Set(balken)).toEqual(metX);
    const details = page.locator('details.ranking-nul');
    expect(await details.locator('summary').textContent()).toBe('13 indicatoren: nergens een verbeterpunt');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').click();
    const nul = await details
      .locator('li[data-indicator]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
    expect(nul).toEqual(zonder);
    expect(await details.locator('li[data-indicator=A9]').count()).toBe(0);

    // Numbers on the bars; the legend says which bar counts what.
    const c2 = page.locator('ol.ranking-lijst > li[data-indicator=C2] text.balk-getal');
    expect(await c2.allTextContents()).toEqual(['6 van 7 aanpakken', '4 van 4 gemeenten']);
    const legenda = await page.locator('.ranking-legenda').textContent();
    expect(legenda).toContain('aanpakken met een verbeterpunt, van de 7 aanpakken');
    expect(legenda).toContain('gemeenten met een verbeterpunt bij minstens één aanpak, van de 4 gemeenten');

    // Emmen OGGz: one X for G1, G2 and G3.
    for (const code of balken) {
      const rij = page.locator(`ol.ranking-lijst > li[data-indicator=${code}]`);
      const gedeeld = ['G1', 'G2', 'G3'].includes(code!);
      expect(await rij.getAttribute('data-gedeeld'), code!).toBe(gedeeld ? '1' : '0');
      expect(await rij.locator('rect.balk-gedeeld').count(), code!).toBe(gedeeld ? 1 : 0);
      if (gedeeld)
        expect(await rij.locator('.ranking-link').textContent()).toContain(
          'daarvan 1 met één teken voor een blok indicatoren',
        );
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('conclusies: a short heading, and the long explanation once per view', async () => {
    await open('?weergave=heatmap&cel=gouda.mpg-overleg~A9', 'dialog .conclusie-onbepaald h4');
    expect(await page.locator('dialog .conclusie-onbepaald h4').textContent()).toBe('Onbepaalde conclusie');
    expect(await page.locator('dialog [data-testid=onbepaald-noot]').count()).toBe(1);
    expect(await page.locator('dialog').textContent()).not.toContain(LANG_LABEL);

    await open('?weergave=vergelijken&gemeente=emmen,gouda', '.conclusies-tabel .conclusie-kop-onbepaald');
    const koppen = await page.locator('.conclusies-tabel .conclusie-kop-onbepaald').allTextContents();
    // 3 aanpakken (Emmen 2, Gouda 1) x 5 thema's, all from the raw layout.
    expect(koppen).toHaveLength(15);
    expect(new Set(koppen)).toEqual(new Set(['Onbepaalde conclusie']));
    expect(await page.locator('[data-testid=onbepaald-noot]').count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toContain(LANG_LABEL);

    await open('?weergave=factsheet&gemeente=gouda', '.factsheet-conclusies');
    expect(await page.locator('[data-testid=onbepaald-noot]').count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toContain(LANG_LABEL);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the factsheet shows the LET OP mark (√!) where the heatmap does', async () => {
    await open('?weergave=factsheet&gemeente=gouda', 'table.factsheet-heatmap');
    const letOp = await page
      .locator('table.factsheet-heatmap tr[data-indicator]:has(td[data-let-op])')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
    expect(letOp).toEqual(['T1', 'A10', 'A11', 'A14', 'S3', 'S4', 'S6', 'C3']);
    for (const code of letOp) {
      const cel = page.locator(`tr[data-indicator=${code!}] td.fs-cel`);
      expect((await cel.textContent())?.replace(/\s+/g, '')).toMatch(/^√!voldoet,metLETOP/);
    }
    expect(
      (await page.locator('tr[data-indicator=A9] td.fs-cel').textContent())?.replace(/\s+/g, ''),
    ).toMatch(/^√voldoet(?!,met)/);
    expect(await page.locator('.factsheet-legenda').textContent()).toContain('er staat een LET OP bij');
  });

  it('Bevindingen: the X badge stays in its column; a search on an indicator name offers its page', async () => {
    await open('?weergave=bevindingen&oordeel=verbeterpunt', 'table.bev-tabel tbody tr');
    const uit = await page
      .locator('td.kol-oordeel .badge')
      .evaluateAll((els) =>
        els
          .filter((b) => b.getClientRects().length > 0)
          .map((b) => b.getBoundingClientRect().right - b.closest('td')!.getBoundingClientRect().right),
      );
    expect(uit.length).toBeGreaterThan(0);
    expect(Math.max(...uit)).toBeLessThanOrEqual(0);

    await page.locator('main[data-rekenmodule=klaar]').waitFor({ timeout: 90_000 });
    await open('?weergave=bevindingen&zoek=doorzettingsmacht', '[data-testid=indicator-suggestie]');
    const link = page.locator('[data-testid=indicator-suggestie] li[data-indicator=A9] a');
    expect(await link.textContent()).toBe('Alle 7 oordelen over Doorzettingsmacht');
    await page.locator('main[data-rekenmodule=klaar]').waitFor({ timeout: 90_000 });
    await poll(() => page.locator('.bev-aantal').textContent()).toMatch(/^\d+ bevinding/);
    expect(await page.locator('[data-aanpak="gouda.mpg-overleg"][data-indicator=A9]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await link.click();
    await poll(() => new URL(page.url()).searchParams.get('indicator')).toBe('A9');
    await poll(() => page.locator('li.indicator-aanpak').count()).toBe(7);
    expect(await page.locator('li.indicator-aanpak[data-aanpak="gouda.mpg-overleg"]').count()).toBe(1);
  });

  // The words do not depend on the width: at one width only (CI time).
  it.skipIf(telefoon)(
    "every view's status line names its filters in words, or says there is none (nl and en)",
    async () => {
      const status = page.locator('[data-testid=view-status]');
      const metX = new Set(Object.values(EXPECTED_X).flat());
      const telX = (codes: readonly string[]) => codes.filter((c) => metX.has(c)).length;
      const aanpak = INDICATOR_CODES.filter((c) => c.startsWith('A'));

      await open('?weergave=ranking', 'ol.ranking-lijst li');
      await poll(() => status.textContent()).toBe(
        `${telX(INDICATOR_CODES)} van ${INDICATOR_CODES.length} indicatoren met een verbeterpunt; geen filter.`,
      );
      await open('?weergave=ranking&thema=A', 'ol.ranking-lijst li');
      await poll(() => status.textContent()).toBe(
        `${telX(aanpak)} van ${aanpak.length} indicatoren met een verbeterpunt; gefilterd op thema Aanpak.`,
      );
      expect(await axeViolations(page)).toEqual([]);
      await open('?weergave=ranking&thema=A&taal=en', 'ol.ranking-lijst li');
      await poll(() => status.textContent()).toBe(
        `${telX(aanpak)} of ${aanpak.length} indicators need improvement; filtered on theme Aanpak.`,
      );

      // Emmen has 2 aanpakken and Gouda 1.
      await open('?weergave=vergelijken&gemeente=emmen,gouda&thema=A', '[data-testid=view-status]');
      await poll(() => status.textContent()).toBe(
        '3 aanpakken van 2 gemeenten; gefilterd op Emmen en Gouda, thema Aanpak.',
      );
      expect(await axeViolations(page)).toEqual([]);
      await open('?weergave=vergelijken&gemeente=emmen,gouda&taal=en', '[data-testid=view-status]');
      await poll(() => status.textContent()).toBe(
        '3 approaches of 2 municipalities; filtered on Emmen and Gouda.',
      );

      // Gouda's A9 has no LET OP (002, l. 422–423): one bevinding.
      await open('?weergave=bevindingen', '[data-testid=view-status]');
      await poll(() => status.textContent()).toBe('Geen filter.');
      await open(
        '?weergave=bevindingen&filter-gemeente=gouda&filter-indicator=A9&let-op=zonder',
        'table.bev-tabel tbody tr',
      );
      await page.locator('main[data-rekenmodule=klaar]').waitFor({ timeout: 90_000 });
      await poll(() => page.locator('.bev-aantal').textContent()).toBe(
        '1 bevinding gevonden (0 verbeterpunten, 1 voldoet)',
      );
      await poll(() => status.textContent()).toBe(
        'Gefilterd op Gouda, indicator A9 Doorzettingsmacht, zonder LET OP.',
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Zoeken en filters wissen' }).click();
      await poll(() => status.textContent()).toBe('Geen filter.');
      expect(new URL(page.url()).searchParams.get('filter-gemeente')).toBeNull();
    },
  );

  it('in English, the Bevindingen filters offer our translation of the indicators, the Dutch one click away', async () => {
    await open('?weergave=bevindingen&taal=en', 'select[name=filter-indicator]');
    await page.locator('html[lang=en]').waitFor({ timeout: 60_000 });
    const a9 = page.locator('select[name=filter-indicator] option[value=A9]');
    await poll(() => a9.textContent()).toBe('A9 Authority to push through');
    expect(await a9.getAttribute('lang')).toBeNull();
    const g = page.locator('select[name=filter-thema] option[value=G]');
    expect(await g.textContent()).toBe('Family at the centre');
    expect(await axeViolations(page)).toEqual([]);
    const knop = page.locator('[data-testid=vertaling-noot] button').first();
    await knop.click();
    await poll(() => a9.textContent()).toBe('A9 Doorzettingsmacht');
    expect(await a9.getAttribute('lang')).toBe('nl');
    expect(await g.textContent()).toBe('Gezin centraal');
    await knop.click();
    await poll(() => a9.textContent()).toBe('A9 Authority to push through');
    await page.locator('select[name=filter-indicator]').selectOption('A9');
    await poll(() => page.locator('[data-testid=view-status]').textContent()).toBe(
      'Filtered on indicator A9 Doorzettingsmacht.',
    );
  });

  it('in English, the toetsingskader is our translation, marked as ours, with the Dutch one click away', async () => {
    await open('?weergave=heatmap&cel=gouda.mpg-overleg~A9&taal=en', 'dialog .kader');
    await page.locator('html[lang=en]').waitFor({ timeout: 60_000 });
    const criterium = page.locator('dialog .kader dd').nth(1);
    await poll(() => criterium.textContent()).toBe('A well-equipped coordinator');
    expect(await criterium.locator('span').getAttribute('title')).toBe('Een toegeruste regisseur');
    expect(await page.locator('dialog #drilldown-titel').textContent()).toBe('A9 Authority to push through');
    const noot = page.locator('dialog [data-testid=vertaling-noot]');
    expect(await noot.textContent()).toContain('ours, not STJ’s');
    expect(await axeViolations(page)).toEqual([]);
    await noot.locator('button').click();
    await poll(() => criterium.textContent()).toBe('Een toegeruste regisseur');
    expect(await criterium.locator('span').getAttribute('lang')).toBe('nl');
    await noot.locator('button').click();
    await poll(() => criterium.textContent()).toBe('A well-equipped coordinator');

    if (!telefoon) {
      await open('?weergave=heatmap&taal=en', 'table.heatmap tr.criterium');
      await page.locator('html[lang=en]').waitFor({ timeout: 60_000 });
      await poll(() => page.locator('table.heatmap tr.criterium').first().textContent()).toBe(
        'Criterion: Families with low social self-reliance (GGSR) are identified',
      );
    }
  });
});
