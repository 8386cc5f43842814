import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOordelenMetTeksten, readRows } from '../helpers/data';
import { axeViolations } from './axe';
import { launchBrowser } from './browser';
import { startPreview, type PreviewHandle } from './server';
import { BEVINDINGEN_CSV_KOP, leesCsv } from '../helpers/csv';
import { zoekNorm } from '../helpers/zoek';

const RIJ = 'table.bev-tabel tbody tr[data-rij]';
const AANTAL = 'p.bev-aantal[role=status]';
const ZOEK = 'input[name=zoek]';
// From the Emmen factsheet (003), indicator A9.
const EMMEN_OGGZ_A9 =
  'De gemeente en één netwerkpartner geven aan dat de doorzettingsmacht niet is geregeld.';

/** Retry until the assertion holds (playwright-core has no web-first assertions). */
const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });

interface Verwacht {
  gemeente: string;
  aanpak: string;
  indicator: string;
  oordeel: string;
  let_op: string;
  bevinding: string;
}

/** Every oordeel from public/data/*.arrow (read with apache-arrow), with gemeente and aanpak names. */
function alleOordelen(): (Verwacht & { key: string })[] {
  const gemeenten = new Map(readRows('gemeenten').map((g) => [g.gemeente_id, String(g.naam)]));
  const aanpakken = new Map(readRows('aanpakken').map((a) => [a.aanpak_id, String(a.naam)]));
  return readOordelenMetTeksten().map((o) => ({
    key: `${String(o.aanpak_id)}~${String(o.indicator)}`,
    gemeente: gemeenten.get(o.gemeente_id) ?? '',
    aanpak: aanpakken.get(o.aanpak_id) ?? '',
    indicator: String(o.indicator),
    oordeel: String(o.oordeel),
    let_op: (o.let_op as string | null) ?? '',
    bevinding: (o.bevinding as string | null) ?? '',
  }));
}
const treft = (o: Verwacht, zoek: string) =>
  zoekNorm(o.bevinding).includes(zoekNorm(zoek)) || zoekNorm(o.let_op).includes(zoekNorm(zoek));

