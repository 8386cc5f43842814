import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEKST_TABELLEN, type TekstTabel } from '../../src/db/schema';
import { DATA_DIR, readOordelenMetTeksten, readRows, TABLES } from '../helpers/data';
import { axeViolations } from './axe';
import { useSessie } from './sessie';
import { leesCsv } from '../helpers/csv';

const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });

/** Every oordeel of public/data (oordelen.arrow with its teksten part, read with apache-arrow) as the CSV would show it. */
function verwachteRijen(): string[] {
  const gemeenten = new Map(readRows('gemeenten').map((g) => [g.gemeente_id, String(g.naam)]));
  const aanpakken = new Map(readRows('aanpakken').map((a) => [a.aanpak_id, String(a.naam)]));
  const tekst = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return readOordelenMetTeksten().map((o) =>
    JSON.stringify([
      tekst(o.gemeente_id),
      gemeenten.get(o.gemeente_id) ?? '',
      tekst(o.aanpak_id),
      aanpakken.get(o.aanpak_id) ?? '',
      tekst(o.indicator),
      tekst(o.oordeel),
      tekst(o.reden),
      tekst(o.let_op),
      tekst(o.bevinding),
      o.gedeeld ? 'ja' : 'nee',
      o.mogelijk_onvolledig ? 'ja' : 'nee',
      o.bron_bestand ? `${tekst(o.bron_bestand)}:${tekst(o.bron_van)}-${tekst(o.bron_tot)}` : '',
    ]),
  );
}

function gekregenRijen(rows: string[][]): string[] {
  const [kop = [], ...rijen] = rows;
  const k = (naam: string) => kop.indexOf(naam);
  for (const naam of ['gemeente_id', 'bevinding', 'let_op', 'bron'])
    expect(k(naam)).toBeGreaterThanOrEqual(0);
  return rijen.map((r) =>
    JSON.stringify(
      [
        'gemeente_id',
        'gemeente',
        'aanpak_id',
        'aanpak',
        'indicator',
        'oordeel',
        'reden',
        'let_op',
        'bevinding',
        'gedeeld_teken',
        'mogelijk_onvolledig',
        'bron',
      ].map((naam) => r[k(naam)]),
    ),
  );
}

