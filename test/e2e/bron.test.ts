/**
 * Issue #15: every mark checked against its source in one click, and lost text shown. WebAssembly is
 * blocked throughout (every .wasm request fails): the source view, its links and the gap marks work
 * from the prerendered pages, the result files and the shipped text files, without DuckDB.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_CODES } from '../../src/model/toetsingskader';
import { readOordelenMetTeksten, ROOT } from '../helpers/data';
import { axeViolations } from './axe';
import { dutchOutsideNl } from './nederlands';
import { useSessie } from './sessie';

const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });
/** Text compared ignoring whitespace and line breaks (hard-wrapped source) and the kind of quote. */
const zonderWit = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„″]/g, '"');
const GAT_NL = '[tekst ontbreekt in de bron]';
const GAT_EN = '[text missing in the source]';
const EMMEN = '003_ad61aa6d5b713ddd.txt';
const GOUDA = '002_f5bffbaba2d921af.txt';
const OOSTERHOUT_RAW = '000_62529c51c88b3a50.txt';
const OOSTERHOUT_TAB = '001_a407417e61b012a9.txt';
/** Line N of a factsheet as in data/raw (the site ships these files unchanged). */
const regel = (bestand: string, n: number) =>
  readFileSync(path.join(ROOT, 'data/raw', bestand), 'utf8').split('\n')[n - 1] ?? '';
const oordelen = readOordelenMetTeksten();
/** The first words of a text: up to the sixth space. */
const begin = (tekst: string) => tekst.trim().split(/\s+/).slice(0, 6).join(' ');