describe('bevindingen (production build)', () => {
  let server: PreviewHandle;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  async function open(search: string) {
    await page.goto(`${server.url}${search}`);
    await page.locator('section.bevindingen').waitFor({ timeout: 60_000 });
    await poll(() => page.locator(AANTAL).textContent()).toMatch(/bevinding(en)? gevonden/);
  }
  const rijKeys = () => page.$$eval(RIJ, (trs) => trs.map((t) => (t as HTMLElement).dataset.rij));
  const aantalTekst = async () => (await page.locator(AANTAL).textContent())?.trim() ?? '';

  beforeAll(async () => {
    server = await startPreview();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows all 210 oordelen, 25 per page, with the page count', async () => {
    await open('?weergave=bevindingen');
    expect(await aantalTekst()).toMatch(/^210 bevindingen gevonden/);
    await poll(() => page.locator(RIJ).count()).toBe(25);
    expect(await page.locator('.bev-pagina-tekst').textContent()).toBe('Pagina 1 van 9');
    const heads = await page.$$eval('table.bev-tabel thead th', (ths) =>
      ths.map((t) => t.textContent?.trim()),
    );
    expect(heads.map((h) => h?.replace(/[↕▲▼]/g, '').trim())).toEqual([
      'Gemeente',
      'Aanpak',
      'Thema',
      'Criterium',
      'Indicator',
      'Oordeel',
      'LET OP',
      'Bevinding',
    ]);
    expect((await rijKeys())[0]).toBe('dordrecht.reset-thuisbegeleiding~T1');
  });

  it('the search finds a known bevinding ("doorzettingsmacht": Emmen OGGz A9)', async () => {
    await page.locator(ZOEK).fill('doorzettingsmacht');
    const rij = page.locator(`${RIJ}[data-rij="emmen.oggz~A9"]`);
    await rij.waitFor();
    await poll(() => rij.locator('td.kol-bevinding').textContent()).toContain(EMMEN_OGGZ_A9);
    expect(await rij.locator('td.kol-oordeel').textContent()).toContain('verbeterpunt');
    // The match is highlighted.
    await poll(() => rij.locator('td.kol-bevinding mark').allTextContents()).toEqual(['doorzettingsmacht']);
    const verwacht = alleOordelen().filter((o) => treft(o, 'doorzettingsmacht'));
    await poll(aantalTekst).toMatch(new RegExp(`^${verwacht.length} bevindingen gevonden`));
    expect((await rijKeys()).sort()).toEqual(verwacht.map((o) => o.key).sort());
    await expect.poll(() => new URL(page.url()).searchParams.get('zoek')).toBe('doorzettingsmacht');
    // Accents and case do not matter.
    await page.locator(ZOEK).fill('ÉÉN NETWERKPARTNER');
    await page.locator(ZOEK).press('Enter');
    await poll(rijKeys).toContain('emmen.oggz~A9');
  });

  it('exports exactly the filtered rows (oordeel = verbeterpunt + search) as CSV', async () => {
    await open('?weergave=bevindingen');
    await page.locator('input[name=oordeel][value=voldoet]').uncheck();
    await page.locator('input[name=oordeel][value=onduidelijk]').uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('oordeel')).toBe('verbeterpunt');
    await poll(aantalTekst).toMatch(/^47 bevindingen gevonden/);
    await page.locator(ZOEK).fill('regisseur');
    await page.locator(ZOEK).press('Enter');
    const verwacht = alleOordelen().filter((o) => o.oordeel === 'verbeterpunt' && treft(o, 'regisseur'));
    expect(verwacht.length).toBeGreaterThan(1);
    await poll(aantalTekst).toMatch(new RegExp(`^${verwacht.length} bevindingen gevonden`));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ggsr-bevindingen-2013.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const [kop, ...rijen] = leesCsv(text.slice(1));
    expect(kop?.slice(0, 10)).toEqual(BEVINDINGEN_CSV_KOP);
    const col = (naam: string) => kop?.indexOf(naam) ?? -1;
    const gekregen = rijen.map((r) =>
      JSON.stringify([
        r[col('gemeente')],
        r[col('aanpak')],
        r[col('indicator')],
        r[col('oordeel')],
        r[col('let_op')],
        r[col('bevinding')],
      ]),
    );
    const verwachtRijen = verwacht.map((o) =>
      JSON.stringify([o.gemeente, o.aanpak, o.indicator, o.oordeel, o.let_op, o.bevinding]),
    );
    expect(gekregen.sort()).toEqual(verwachtRijen.sort());
    expect(rijen.every((r) => r[col('teken')] === 'X')).toBe(true);
    await poll(() => page.locator('.bev-export-status').textContent()).toContain(
      `met ${verwacht.length} bevindingen is gedownload`,
    );
  });

  it('the export follows the current sort and includes every page', async () => {
    await open('?weergave=bevindingen&sorteer-tabel=gemeente-aflopend');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer CSV' }).click(),
    ]);
    const [, ...rijen] = leesCsv((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''));
    expect(rijen).toHaveLength(210);
    const gemeenten = rijen.map((r) => r[0] ?? '');
    expect(gemeenten).toEqual([...gemeenten].sort().reverse());
  });

  it('a URL with table state reproduces it (search, filters, sort, page)', async () => {
    const url =
      '?weergave=bevindingen&zoek=caseload&oordeel=voldoet&let-op=met&sorteer-tabel=gemeente-aflopend';
    await open(url);
    expect(new URL(page.url()).search).toBe(url);
    await poll(rijKeys).toEqual(['gouda.mpg-overleg~A10', 'emmen.oggz~A10', 'dordrecht.gezinscoaching~A10']);
    expect(await aantalTekst()).toMatch(/^3 bevindingen gevonden/);
    expect(await page.locator(ZOEK).inputValue()).toBe('caseload');
    expect(await page.locator('input[name=oordeel][value=voldoet]').isChecked()).toBe(true);
    expect(await page.locator('input[name=oordeel][value=verbeterpunt]').isChecked()).toBe(false);
    expect(await page.locator('select[name=let-op]').inputValue()).toBe('met');
    expect(await page.locator('th[aria-sort]').count()).toBe(1);
    expect(await page.locator('th.kol-gemeente').getAttribute('aria-sort')).toBe('descending');

    // Paging: page 2 of the full list, and "Volgende" goes into the URL.
    await open('?weergave=bevindingen&pagina=2');
    expect(await page.locator('.bev-pagina-tekst').textContent()).toBe('Pagina 2 van 9');
    await poll(async () => (await rijKeys())[0]).toBe('dordrecht.reset-thuisbegeleiding~S5');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('pagina')).toBe('3');
    await poll(() => page.locator('.bev-pagina-tekst').textContent()).toBe('Pagina 3 van 9');
    await page.goBack();
    await poll(() => page.locator('.bev-pagina-tekst').textContent()).toBe('Pagina 2 van 9');
  });

  it('sorting by clicking a column head is done in DuckDB over all rows', async () => {
    await open('?weergave=bevindingen&pagina=3');
    await page.locator('th.kol-oordeel button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sorteer-tabel')).toBe('oordeel-aflopend');
    // Back to page 1 after a new sort; the 47 verbeterpunten come first.
    expect(new URL(page.url()).searchParams.get('pagina')).toBeNull();
    await poll(() => page.locator('th.kol-oordeel').getAttribute('aria-sort')).toBe('descending');
    await poll(() =>
      page.$$eval(RIJ, (trs) => trs.map((t) => (t as HTMLElement).dataset.oordeelRij)),
    ).toEqual(Array(25).fill('verbeterpunt'));
    await page.locator('th.kol-oordeel button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sorteer-tabel')).toBe('oordeel');
    await poll(() =>
      page.$$eval(RIJ, (trs) => trs.map((t) => (t as HTMLElement).dataset.oordeelRij)),
    ).toEqual(Array(25).fill('voldoet'));
  });

  it('hostile URL values are dropped or searched literally; nothing breaks', async () => {
    await page.goto(
      `${server.url}?weergave=bevindingen&zoek=${encodeURIComponent("'); DROP TABLE oordelen; --")}` +
        '&sorteer-tabel=bevinding%3B%20DROP%20TABLE%20oordelen&pagina=-1&oordeel=x,voldoet&let-op=%3Cb%3E',
    );
    const melding = page.locator('.melding', { hasText: 'Een deel van de link kon niet worden gebruikt' });
    await melding.waitFor({ state: 'visible', timeout: 60_000 });
    await poll(aantalTekst).toBe('0 bevindingen gevonden');
    await page.getByText('Er zijn geen bevindingen die passen bij deze zoekterm en filters.').waitFor();
    const search = new URL(page.url()).searchParams;
    expect(search.get('sorteer-tabel')).toBeNull();
    expect(search.get('pagina')).toBeNull();
    expect(search.get('oordeel')).toBeNull();
    expect(search.get('let-op')).toBeNull();
    expect(search.get('zoek')).toBe("'); DROP TABLE oordelen; --");
    // The data is untouched.
    await open('?weergave=bevindingen&zoek=%25');
    expect(await aantalTekst()).toBe('0 bevindingen gevonden');
    await open('?weergave=bevindingen');
    expect(await aantalTekst()).toMatch(/^210 bevindingen gevonden/);
  });

  it('the drill-down opens from the indicator and gives focus back', async () => {
    await open('?weergave=bevindingen&zoek=doorzettingsmacht&filter-gemeente=emmen');
    const knop = page.locator('button[data-aanpak="emmen.oggz"][data-indicator="A9"]');
    await knop.click();
    const dialog = page.locator('dialog[open]');
    await poll(async () => (await dialog.locator('h2').textContent())?.trim()).toBe('A9 Doorzettingsmacht');
    await page.keyboard.press('Escape');
    await poll(() => page.locator('dialog').count()).toBe(0);
    await poll(() =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.dataset.aanpak}~${el.dataset.indicator}` : null;
      }),
    ).toBe('emmen.oggz~A9');
  });

  it('has no axe (WCAG 2.0/2.1/2.2 A/AA) violations, wide and narrow', async () => {
    await open('?weergave=bevindingen&zoek=caseload');
    expect(await axeViolations(page)).toEqual([]);
    await open('?weergave=bevindingen&zoek=geen-treffer-hier');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await open('?weergave=bevindingen&oordeel=verbeterpunt');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  it('no request leaves the page origin; no page errors', () => {
    const origin = new URL(server.url).origin;
    const foreign = requests.filter((u) => !u.startsWith('blob:') && new URL(u).origin !== origin);
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
