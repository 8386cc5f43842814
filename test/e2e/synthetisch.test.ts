/**
 * Issue #4, national scale: a site built from a small synthetic dataset (npm run synth, several text
 * parts) shows the synthetic-data banner everywhere, loads no text part for the home view and Methode,
 * for a drill-down only the part of that cell's gemeente, for a Bevindingen page (#18) only the parts
 * of its 25 rows, and for a search the search index and the part that holds its hits.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakVocabulaire } from '../../scripts/synth/woorden';
import { readRows } from '../helpers/data';
import { heatmapEinde } from '../helpers/heatmapEinde';
import { zoekNorm } from '../helpers/zoek';
import { launchBrowser } from './browser';
import { startPreview, type PreviewHandle } from './server';
import { bouwSynthSite, type SynthSite } from './synthSite';

const poll = <T>(f: () => T | Promise<T>) => expect.poll(f, { timeout: 20_000, interval: 50 });
const BANNER = 'Synthetische testgegevens — geen echte gemeenten of oordelen';
const DEEL = /\/data\/([a-z]+-\d{3}\.arrow)$/;

interface Bestand {
  name: string;
  tabel: string;
  gemeente_ids?: string[];
}

describe('site built from synthetic data (npm run synth)', () => {
  let site: SynthSite | undefined;
  let server: PreviewHandle;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let manifest: { synthetisch: boolean; bestanden: Bestand[] };
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const delenGevraagd = () => requests.map((u) => DEEL.exec(new URL(u).pathname)?.[1]).filter(Boolean);

  beforeAll(async () => {
    site = bouwSynthSite();
    manifest = JSON.parse(readFileSync(path.join(site.data, 'manifest.json'), 'utf8')) as typeof manifest;
    server = await startPreview({ dist: site.dist });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 240_000);

  /** A fresh context whose data part requests are listed by `delen()`. */
  async function eigenContext() {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const gevraagd: string[] = [];
    ctx.on('request', (r) => gevraagd.push(r.url()));
    const p = await ctx.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    const delen = () => gevraagd.map((u) => DEEL.exec(new URL(u).pathname)?.[1]).filter(Boolean);
    return { ctx, p, delen };
  }

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.opruimen();
  });

  it('has several text parts and the synthetic flag', () => {
    expect(manifest.synthetisch).toBe(true);
    expect(manifest.bestanden.filter((b) => b.tabel === 'teksten').length).toBeGreaterThan(2);
  });

  it('the prerendered index.html carries the banner and no text', () => {
    const html = readFileSync(path.join(site?.dist ?? '', 'index.html'), 'utf8');
    expect(html).toMatch(/<p class="synthetisch-banner" role="note"/);
    expect(html).toContain('Synthetische testgegevens');
    expect(html).not.toContain('[Synthetisch] ');
    // The overview (aggregated cells) ends with the element that shows it (#4).
    expect(heatmapEinde(html)).toEqual({ markers: 1, cellenNa: 0 });
    expect(html).toMatch(/<\/table>(<\/div>)*<span id="heatmap-einde" hidden=""><\/span>/);
  });

  it('the home page loads no text part; a drill-down loads only the part of its gemeente', async () => {
    await page.goto(server.url);
    await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('note').filter({ hasText: BANNER }).count()).toBe(1);
    expect(requests.some((u) => u.endsWith('/data/oordelen.arrow'))).toBe(true);
    expect(delenGevraagd()).toEqual([]);

    // A cell of a gemeente that is not in the first part.
    const deel = manifest.bestanden.filter((b) => b.tabel === 'teksten')[1]!;
    const gemeente = deel.gemeente_ids![0]!;
    const cel = page
      .locator(`button[data-oordeel][data-aanpak^="${gemeente}."][data-indicator="A9"]`)
      .first();
    await cel.click();
    const dialog = page.locator('dialog[open]');
    await poll(() => dialog.textContent()).toContain('[Synthetisch] ');
    const nr = deel.name.replace(/^teksten-/, '');
    expect(delenGevraagd().sort()).toEqual([`beschrijvingen-${nr}`, `conclusies-${nr}`, `teksten-${nr}`]);
    await page.keyboard.press('Escape');
    await poll(() => page.locator('dialog[open]').count()).toBe(0);
  });

  it('a Bevindingen page fetches only the parts of its rows and of the next page\'s, before "Volgende"; Methode no part (#18)', async () => {
    // Page 10's rows, as a link to it shows them.
    const tien = await eigenContext();
    let ids10: string[];
    try {
      await tien.p.goto(`${server.url}?weergave=bevindingen&pagina=10`);
      await poll(() => tien.p.locator('tr[data-rij]').count()).toBe(25);
      ids10 = await tien.p.$$eval('tr[data-rij]', (trs) =>
        trs.map((t) => (t as HTMLElement).dataset.rij ?? ''),
      );
    } finally {
      await tien.ctx.close();
    }
    const delenVan = (ids: readonly string[]) => {
      const gemeenten = new Set(ids.map((id) => id.split('.')[0]));
      return manifest.bestanden
        .filter((b) => b.gemeente_ids?.some((g) => gemeenten.has(g)))
        .map((b) => b.name);
    };
    const { ctx, p, delen } = await eigenContext();
    try {
      await p.goto(`${server.url}?weergave=methode`);
      await p.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
      await p.locator('section.methode, main').first().waitFor();
      expect(delen()).toEqual([]);

      await p.goto(`${server.url}?weergave=bevindingen&pagina=9`);
      await p.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
      const rij = p.locator('tr[data-rij]');
      await poll(() => rij.count()).toBe(25);
      await poll(() => p.locator('table.bev-tabel').textContent()).toContain('[Synthetisch] ');
      const ids = await p.$$eval('tr[data-rij]', (trs) =>
        trs.map((t) => (t as HTMLElement).dataset.rij ?? ''),
      );
      expect(ids.filter((id) => ids10.includes(id))).toEqual([]);
      // While page 9 is read, page 10's parts load; nothing else.
      const verwacht = [...new Set([...delenVan(ids), ...delenVan(ids10)])].sort();
      const alle = manifest.bestanden.filter((b) => b.gemeente_ids).length;
      expect(verwacht.length).toBeLessThan(alle);
      await poll(() => [...new Set(delen())].sort()).toEqual(verwacht);
      const voor = delen().length;
      await p.getByRole('button', { name: 'Volgende' }).click();
      await poll(() => p.locator('.bev-pagina-tekst').textContent()).toMatch(/^Pagina 10 van /);
      await poll(() =>
        p.$$eval('tr[data-rij]', (trs) =>
          trs.filter((t) => !t.closest('[aria-busy=true]')).map((t) => (t as HTMLElement).dataset.rij ?? ''),
        ),
      ).toEqual(ids10);
      await poll(() => p.locator('table.bev-tabel').textContent()).toContain('[Synthetisch] ');
      // "Volgende" fetched no part: they were there.
      expect(delen().slice(voor)).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it('a search fetches index parts and only the text part with its hits (#18)', async () => {
    const { ctx, p, delen } = await eigenContext();
    try {
      // Gemeente 3's made-up wijk (scripts/synth/woorden.ts), upper case and without accents.
      const wijk = (maakVocabulaire().lokaal(3)[0] ?? '').normalize('NFD').replace(/\p{M}/gu, '');
      await p.goto(`${server.url}?weergave=bevindingen&zoek=${encodeURIComponent(wijk.toUpperCase())}`);
      await p.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
      const rij = p.locator('tr[data-rij]');
      await poll(() => rij.count()).toBeGreaterThan(0);
      const ids = await p.$$eval('tr[data-rij]', (trs) =>
        trs.map((t) => (t as HTMLElement).dataset.rij ?? ''),
      );
      expect(new Set(ids.map((id) => id.split('.')[0]))).toEqual(new Set(['synthetisch-003']));
      const deel = manifest.bestanden.find(
        (b) => b.tabel === 'teksten' && b.gemeente_ids?.includes('synthetisch-003'),
      );
      expect(delen().filter((d) => !d?.startsWith('zoekindex-'))).toEqual([deel?.name]);
      expect(delen().some((d) => d?.startsWith('zoekindex-'))).toBe(true);
      await poll(() => p.locator('table.bev-tabel mark').count()).toBeGreaterThan(0);
    } finally {
      await ctx.close();
    }
  });

  it('a common word reads the text parts in gemeente order only until its page is whole (#18)', async () => {
    const { ctx, p, delen } = await eigenContext();
    try {
      const teksten = manifest.bestanden.filter((b) => b.tabel === 'teksten');
      // Every hit of "zorg", read from the synth's own text files (case and accents do not matter).
      const treffers = readRows('teksten', site!.data).filter((t) =>
        [t.bevinding, t.let_op].some((x) => zoekNorm(x).includes('zorg')),
      );
      expect(treffers.length).toBeGreaterThan(60);
      await p.goto(`${server.url}?weergave=bevindingen&zoek=zorg`);
      await p.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
      const rij = p.locator('tr[data-rij]');
      await poll(() => rij.count()).toBe(25);
      const aantal = p.locator('p.bev-aantal');
      await poll(() => aantal.textContent()).toMatch(/^Ten minste \d+ bevindingen gevonden/);
      expect(await p.locator('.bev-pagina-tekst').textContent()).toMatch(/^Pagina 1 van ten minste \d+$/);
      // Page 1 lies in the first part in gemeente order, and no other text part was fetched.
      const ids = await p.$$eval('tr[data-rij]', (trs) =>
        trs.map((t) => (t as HTMLElement).dataset.rij ?? ''),
      );
      const gelezen = delen().filter((d) => d?.startsWith('teksten-'));
      expect(gelezen).toHaveLength(1);
      const deel = teksten.find((b) => b.name === gelezen[0]);
      expect(ids.every((id) => deel?.gemeente_ids?.includes(id.split('.')[0] ?? ''))).toBe(true);
      expect(gelezen.length).toBeLessThan(teksten.length);

      // "Volgende" reads on as far as page 2 needs; "Laatste" waits for the full count.
      expect(await p.getByRole('button', { name: 'Laatste' }).getAttribute('aria-disabled')).toBe('true');
      await p.getByRole('button', { name: 'Volgende' }).click();
      await poll(() => p.locator('.bev-pagina-tekst').textContent()).toMatch(/^Pagina 2 van /);
      await poll(() =>
        p.$$eval('tr[data-rij]', (trs) => trs.filter((t) => !t.closest('[aria-busy=true]')).length),
      ).toBe(25);
      const ids2 = await p.$$eval('tr[data-rij]', (trs) =>
        trs.map((t) => (t as HTMLElement).dataset.rij ?? ''),
      );
      expect(ids2.filter((id) => ids.includes(id))).toEqual([]);
      await p.getByRole('button', { name: 'Vorige' }).click();
      await poll(() => p.locator('.bev-pagina-tekst').textContent()).toMatch(/^Pagina 1 van /);

      // "Alle bevindingen tellen" reads on: the full count, and the same first page.
      await p.getByRole('button', { name: 'Alle bevindingen tellen' }).click();
      await poll(() => aantal.textContent()).toMatch(new RegExp(`^${treffers.length} bevindingen gevonden`));
      expect(await p.locator('.bev-pagina-tekst').textContent()).toBe(
        `Pagina 1 van ${Math.ceil(treffers.length / 25)}`,
      );
      expect(
        await p.$$eval('tr[data-rij]', (trs) => trs.map((t) => (t as HTMLElement).dataset.rij ?? '')),
      ).toEqual(ids);
    } finally {
      await ctx.close();
    }
  });

  it('every other view shows the banner too', async () => {
    for (const v of ['ranking', 'methode', 'open-data']) {
      await page.goto(`${server.url}?weergave=${v}`);
      await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
      await poll(() => page.getByRole('note').filter({ hasText: BANNER }).count()).toBe(1);
    }
    expect(pageErrors).toEqual([]);
  });
});