describe('the source view, with WebAssembly blocked (production build)', () => {
  const sessie = useSessie({ context: { viewport: { width: 1280, height: 900 } }, blokkeerWasm: true });
  const fouten = sessie.pageErrors;
  let page: Page;
  const verzoeken: string[] = [];

  beforeAll(() => {
    page = sessie.page;
    page.on('request', (r) => verzoeken.push(r.url()));
  });

  /** The text of the highlighted lines, and the line numbers they have. */
  const blok = () =>
    page.$$eval('#bron-blok .regel', (rs) => ({
      regels: rs.map((r) => Number((r as HTMLElement).dataset.regel)),
      tekst: rs.map((r) => r.querySelector('.regeltekst')?.textContent ?? '').join('\n'),
    }));

  it("from a sixth of the 210 cells' drill-downs (every aanpak and every indicator), one click shows the bevinding's first words in the highlighted lines", async () => {
    const dialog = page.locator('dialog[open]');
    await page.goto(sessie.url);
    // Hydrated: URL sync has made the address canonical, so a click stays in the app.
    await poll(async () => new URL(page.url()).search).toBe('?weergave=heatmap');
    let aantal = 0;
    // A sixth of the cells, a diagonal: aanpak a, indicator k where a + k is a multiple of 6, so every
    // aanpak and every indicator comes up (CI time). The walk through each document below reaches every oordeel
    // of Oosterhout and Gouda.
    const aanpakNr = [...new Set(oordelen.map((o) => String(o.aanpak_id)))];
    const indicatorNr = INDICATOR_CODES as readonly string[];
    const gekozen = oordelen.filter(
      (o) => (aanpakNr.indexOf(String(o.aanpak_id)) + indicatorNr.indexOf(String(o.indicator))) % 6 === 0,
    );
    expect(new Set(gekozen.map((o) => o.indicator)).size).toBe(30);
    expect(new Set(gekozen.map((o) => o.aanpak_id)).size).toBe(7);
    for (const o of gekozen) {
      const cel = `${String(o.aanpak_id)}~${String(o.indicator)}`;
      // In the app: the heatmap, a cell, its drill-down, and one click on its source link.
      await page.locator('nav a', { hasText: 'Heatmap' }).first().click();
      await page
        .locator(
          `button[data-oordeel][data-aanpak="${String(o.aanpak_id)}"][data-indicator="${String(o.indicator)}"]`,
        )
        .click();
      const link = dialog.locator('.brontekst + p a.bron-link');
      await link.waitFor();
      // The quoted bevinding, as the drill-down shows it (a gap mark is not source text).
      const bevinding = ((await dialog.locator('p.brontekst').first().textContent()) ?? '').replace(
        GAT_NL,
        ' ',
      );
      expect(bevinding.replace(/\s+/g, ' ').trim(), cel).toBe(
        String(o.bevinding).replace(/\s+/g, ' ').trim(),
      );
      await link.click();
      await poll(() => page.locator('dialog').count()).toBe(0);
      const u = new URL(page.url());
      expect(u.searchParams.get('weergave')).toBe('bron');
      expect(u.searchParams.get('bestand')).toBe(String(o.bron_bestand));
      expect(u.searchParams.get('markeer')).toBe(cel);
      await poll(async () => (await blok()).regels[0]).toBe(Number(o.bron_van));
      const b = await blok();
      expect(b.regels.at(-1), cel).toBe(Number(o.bron_tot));
      expect(zonderWit(b.tekst), cel).toContain(zonderWit(begin(bevinding)));
      expect(await page.locator('.teken-regel').getAttribute('data-regel'), cel).toBe(String(o.teken_regel));
      aantal++;
    }
    expect(aantal).toBe(gekozen.length);
    expect(aantal).toBeGreaterThanOrEqual(35);
  }, 600_000);

  it('Emmen OGGz A9: lines 813-817 highlighted and announced, the X on line 816, scrolled into view', async () => {
    await page.goto(`${sessie.url}?weergave=bron&bestand=${EMMEN}&markeer=emmen.oggz~A9`);
    const groep = page.getByRole('group', {
      name: 'Begin van de gemarkeerde regels 813 tot en met 817: A9 Doorzettingsmacht, OGGz.',
    });
    await groep.waitFor();
    expect(await page.getByRole('region', { name: 'Tekst van het document' }).count()).toBe(1);
    // Read from the factsheet: line 816 is the mark and the start of the bevinding.
    expect(regel(EMMEN, 816)).toMatch(/^X De gemeente en één netwerkpartner/);
    const teken = page.locator('.teken-regel');
    expect(await teken.getAttribute('data-regel')).toBe('816');
    expect(await teken.locator('.regeltekst').textContent()).toBe(regel(EMMEN, 816));
    expect(await teken.locator('mark').count()).toBe(1);
    expect(await page.locator('#bron-blok .regel').count()).toBe(5);
    await poll(() =>
      page.locator('#bron-blok').evaluate((e) => Math.round(e.getBoundingClientRect().top)),
    ).toBeLessThan(100);
    expect(await page.locator('#bron-titel').textContent()).toBe(
      'Factsheet Emmen (STJ, november 2013), tekstversie',
    );
    expect(await page.getByTestId('bron-publicatie').textContent()).toBe(
      'Samenwerkend Toezicht Jeugd (STJ), ‘Uitkomsten toezichtonderzoek Emmen’, november 2013',
    );
    expect(await page.locator('.bron-gegevens').textContent()).toContain(
      'd2754b76c2238ae9eecc2fdf659cefa26ec63a9a6afc86f24691b7ad7fa2f7c3',
    );
    // Previous and next in the document: A8 (lines 802-811) and A10 (819-824).
    const nav = page.getByRole('navigation', { name: 'Oordelen in dit document' });
    expect(await nav.locator('a.bron-prev').textContent()).toContain('OGGz, A8');
    await nav.locator('a.bron-next').click();
    await poll(async () => (await blok()).regels).toEqual([819, 820, 821, 822, 823, 824]);
    expect(new URL(page.url()).searchParams.get('markeer')).toBe('emmen.oggz~A10');
    // The link kept its focus, and the new block was announced.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('bron-next');
    expect(await page.locator('.bron-tekst [role=status]').textContent()).toContain(
      'regels 819 tot en met 824',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('walks every oordeel of each document with "Volgend oordeel", also in the second copy of Oosterhout', async () => {
    for (const [bestand, gemeente] of [
      [OOSTERHOUT_RAW, 'oosterhout'],
      [GOUDA, 'gouda'],
    ] as const) {
      const hier = oordelen.filter((o) => o.gemeente_id === gemeente);
      await page.goto(`${sessie.url}?weergave=bron&bestand=${bestand}`);
      await page.locator('table.bron-oordelen a').first().click();
      const gezien = new Set<string>();
      for (;;) {
        const sel = page.locator('.bron-gekozen');
        // The first click may land before the app has taken over: then it loads the app and the text.
        await sel.waitFor({ timeout: 90_000 });
        const sleutel = `${await sel.getAttribute('data-aanpak')}~${await sel.getAttribute('data-indicator')}`;
        await poll(async () => new URL(page.url()).searchParams.get('markeer')).toBe(sleutel);
        const o = hier.find((x) => `${String(x.aanpak_id)}~${String(x.indicator)}` === sleutel);
        await poll(async () => (await blok()).regels.length).toBeGreaterThan(0);
        expect(zonderWit((await blok()).tekst), sleutel).toContain(zonderWit(begin(String(o?.bevinding))));
        gezien.add(sleutel);
        const volgende = page.locator('a.bron-next');
        if ((await volgende.count()) === 0) break;
        await volgende.click();
        await poll(async () => new URL(page.url()).searchParams.get('markeer')).not.toBe(sleutel);
      }
      expect(gezien.size, bestand).toBe(hier.length);
    }
  }, 300_000);

  it('Oosterhout: both text versions are shown and said to give the same oordelen', async () => {
    await page.goto(`${sessie.url}?weergave=bron&bestand=${OOSTERHOUT_TAB}&markeer=oosterhout.bemoeizorg~T1`);
    await page.locator('.bron-gekozen').waitFor();
    expect(await page.locator('#bron-titel').textContent()).toBe(
      'Factsheet Oosterhout (STJ, november 2013), tekstversie 2 van 2',
    );
    const kopieen = page.locator('.bron-kopieen');
    expect(await kopieen.textContent()).toContain(
      'Van deze factsheet zijn 2 tekstversies. Ze geven dezelfde oordelen',
    );
    await kopieen.locator('a').click();
    await poll(async () => (await blok()).regels[0]).toBe(963);
    expect((await blok()).regels.at(-1)).toBe(983);
    expect(new URL(page.url()).searchParams.get('bestand')).toBe(OOSTERHOUT_RAW);
    // The raw copy has no recorded mark line: the view says so instead of guessing.
    expect(await page.locator('.teken-regel').count()).toBe(0);
    expect(await page.locator('.bron-plek').textContent()).toContain(
      'de regel van het teken is alleen vastgelegd in de andere tekstversie',
    );
  });

  it('Gouda C2: the drill-down marks the lost line in its bevinding and its conclusie, and says what the sign was', async () => {
    await page.goto(`${sessie.url}?weergave=heatmap&cel=gouda.mpg-overleg~C2`);
    const dialog = page.locator('dialog[open]');
    await dialog.locator('.gat-teken').first().waitFor();
    expect(await dialog.locator('.gat-teken').allTextContents()).toEqual([GAT_NL, GAT_NL, GAT_NL, GAT_NL]);
    // Factsheet 002, lines 620 and 622: "…ondersteuning." and then "netwerkpartners aan dat…".
    const bevinding = (await dialog.locator('p.brontekst').first().textContent()) ?? '';
    expect(bevinding).toContain(`wachten op zorg en ondersteuning. ${GAT_NL}netwerkpartners aan dat`);
    const conclusie = (await dialog.locator('.conclusie p.brontekst').textContent()) ?? '';
    expect(conclusie).toContain(`ondersteuning. ${GAT_NL}waardoor de continuïteit`);
    expect(await dialog.locator('.gat-uitleg li').allTextContents()).toEqual([
      `${GAT_NL} Bij het omzetten van de PDF ging hier tekst verloren. Het teken: na een punt begint de volgende zin met een kleine letter.`,
      `${GAT_NL} Bij het omzetten van de PDF ging hier tekst verloren. Het teken: na een punt begint de volgende zin met een kleine letter.`,
    ]);
  });

  it('Gouda C2 in the source: the mark at the start of line 622 and of line 772 (the conclusie)', async () => {
    await page.goto(`${sessie.url}?weergave=bron&bestand=${GOUDA}&markeer=gouda.mpg-overleg~C2`);
    await page.locator('#bron-blok').waitFor();
    expect(regel(GOUDA, 622)).toMatch(/^netwerkpartners aan dat/);
    expect(await page.locator('[data-regel="622"] .regeltekst').textContent()).toBe(
      `${GAT_NL}${regel(GOUDA, 622)}`,
    );
    expect(regel(GOUDA, 772)).toMatch(/^waardoor de continuïteit/);
    expect(await page.locator('[data-regel="772"] .regeltekst').textContent()).toBe(
      `${GAT_NL}${regel(GOUDA, 772)}`,
    );
    // Every sign in Gouda's factsheet (8 bevindingen, A4-A7 sharing one text, and 2 conclusies) has its place.
    expect(await page.locator('.bron-regels .gat-teken').count()).toBe(7);
    expect(await page.locator('.bron-gekozen .gat-uitleg li').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('in English: the interface is English outside lang="nl", the gap mark says "[text missing in the source]"', async () => {
    await page.goto(`${sessie.url}?weergave=bron&bestand=${GOUDA}&markeer=gouda.mpg-overleg~C2&taal=en`);
    await page.locator('html[lang="en"]').waitFor();
    await page.locator('#bron-blok').waitFor();
    expect(await page.locator('#bron-titel').textContent()).toBe(
      'Factsheet Gouda (STJ, November 2013), text version',
    );
    expect(await page.locator('[data-regel="622"] .gat-teken').textContent()).toBe(GAT_EN);
    expect(await page.locator('[data-regel="622"] .gat-teken').getAttribute('lang')).toBe('en');
    expect(await dutchOutsideNl(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${sessie.url}?weergave=heatmap&cel=gouda.mpg-overleg~C2&taal=en`);
    await page.locator('dialog[open] .gat-teken').first().waitFor();
    await page.locator('html[lang="en"]').waitFor();
    await poll(() => page.locator('dialog[open] .gat-teken').first().textContent()).toBe(GAT_EN);
    expect(await page.locator('dialog[open] .gat-uitleg li').first().textContent()).toBe(
      `${GAT_EN} Text was lost here when the PDF was converted. The sign: after a full stop the next sentence starts in lower case.`,
    );
  });

  it('the indicator page, Bevindingen and the factsheet link every entry to its lines', async () => {
    await page.goto(`${sessie.url}?weergave=indicator&indicator=A9`);
    await poll(() => page.locator('li.indicator-aanpak a.bron-link').count()).toBe(7);
    expect(
      await page.locator('li.indicator-aanpak[data-aanpak="emmen.oggz"] a.bron-link').getAttribute('href'),
    ).toBe(`?weergave=bron&bestand=${EMMEN}&markeer=emmen.oggz~A9`);
    // Oosterhout's entries also link to the other copy.
    expect(
      await page
        .locator(`li.indicator-aanpak[data-aanpak="oosterhout.bemoeizorg"] a[data-bron="${OOSTERHOUT_RAW}"]`)
        .count(),
    ).toBe(1);

    await page.goto(`${sessie.url}?weergave=bevindingen`);
    await poll(() => page.locator('a.bev-bron').count()).toBe(25);
    await page.locator('a.bev-bron').first().click();
    await poll(async () => new URL(page.url()).searchParams.get('weergave')).toBe('bron');
    await page.locator('#bron-blok').waitFor();

    await page.goto(`${sessie.url}?weergave=factsheet&gemeente=emmen`);
    await poll(() => page.locator('a.fs-bron').count()).toBe(60);
    await page.locator('tr[data-indicator="A9"] a.fs-bron').nth(1).click();
    await poll(async () => new URL(page.url()).searchParams.get('markeer')).toBe('emmen.oggz~A9');
    await poll(async () => (await blok()).regels[0]).toBe(813);
  });

  it('Open data offers the five source texts with the SHA-256 of the original files', async () => {
    await page.goto(`${sessie.url}?weergave=open-data`);
    const rijen = page.locator('table.od-bronnen tbody tr');
    await poll(() => rijen.count()).toBe(5);
    for (const bestand of [OOSTERHOUT_RAW, OOSTERHOUT_TAB, GOUDA, EMMEN, '004_c8426f7d3892abc2.txt']) {
      const rij = page.locator(`table.od-bronnen tr[data-bestand="${bestand}"]`);
      const bytes = readFileSync(path.join(ROOT, 'data/raw', bestand));
      const sha = createHash('sha256').update(bytes).digest('hex');
      expect(await rij.textContent()).toContain(sha);
      const href = await rij.locator('a[download]').getAttribute('href');
      expect(href).toBe(`data/bronnen/${bestand}`);
      const r = await page.request.get(new URL(href!, sessie.url).href);
      expect(
        createHash('sha256')
          .update(await r.body())
          .digest('hex'),
      ).toBe(sha);
    }
    expect(await page.locator(`tr[data-bestand="${EMMEN}"] th`).textContent()).toBe(
      'Factsheet Emmen (STJ, november 2013), tekstversie',
    );
  });

  it('at 320 px and at 400% zoom the source view does not scroll sideways', async () => {
    for (const [breed, hoog, schaal] of [
      [320, 640, 1],
      [320, 256, 4],
    ] as const) {
      const klein = await sessie.browser.newContext({
        viewport: { width: breed, height: hoog },
        deviceScaleFactor: schaal,
      });
      try {
        await klein.route('**/*.wasm', (route) => route.abort());
        const p = await klein.newPage();
        for (const [bestand, cel] of [
          [OOSTERHOUT_TAB, 'oosterhout.gezinsmanager~G1'],
          [GOUDA, 'gouda.mpg-overleg~C2'],
        ]) {
          await p.goto(`${sessie.url}?weergave=bron&bestand=${bestand}&markeer=${cel}`);
          await p.locator('#bron-blok').waitFor();
          expect(
            await p.evaluate(() => document.documentElement.scrollWidth),
            `${breed} ${bestand}`,
          ).toBeLessThanOrEqual(breed);
        }
      } finally {
        await klein.close();
      }
    }
  });

  it('the prerendered document page and the list of documents show without a script', async () => {
    const zonderJs = await sessie.browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await zonderJs.newPage();
      await p.goto(`${sessie.url}v/bron-bestand-003-ad61aa6d5b713ddd-txt.html`);
      expect(await p.locator('#bron-titel').textContent()).toBe(
        'Factsheet Emmen (STJ, november 2013), tekstversie',
      );
      expect(await p.locator('table.bron-oordelen tbody tr').count()).toBe(60);
      // The text itself is a plain file, reachable without a script.
      expect(await p.locator('.bron-gegevens a[href$=".txt"]').getAttribute('href')).toBe(
        `data/bronnen/${EMMEN}`,
      );
      await p.goto(`${sessie.url}v/bron.html`);
      expect(await p.locator('ul.bron-documenten li').count()).toBe(5);
    } finally {
      await zonderJs.close();
    }
  });

  it('asked DuckDB for nothing, fetched texts only from data/bronnen, and had no page error', () => {
    expect(verzoeken.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(verzoeken.filter((u) => u.includes('/data/bronnen/')).every((u) => u.endsWith('.txt'))).toBe(true);
    expect(verzoeken.filter((u) => !/^(data|blob):/.test(u)).every((u) => u.startsWith(sessie.url))).toBe(
      true,
    );
    expect(fouten).toEqual([]);
  });
});
