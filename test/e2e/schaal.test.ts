import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/data';
import { openNodeDb } from '../helpers/nodeDb';
import { INDICATOR_CODES } from '../../src/model/toetsingskader';
import { axeViolations } from './axe';
import { launchBrowser } from './browser';
import { startPreview, type PreviewHandle } from './server';

/**
 * Issue #4, the heatmap at national scale: a synthetic dataset (150 gemeenten, 2 jaren, fixed seed)
 * built into its own site. The home view aggregates per provincie, zooms to the gemeenten of a
 * provincie and then to the marks of one gemeente; the breadcrumb and the URL follow the zoom.
 * Expected counts come from the synth's Arrow files through plain SQL on DuckDB in Node.
 */

const poll = <T>(f: () => T | Promise<T>) => expect.poll(f, { timeout: 20_000, interval: 50 });
const tsx = path.join(ROOT, 'node_modules/.bin/tsx');

let tmp = '';
let server: PreviewHandle;
let browser: Browser;
let page: Page;

interface Feiten {
  jaar: number;
  provincies: string[];
  /** The provincie with the most aanpakken in `jaar`. */
  grootste: { provincie: string; aanpakken: number; gemeenten: number };
  a9: { verbeterpunt: number; onduidelijk: number; totaal: number };
  /** The first gemeente (by name) of `grootste` and its aanpakken in `jaar`. */
  gemeente: { id: string; naam: string; aanpakken: number };
  /** A9 over every jaar: the oordelen of all aanpakken, and how many aanpakken `gemeente` has in all. */
  a9Alle: Record<string, number>;
  gemeenteAanpakkenAlle: number;
}
let feiten: Feiten;