describe('open data and statement pages (production build)', () => {
  const sessie = useSessie({ context: { viewport: { width: 1280, height: 1000 }, acceptDownloads: true } });
  const { requests, pageErrors } = sessie;
  let page: Page;
  beforeAll(() => {
    page = sessie.page;
  });

  async function open(search: string, klaar: string) {
    await page.goto(`${sessie.url}${search}`);
    await page.locator(klaar).first().waitFor({ timeout: 60_000 });
  }
  async function download(knop: string) {
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: knop }).click(),
    ]);
    return { naam: d.suggestedFilename(), bytes: await readFile(await d.path()) };
  }

  it('Open data is in the menu and the footer', async () => {
    await open('?weergave=heatmap', 'table');
    await page.locator('nav[aria-label=Onderdelen] a', { hasText: 'Open data' }).click();
    await page.locator('#open-data-titel').waitFor();
    expect(new URL(page.url()).searchParams.get('weergave')).toBe('open-data');
    const footer = await page.$$eval('footer nav a', (as) => as.map((a) => a.textContent?.trim()));
    expect(footer).toEqual([
      'Factsheet per gemeente',
      'Begrippenlijst',
      'Toegankelijkheid',
      'Privacy',
      'Colofon',
      'Open data',
    ]);
  });

  it('the Excel download: UTF-8 with BOM, semicolons, 210 rows equal to oordelen.arrow', async () => {
    await open('?weergave=open-data', '#open-data-titel');
    const { naam, bytes } = await download('Download voor Excel (CSV met ;)');
    expect(naam).toBe('ggsr-oordelen-2013-excel.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes).slice(1);
    expect(text.split('\r\n')[0]).toMatch(/^gemeente_id;gemeente;aanpak_id;aanpak;/);
    const rows = leesCsv(text, ';');
    expect(rows).toHaveLength(211);
    expect(gekregenRijen(rows).sort()).toEqual(verwachteRijen().sort());
    await poll(() => page.locator('.od-status').textContent()).toContain('met 210 oordelen is gedownload');
  });

  it('the standard download: RFC 4180 with commas, no BOM, the same 210 rows', async () => {
    await open('?weergave=open-data', '#open-data-titel');
    const { naam, bytes } = await download('Download standaard CSV (met ,)');
    expect(naam).toBe('ggsr-oordelen-2013.csv');
    expect(bytes[0]).not.toBe(0xef);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = leesCsv(text, ',');
    expect(rows).toHaveLength(211);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    expect(gekregenRijen(rows).sort()).toEqual(verwachteRijen().sort());
  });

  it('the LEESMIJ download lists the columns, the 30 indicators and the licence', async () => {
    const { naam, bytes } = await download('Download uitleg bij de kolommen (LEESMIJ)');
    expect(naam).toBe('LEESMIJ-ggsr-open-data.md');
    const text = bytes.toString('utf8');
    for (const i of readRows('indicatoren')) expect(text).toContain(`| ${String(i.code)} |`);
    expect(text).toContain('CC0');
    expect(text).toContain('Citeer als');
  });

  it('links every data file relatively, with size and the sha256 from the manifest, and they match', async () => {
    await open('?weergave=open-data', 'tr[data-bestand="oordelen.arrow"]');
    const manifest = JSON.parse(await readFile(path.join(DATA_DIR, 'manifest.json'), 'utf8')) as {
      bestanden: { name: string; bytes: number; rows: number; sha256: string }[];
    };
    // One file per core table; the real data's texts (4 gemeenten) fit in part 000 of each text table.
    expect(manifest.bestanden.map((b) => b.name).sort()).toEqual(
      TABLES.map((t) => (TEKST_TABELLEN.includes(t as TekstTabel) ? `${t}-000.arrow` : `${t}.arrow`)).sort(),
    );
    for (const b of manifest.bestanden) {
      const rij = page.locator(`tr[data-bestand="${b.name}"]`);
      expect(await rij.locator('a').getAttribute('href')).toBe(`data/${b.name}`);
      const t = (await rij.textContent()) ?? '';
      expect(t).toContain(b.sha256);
      expect(t).toContain(String(b.rows));
      const res = await page.request.get(new URL(`data/${b.name}`, page.url()).href);
      const body = await res.body();
      expect(body.length).toBe(b.bytes);
      expect(createHash('sha256').update(body).digest('hex')).toBe(b.sha256);
    }
    expect(await page.locator('tr[data-bestand="manifest.json"] a').getAttribute('href')).toBe(
      'data/manifest.json',
    );
    const text = (await page.locator('section.open-data').textContent()) ?? '';
    expect(text).toContain('CC0');
    expect(text).toContain(
      "Samenwerkend Toezicht Jeugd, factsheets 'Uitkomsten toezichtonderzoek', november 2013",
    );
    expect(await page.getByTestId('citeer-als').textContent()).toMatch(/^Toezicht op zorg/);
  });

  it('statement pages: toegankelijkheid, privacy, colofon with the data version', async () => {
    await open('?weergave=toegankelijkheid', '#toegankelijkheid-titel');
    const t = (await page.locator('main').textContent()) ?? '';
    expect(t).toContain('Gedeeltelijk voldoet / in onderzoek');
    expect(t).toContain('axe-core');
    expect(t).toContain('320 pixels');
    expect(t).toContain('schermlezer');

    await open('?weergave=privacy', '#privacy-titel');
    const p = (await page.locator('main').textContent()) ?? '';
    for (const s of ['Geen cookies', 'Geen tracking', 'Geen andere partijen', 'In uw eigen browser'])
      expect(p).toContain(s);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    await open('?weergave=colofon', '[data-testid=versie-data]');
    const manifest = JSON.parse(await readFile(path.join(DATA_DIR, 'manifest.json'), 'utf8')) as {
      bestanden: { sha256: string }[];
    };
    const versie = (await page.getByTestId('versie-data').textContent()) ?? '';
    for (const b of manifest.bestanden) expect(versie).toContain(b.sha256);
    await poll(() => page.getByTestId('versie-bronnen').textContent()).toContain(
      String(readRows('documenten')[0]?.sha256),
    );
    expect(await page.getByTestId('contact-placeholder').textContent()).toContain('NOG INVULLEN');
    await page.locator('main a', { hasText: 'Methode' }).click();
    await page.locator('#methode-titel').waitFor();
  });

  // One test per page (each loads the app twice), so a slow machine stays inside the test timeout.
  it.each([
    ['?weergave=open-data', 'tr[data-bestand="oordelen.arrow"]'],
    ['?weergave=toegankelijkheid', '#toegankelijkheid-titel'],
    ['?weergave=privacy', '#privacy-titel'],
    ['?weergave=colofon', '[data-testid=versie-bronnen]'],
    ['?weergave=factsheet', '.factsheet-keuze a'],
    ['?weergave=factsheet&gemeente=emmen', '[data-testid=factsheet-heatmap]'],
  ])('no WCAG 2.0/2.1/2.2 A/AA violations (axe-core) on %s at 1280 and 320 px', async (url, klaar) => {
    for (const breedte of [1280, 320]) {
      await page.setViewportSize({ width: breedte, height: 900 });
      await open(url, klaar);
      expect(await axeViolations(page), `${url} at ${breedte}px`).toEqual([]);
      const overloop = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overloop, `${url} scrolls sideways at ${breedte}px`).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  it('no page errors and no requests to other origins', () => {
    expect(pageErrors).toEqual([]);
    const origin = new URL(sessie.url).origin;
    expect(
      requests.filter((r) => !r.startsWith(origin) && !r.startsWith('blob:') && !r.startsWith('data:')),
    ).toEqual([]);
  });
});
