/**
 * Issue #19, pictures to share and embed (production build), at 1280 and at 390 px: SVG and PNG of the
 * heatmap, the ranking and Gemeenten vergelijken (the files checked as files), embed mode, the embed code
 * on Open data; no request off the origin, no CSP violation, axe at 0.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useSite } from './sessie';

const poll = <T>(f: () => T | Promise<T>) => expect.poll(f, { timeout: 30_000, interval: 50 });
const BRON = 'Bron: STJ, factsheets november 2013';

const site = useSite();
/** What an SVG file holds, parsed by the browser's own XML parser. */
interface SvgInhoud {
  fout: string | null;
  breedte: number;
  hoogte: number;
  titel: string;
  teksten: string[];
  marks: Record<string, string>;
}

/** Width and height of a PNG from its IHDR chunk; null when the bytes are no PNG. */
function pngMaat(bytes: Buffer): { breedte: number; hoogte: number } | null {
  const handtekening = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!handtekening.every((b, i) => bytes[i] === b)) return null;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { breedte: bytes.readUInt32BE(16), hoogte: bytes.readUInt32BE(20) };
}

describe.each([
  ['1280 px', 1280, 900],
  ['390 px', 390, 844],
])('pictures and embedding at %s', (_naam, breedte, hoogte) => {
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const cspMeldingen: string[] = [];

  beforeAll(async () => {
    context = await site.browser.newContext({
      viewport: { width: breedte, height: hoogte },
      acceptDownloads: true,
    });
    context.on('request', (r) => requests.push(r.url()));
    // Every CSP violation, in any frame, as the page sees it.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP-schending: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (/CSP-schending|Content Security Policy/.test(m.text())) cspMeldingen.push(m.text());
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  async function download(knop: string) {
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: knop }).click(),
    ]);
    return { naam: d.suggestedFilename(), bytes: await readFile(await d.path()) };
  }

  async function leesSvg(bytes: Buffer): Promise<SvgInhoud> {
    return page.evaluate((tekst) => {
      const doc = new DOMParser().parseFromString(tekst, 'image/svg+xml');
      const svg = doc.documentElement;
      const marks: Record<string, string> = {};
      for (const g of doc.querySelectorAll('g[data-oordeel]'))
        marks[`${g.getAttribute('data-aanpak')}~${g.getAttribute('data-indicator')}`] =
          g.getAttribute('data-oordeel') ?? '';
      for (const g of doc.querySelectorAll('g[data-indicator][data-verbeterpunten]'))
        marks[g.getAttribute('data-indicator') ?? ''] = g.getAttribute('data-verbeterpunten') ?? '';
      for (const g of doc.querySelectorAll('g[data-thema][data-voldoet]'))
        marks[`${g.getAttribute('data-thema')}~${g.getAttribute('data-aanpak')}`] =
          `${g.getAttribute('data-voldoet')}/${g.getAttribute('data-totaal')}`;
      return {
        fout:
          doc.querySelector('parsererror')?.textContent ?? (svg.localName === 'svg' ? null : svg.localName),
        breedte: Number(svg.getAttribute('width')),
        hoogte: Number(svg.getAttribute('height')),
        titel: doc.querySelector('svg > title')?.textContent ?? '',
        teksten: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        marks,
      };
    }, bytes.toString('utf8'));
  }

  /** Downloads the SVG and the PNG of the current view; checks what every picture must carry. */
  async function beidePlaatjes(bestand: string, titel: string, filters: string) {
    const svg = await download('SVG downloaden');
    expect(svg.naam).toBe(`${bestand}.svg`);
    const inhoud = await leesSvg(svg.bytes);
    expect(inhoud.fout).toBeNull();
    expect(inhoud.titel).toBe(titel);
    expect(inhoud.teksten).toContain(filters);
    expect(inhoud.teksten).toContain(BRON);
    expect(inhoud.teksten.join('')).toContain(`${site.url}?weergave=`);
    await poll(() => page.locator('.plaat-knoppen [role=status]').textContent()).toBe(
      `${bestand}.svg is gedownload.`,
    );
    const png = await download('PNG downloaden');
    expect(png.naam).toBe(`${bestand}.png`);
    // Twice the SVG's size (2 device pixels per pixel), so sharp on a slide.
    expect(pngMaat(png.bytes)).toEqual({ breedte: 2 * inhoud.breedte, hoogte: 2 * inhoud.hoogte });
    expect(png.bytes.length).toBeGreaterThan(10_000);
    return inhoud;
  }

  it('the heatmap as SVG and PNG: title, filters in words, legend, source, address, one mark per oordeel', async () => {
    await page.goto(`${site.url}?weergave=heatmap&gemeente=emmen,gouda&alleen=verbeterpunten`);
    await page
      .locator('main[data-link="toegepast"] .plaat-knoppen button')
      .first()
      .waitFor({ timeout: 60_000 });
    const svg = await beidePlaatjes(
      'ggsr-heatmap-emmen-gouda-verbeterpunten',
      'Oordelen per indicator en aanpak',
      'Filters: Emmen en Gouda, alleen verbeterpunten',
    );
    for (const l of ['voldoet', 'verbeterpunt', 'onduidelijk', 'er staat een LET OP bij'])
      expect(svg.teksten).toContain(l);
    // Only the indicators with an X at Emmen or Gouda, as the table shows them: T2, G1-G3, A9, A14, S2-S4,
    // C1, C2 (read in factsheets 002 and 003), three aanpakken each.
    expect(Object.keys(svg.marks)).toHaveLength(33);
    expect(await page.locator('table.heatmap button[data-oordeel]').count()).toBe(33);
    // Emmen, OGGz (003): X for doorzettingsmacht (line 816), √ for zicht op de populatie (686).
    expect(svg.marks['emmen.oggz~A9']).toBe('verbeterpunt');
    expect(svg.marks['emmen.oggz~T2']).toBe('voldoet');
    expect(svg.marks['gouda.mpg-overleg~T2']).toBe('verbeterpunt');
  });

  it('while the heatmap still shows the table of the filters before, its picture buttons are off', async () => {
    await page.goto(`${site.url}?weergave=heatmap&gemeente=emmen,gouda`);
    const knoppen = page.locator('main[data-link="toegepast"] .plaat-knoppen button');
    await knoppen.first().waitFor({ timeout: 60_000 });
    await poll(() => knoppen.evaluateAll((bs) => bs.map((b) => (b as HTMLButtonElement).disabled))).toEqual([
      false,
      false,
    ]);
    // The click on "Alleen verbeterpunten" and React's synchronous work run inside evaluate.
    const direct = await page.evaluate(async () => {
      document.querySelector<HTMLInputElement>('input[name=alleen]')?.click();
      await Promise.resolve();
      return {
        bezig: document.querySelector('.heatmap-main [aria-busy]')?.getAttribute('aria-busy'),
        uit: [...document.querySelectorAll<HTMLButtonElement>('.plaat-knoppen button')].map(
          (b) => b.disabled,
        ),
      };
    });
    expect(direct).toEqual({ bezig: 'true', uit: [true, true] });
    const svg = await beidePlaatjes(
      'ggsr-heatmap-emmen-gouda-verbeterpunten',
      'Oordelen per indicator en aanpak',
      'Filters: Emmen en Gouda, alleen verbeterpunten',
    );
    // The 11 indicators with an X at Emmen or Gouda (as in the test above), not the 90 marks of before.
    expect(Object.keys(svg.marks)).toHaveLength(33);
  });

  it('Terugkerende verbeterpunten as SVG and PNG: a row per indicator, C2 first', async () => {
    await page.goto(`${site.url}?weergave=ranking&thema=C`);
    await page
      .locator('main[data-link="toegepast"] .plaat-knoppen button')
      .first()
      .waitFor({ timeout: 60_000 });
    await poll(() => page.locator('ol.ranking-lijst > li[data-indicator]').count()).toBe(3);
    const svg = await beidePlaatjes(
      'ggsr-ranking-thema-c',
      'Terugkerende verbeterpunten: indicatoren met de meeste verbeterpunten eerst',
      'Filters: thema’s Continu',
    );
    expect(svg.teksten).toContain('aanpakken met een verbeterpunt, van de 7 aanpakken');
    expect(svg.marks).toEqual({ C2: '6', C1: '5', C3: '1' });
  });

  it('Gemeenten vergelijken as SVG and PNG: a bar per thema and aanpak', async () => {
    await page.goto(`${site.url}?weergave=vergelijken&gemeente=emmen,gouda`);
    await page
      .locator('main[data-link="toegepast"] .plaat-knoppen button')
      .first()
      .waitFor({ timeout: 60_000 });
    const svg = await beidePlaatjes(
      'ggsr-vergelijken-emmen-gouda',
      'Gemeenten vergelijken: hoeveel indicatoren voldoen, per thema',
      'Filters: Emmen en Gouda',
    );
    expect(Object.keys(svg.marks)).toHaveLength(15);
    // One X covers Emmen OGGz's whole Gezin centraal block (003 line 733): 0 of 3.
    expect(svg.marks['G~emmen.oggz']).toBe('0/3');
  });

  it('embed mode: no header, menu or footer, a link to the full view, axe at 0', async () => {
    await page.goto(`${site.url}?weergave=ranking&inbedden=1`);
    // The prerendered page of the ranking serves it; the header stays hidden from the first paint.
    expect(new URL(page.url()).pathname).toMatch(/\/v\/ranking\.html$/);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.locator('main[data-link="toegepast"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('.site-header').count()).toBe(0);
    expect(await page.locator('nav').count()).toBe(0);
    expect(await page.locator('footer').count()).toBe(0);
    expect(await page.locator('.tijd-melding').count()).toBe(0);
    // All 30 indicators: 17 with an X at some aanpak, and the 13 with none folded into one line (read
    // in the factsheets: T3 T4 A1 A4 A5 A6 A7 A8 A11 A13 S1 S5 S6, as in test/scripts/ingest/fixtures.ts).
    expect(await page.locator('ol.ranking-lijst > li[data-indicator]').count()).toBe(17);
    expect(await page.locator('details.ranking-nul summary').textContent()).toMatch(/^13 indicatoren/);
    const link = page.locator('.inbedden-link a');
    expect(await link.textContent()).toBe(`Bekijk op ${new URL(site.url).host}`);
    expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${site.url}?weergave=ranking`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await axeViolations(page)).toEqual([]);

    // The heatmap too (index.html itself), with its filters; the picture buttons stay.
    await page.goto(`${site.url}?weergave=heatmap&gemeente=gouda&inbedden=1`);
    await page.locator('main[data-link="toegepast"] .plaat-knoppen').waitFor({ timeout: 60_000 });
    expect(await page.locator('.site-header').count()).toBe(0);
    expect(await page.locator('.inbedden-link a').evaluate((a: HTMLAnchorElement) => a.href)).toBe(
      `${site.url}?weergave=heatmap&gemeente=gouda`,
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Open data gives a copyable iframe code that works on this origin under its CSP; axe at 0', async () => {
    await page.goto(`${site.url}?weergave=open-data&gemeente=emmen,gouda`);
    await page.locator('main[data-link="toegepast"]').waitFor({ timeout: 60_000 });
    const veld = page.getByLabel('Code om in te sluiten (iframe)');
    const heatmap = `${site.url}?weergave=heatmap&amp;gemeente=emmen,gouda&amp;inbedden=1`;
    await poll(() => veld.inputValue()).toBe(
      `<iframe src="${heatmap}" title="Heatmap (GGSR-toezicht 2013)" width="100%" height="1000" loading="lazy"></iframe>`,
    );
    await page.getByLabel('Onderdeel').selectOption('ranking');
    await poll(() => veld.inputValue()).toContain(
      `src="${site.url}?weergave=ranking&amp;gemeente=emmen,gouda&amp;inbedden=1"`,
    );
    expect(await veld.inputValue()).toContain('title="Terugkerende verbeterpunten (GGSR-toezicht 2013)"');
    await page.getByRole('button', { name: 'Kopieer code' }).click();
    await poll(() => page.locator('.od-inbedden [role=status]').textContent()).toMatch(
      /^(De code is gekopieerd\.|Kopiëren lukte niet\. Selecteer de code en kopieer hem zelf\.)$/,
    );
    expect(await axeViolations(page)).toEqual([]);

    // The code itself, put in a page of this origin: the frame shows the ranking in embed mode.
    const code = await veld.inputValue();
    await page.evaluate(
      (html) => document.querySelector('main')?.insertAdjacentHTML('afterbegin', html),
      code,
    );
    const frame = page.frameLocator('main iframe');
    await frame.locator('.inbedden-link a').waitFor({ timeout: 60_000 });
    await poll(() => frame.locator('ol.ranking-lijst > li[data-indicator]').count()).toBe(17);
    expect(await frame.locator('.site-header').count()).toBe(0);
  });

  it('the page refuses a blob: image, and the CSP watch reports it (why the PNG is drawn on a canvas)', async () => {
    const proef = await context.newPage();
    const meldingen: string[] = [];
    proef.on('console', (m) => meldingen.push(m.text()));
    await proef.goto(`${site.url}?weergave=methode`);
    await proef.evaluate(() => {
      const img = new Image();
      img.src = URL.createObjectURL(
        new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/svg+xml' }),
      );
      document.body.append(img);
    });
    // Chromium names only the scheme of a blob: URL as the blocked URI.
    await poll(() => meldingen.find((m) => m.startsWith('CSP-schending'))).toMatch(
      /^CSP-schending: img-src blob/,
    );
    await proef.close();
  });

  it('left nothing off the origin and broke no CSP rule', () => {
    const origin = new URL(site.url).origin;
    const vreemd = requests.filter((u) => {
      const echt = u.startsWith('blob:') ? u.slice(5) : u;
      return !echt.startsWith('data:') && new URL(echt).origin !== origin;
    });
    expect(requests.length).toBeGreaterThan(0);
    expect(vreemd).toEqual([]);
    expect(cspMeldingen).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