async function telUitData(dir: string): Promise<Feiten> {
  const db = await openNodeDb(dir);
  const run = <R>(sql: string, params: (string | number)[] = []) => db.run<R>({ sql, params });
  try {
    const [{ jaar } = { jaar: 0 }] = await run<{ jaar: number }>('SELECT max(jaar) AS jaar FROM aanpakken');
    const provincies = (
      await run<{ p: string }>('SELECT DISTINCT provincie AS p FROM gemeenten ORDER BY p')
    ).map((r) => r.p);
    const [grootste] = await run<Feiten['grootste']>(
      `SELECT g.provincie, count(*)::INTEGER AS aanpakken, count(DISTINCT g.gemeente_id)::INTEGER AS gemeenten
       FROM aanpakken a JOIN gemeenten g ON g.gemeente_id = a.gemeente_id WHERE a.jaar = $1
       GROUP BY g.provincie ORDER BY aanpakken DESC, g.provincie LIMIT 1`,
      [jaar],
    );
    const [a9] = await run<Feiten['a9']>(
      `SELECT count(*) FILTER (WHERE o.oordeel = 'verbeterpunt')::INTEGER AS verbeterpunt,
         count(*) FILTER (WHERE o.oordeel = 'onduidelijk')::INTEGER AS onduidelijk, count(*)::INTEGER AS totaal
       FROM oordelen o JOIN aanpakken a ON a.aanpak_id = o.aanpak_id JOIN gemeenten g ON g.gemeente_id = a.gemeente_id
       WHERE a.jaar = $1 AND g.provincie = $2 AND o.indicator = 'A9'`,
      [jaar, grootste!.provincie],
    );
    const [gemeente] = await run<Feiten['gemeente']>(
      `SELECT g.gemeente_id AS id, g.naam, count(*)::INTEGER AS aanpakken
       FROM aanpakken a JOIN gemeenten g ON g.gemeente_id = a.gemeente_id
       WHERE a.jaar = $1 AND g.provincie = $2 GROUP BY g.gemeente_id, g.naam ORDER BY g.naam LIMIT 1`,
      [jaar, grootste!.provincie],
    );
    const a9Alle = Object.fromEntries(
      (
        await run<{ oordeel: string; n: number }>(
          `SELECT oordeel, count(*)::INTEGER AS n FROM oordelen WHERE indicator = 'A9' GROUP BY oordeel`,
        )
      ).map((r) => [r.oordeel, r.n]),
    );
    const [alle] = await run<{ n: number }>(
      'SELECT count(*)::INTEGER AS n FROM aanpakken WHERE gemeente_id = $1',
      [gemeente!.id],
    );
    return {
      jaar,
      provincies,
      grootste: grootste!,
      a9: a9!,
      gemeente: gemeente!,
      a9Alle,
      gemeenteAanpakkenAlle: alle!.n,
    };
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ggsr-schaal-e2e-'));
  const data = path.join(tmp, 'data');
  const dist = path.join(tmp, 'dist');
  const opts = { cwd: ROOT, stdio: 'pipe' as const };
  execFileSync(
    tsx,
    ['scripts/synth.ts', '--gemeenten', '150', '--jaren', '2', '--seed', '7', '--out', data],
    opts,
  );
  execFileSync(tsx, ['scripts/build.ts', '--outDir', dist], {
    ...opts,
    env: { ...process.env, GGSR_DATA_DIR: data },
  });
  feiten = await telUitData(data);
  server = await startPreview({ dist });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('heatmap at national scale (synthetic data)', () => {
  it('home view: one column per provincie with the counts of the latest jaar', async () => {
    expect(feiten.provincies.length).toBeGreaterThan(1);
    await page.goto(server.url);
    await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
    await page.locator('table.heatmap-overzicht[data-niveau=provincie]').waitFor();
    const kolommen = await page.locator('table.heatmap-overzicht th.groep').allInnerTexts();
    expect(kolommen.length).toBeLessThanOrEqual(12);
    expect(kolommen.length).toBe(feiten.provincies.length);
    expect(await page.locator('button[data-oordeel]').count()).toBe(0);

    const { provincie } = feiten.grootste;
    const cel = page.locator(`button[data-provincie="${provincie}"][data-indicator="A9"]`);
    expect(await cel.getAttribute('data-verbeterpunt')).toBe(String(feiten.a9.verbeterpunt));
    expect(await cel.getAttribute('data-totaal')).toBe(String(feiten.a9.totaal));
    expect(await cel.getAttribute('data-onduidelijk')).toBe(String(feiten.a9.onduidelijk));
    expect(await cel.getAttribute('aria-label')).toContain(
      `${provincie}, Doorzettingsmacht: ${feiten.a9.verbeterpunt} van ${feiten.a9.totaal} aanpakken verbeterpunt`,
    );
    expect(await cel.innerText()).toMatch(new RegExp(`^${feiten.a9.verbeterpunt} X van ${feiten.a9.totaal}`));
    // The jaar filter shows (two jaren) and defaults to the latest.
    expect(await page.locator('select[name=jaar]').inputValue()).toBe(String(feiten.jaar));
    // A national dataset gets a provincie select and a gemeente search, no checkbox per gemeente.
    expect(await page.locator('input[name=gemeente]').count()).toBe(0);
    expect(await page.locator('select[name=provincie]').count()).toBe(1);
  });

  it('the provincie level has no axe violations (WCAG 2.x A/AA)', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('zoom: provincie, then gemeente shows its marks; the drill-down opens', async () => {
    const { provincie, gemeenten } = feiten.grootste;
    expect(feiten.grootste.aanpakken).toBeGreaterThan(40);
    await page.locator(`th.groep button[aria-label^="${provincie}:"]`).click();
    await page.locator('table.heatmap-overzicht[data-niveau=gemeente]').waitFor();
    expect(new URL(page.url()).searchParams.get('provincie')).toBe(provincie);
    await poll(() => page.locator('table.heatmap-overzicht th.groep').count()).toBe(gemeenten);
    await poll(() => page.locator('.zoompad').innerText()).toMatch(
      new RegExp(`Nederland\\s*›?\\s*${provincie}`),
    );

    await page.locator(`th.groep button[aria-label^="${feiten.gemeente.naam}:"]`).click();
    await page.locator('table.heatmap:not(.heatmap-overzicht) button[data-oordeel]').first().waitFor();
    await poll(() => page.locator('button[data-oordeel]').count()).toBe(30 * feiten.gemeente.aanpakken);
    expect(new URL(page.url()).searchParams.get('gemeente')).toBe(feiten.gemeente.id);
    await poll(() => page.locator('.zoompad').innerText()).toContain(feiten.gemeente.naam);

    const a9 = page.locator('button[data-oordeel][data-indicator="A9"]').first();
    const eigenOordeel = (await a9.getAttribute('data-oordeel')) ?? '';
    await a9.click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor({ state: 'visible' });
    await poll(() => dialog.textContent()).toContain(feiten.gemeente.naam);

    // Thousands of other aanpakken: counts per oordeel, the gemeente's own, and a link to all of them.
    const anderen = { ...feiten.a9Alle, [eigenOordeel]: (feiten.a9Alle[eigenOordeel] ?? 0) - 1 };
    const totaal = Object.values(anderen).reduce((a, b) => a + b, 0);
    expect(totaal).toBeGreaterThan(24);
    const telling = dialog.locator('.anderen-telling li');
    await telling.first().waitFor();
    for (const oordeel of ['voldoet', 'verbeterpunt', 'onduidelijk']) {
      expect(
        (await dialog.locator(`.anderen-telling li[data-oordeel="${oordeel}"]`).innerText()).replace(
          /\D/g,
          '',
        ),
      ).toBe(String(anderen[oordeel] ?? 0));
    }
    expect(await dialog.locator('.ander').count()).toBe(feiten.gemeenteAanpakkenAlle - 1);
    const link = dialog.locator('.anderen a');
    const href = new URL((await link.getAttribute('href')) ?? '', server.url);
    expect(href.searchParams.get('weergave')).toBe('indicator');
    expect(href.searchParams.get('indicator')).toBe('A9');
    expect(href.searchParams.get('cel')).toBeNull();
    expect(await link.innerText()).toContain(`${(totaal + 1).toLocaleString('nl-NL')} aanpakken`);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await poll(() => page.locator('dialog').count()).toBe(0);
  });

  it('the URL reproduces the zoom; the breadcrumb zooms out step by step', async () => {
    await page.goto(page.url());
    await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
    await poll(() => page.locator('button[data-oordeel]').count()).toBe(30 * feiten.gemeente.aanpakken);

    await page.locator('.zoompad button[data-zoom=provincie]').click();
    await page.locator('table.heatmap-overzicht[data-niveau=gemeente]').waitFor();
    expect(new URL(page.url()).searchParams.get('gemeente')).toBeNull();
    await page.locator('.zoompad button[data-zoom=land]').click();
    await page.locator('table.heatmap-overzicht[data-niveau=provincie]').waitFor();
    expect(new URL(page.url()).searchParams.get('provincie')).toBeNull();
  });

  it('gemeente search: typing a whole name does not zoom; Enter does', async () => {
    const zoek = page.locator('input[name=gemeente-zoek]');
    // Typed key by key, the text matches the name exactly at the end; earlier this zoomed at once
    // (and so could zoom to "…01" while the user was typing "…010").
    await zoek.pressSequentially(feiten.gemeente.naam);
    expect(await zoek.inputValue()).toBe(feiten.gemeente.naam);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(new URL(page.url()).searchParams.get('gemeente')).toBeNull();
    expect(await page.locator('.zoompad').innerText()).not.toContain(feiten.gemeente.naam);
    await zoek.press('Enter');
    await poll(() => new URL(page.url()).searchParams.get('gemeente')).toBe(feiten.gemeente.id);
    await poll(() => page.locator('button[data-oordeel]').count()).toBe(30 * feiten.gemeente.aanpakken);
    await page.locator('.zoompad button[data-zoom=land]').click();
    await page.locator('table.heatmap-overzicht[data-niveau=provincie]').waitFor();
  });

  it('?taal=en: overview, breadcrumb and filters in English; Show zooms to the gemeente typed', async () => {
    await page.goto(`${server.url}?taal=en`);
    await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
    await page.locator('html[lang="en"]').waitFor();
    await page.locator('table.heatmap-overzicht[data-niveau=provincie]').waitFor();
    await poll(() => page.locator('table.heatmap-overzicht caption').innerText()).toMatch(
      /^Points for improvement per indicator \(rows\) and per province \(columns\)/,
    );
    expect((await page.locator('.zoompad').innerText()).trim()).toBe('The Netherlands');
    expect(await page.locator('.zoompad').getAttribute('aria-label')).toBe('Zoom level');

    const { provincie } = feiten.grootste;
    const en = (n: number) => n.toLocaleString('en-GB');
    const cel = page.locator(`button[data-provincie="${provincie}"][data-indicator="A9"]`);
    expect(await cel.getAttribute('aria-label')).toContain(
      `${provincie}, Doorzettingsmacht: ${en(feiten.a9.verbeterpunt)} of ${en(feiten.a9.totaal)} approaches needing improvement`,
    );
    expect(await cel.innerText()).toMatch(
      new RegExp(`^${en(feiten.a9.verbeterpunt)} X of ${en(feiten.a9.totaal)}\\s`),
    );

    // No Dutch in the visible text of the filters and the overview, outside lang="nl" (source texts).
    const nederlands = await page.locator('.heatmap-layout').evaluate((root) => {
      const re = /(^|[^\p{L}])(van|het|de|gemeenten|verbeterpunt\p{L}*)(?=$|[^\p{L}])/iu;
      const hits: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = n.textContent ?? '';
        if (!el || !text.trim() || el.closest('[lang="nl"], [hidden]') || !el.checkVisibility()) continue;
        if (re.test(text)) hits.push(text.trim().slice(0, 80));
      }
      return hits;
    });
    expect(nederlands).toEqual([]);

    const zoeken = page.locator('.heatmap-layout .gemeente-zoeken');
    expect(await zoeken.locator('label').innerText()).toBe('Municipality');
    await zoeken.locator('input').fill(feiten.gemeente.naam);
    expect(new URL(page.url()).searchParams.get('gemeente')).toBeNull();
    await zoeken.getByRole('button', { name: 'Show', exact: true }).click();
    await poll(() => new URL(page.url()).searchParams.get('gemeente')).toBe(feiten.gemeente.id);
    await poll(() => page.locator('.zoompad').innerText()).toMatch(
      new RegExp(`^The Netherlands\\s*›?\\s*${provincie}\\s*›?\\s*${feiten.gemeente.naam}$`),
    );
    expect(new URL(page.url()).searchParams.get('taal')).toBe('en');
  });
});

/** Width and height from a PNG's IHDR chunk, or null when the bytes are no PNG. */
function pngMaat(bytes: Buffer): { breedte: number; hoogte: number } | null {
  const handtekening = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!handtekening.every((b, i) => bytes[i] === b)) return null;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { breedte: bytes.readUInt32BE(16), hoogte: bytes.readUInt32BE(20) };
}

describe.each([
  [1280, 900],
  [390, 844],
])('the national overview as a picture at %i px (#19)', (breedte, hoogte) => {
  it('SVG and PNG: title, filters in words, the colour legend, source, address; one cell per provincie and indicator', async () => {
    const p = await browser.newPage({ viewport: { width: breedte, height: hoogte } });
    try {
      const download = async (knop: string) => {
        const [d] = await Promise.all([
          p.waitForEvent('download'),
          p.getByRole('button', { name: knop }).click(),
        ]);
        return { naam: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
      };
      const leesSvg = (bytes: Buffer) =>
        p.evaluate((tekst) => {
          const doc = new DOMParser().parseFromString(tekst, 'image/svg+xml');
          const cellen: Record<string, string> = {};
          for (const g of doc.querySelectorAll('g[data-indicator][data-verbeterpunt]'))
            cellen[`${g.getAttribute('data-groep')}~${g.getAttribute('data-indicator')}`] =
              `${g.getAttribute('data-verbeterpunt')}/${g.getAttribute('data-totaal')}`;
          return {
            fout: doc.querySelector('parsererror')?.textContent ?? null,
            breedte: Number(doc.documentElement.getAttribute('width')),
            hoogte: Number(doc.documentElement.getAttribute('height')),
            teksten: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
            cellen,
          };
        }, bytes.toString('utf8'));

      await p.goto(`${server.url}?thema=A`);
      await p.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
      await p.locator('table.heatmap-overzicht[data-niveau=provincie]').waitFor();
      await p.locator('.plaat-knoppen button').first().waitFor();
      expect(await axeViolations(p)).toEqual([]);

      const svg = await download('SVG downloaden');
      expect(svg.naam).toBe(`ggsr-heatmap-per-provincie-thema-a-${feiten.jaar}.svg`);
      const inhoud = await leesSvg(svg.bytes);
      expect(inhoud.fout).toBeNull();
      expect(inhoud.teksten).toContain('Aandeel aanpakken met een verbeterpunt, per indicator');
      expect(inhoud.teksten).toContain(`Filters: thema’s Aanpak, jaar ${feiten.jaar}`);
      expect(inhoud.teksten).toContain('Bron: STJ, factsheets november 2013');
      expect(inhoud.teksten).toContain('0% tot 10%');
      expect(inhoud.teksten.join('')).toContain(`${server.url}?`);
      // Each indicator of thema Aanpak has a cell per provincie (every aanpak is assessed on all 30).
      const aanpak = INDICATOR_CODES.filter((c) => c.startsWith('A'));
      expect(Object.keys(inhoud.cellen)).toHaveLength(aanpak.length * feiten.provincies.length);
      expect(inhoud.cellen[`${feiten.grootste.provincie}~A9`]).toBe(
        `${feiten.a9.verbeterpunt}/${feiten.a9.totaal}`,
      );
      await poll(() => p.locator('.plaat-knoppen [role=status]').textContent()).toBe(
        `ggsr-heatmap-per-provincie-thema-a-${feiten.jaar}.svg is gedownload.`,
      );

      const png = await download('PNG downloaden');
      expect(png.naam).toBe(`ggsr-heatmap-per-provincie-thema-a-${feiten.jaar}.png`);
      expect(pngMaat(png.bytes)).toEqual({ breedte: 2 * inhoud.breedte, hoogte: 2 * inhoud.hoogte });
    } finally {
      await p.close();
    }
  });
});
