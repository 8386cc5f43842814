/**
 * #18: the Bevindingen CSV export part by part on a site built from a small synthetic dataset with
 * several text parts: the progress bar names the part ("Deel 3 van N"), the file is byte for byte the
 * one-shot CSV of the same data (run in Node with DuckDB), and cancelling stops fetching and offers no
 * file.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../scripts/lib/nodeDb';
import { bevindingenCsv, openDataExcelCsv } from '../../src/model/csv';
import { bevindingen } from '../../src/model/queries-bevindingen';
import { launchBrowser } from './browser';
import { startPreview, type PreviewHandle } from './server';
import { bouwSynthSite, type SynthSite } from './synthSite';

const poll = <T>(f: () => T | Promise<T>) => expect.poll(f, { timeout: 30_000, interval: 50 });
const TEKSTDEEL = /\/data\/(teksten-\d{3}\.arrow)$/;

describe('Bevindingen CSV export part by part (synthetic site)', () => {
  let site: SynthSite | undefined;
  let server: PreviewHandle;
  let browser: Browser;
  let delen: string[];
  let verwacht: Buffer;
  let verwachtExcel: Buffer;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    site = bouwSynthSite();
    const data = site.data;
    const manifest = JSON.parse(readFileSync(path.join(data, 'manifest.json'), 'utf8')) as {
      bestanden: { name: string; tabel: string }[];
    };
    delen = manifest.bestanden.filter((b) => b.tabel === 'teksten').map((b) => b.name);
    const db = await openNodeDb(data);
    try {
      const alle = await db.run(bevindingen({}, null, null));
      verwacht = Buffer.from(bevindingenCsv(alle), 'utf8');
      verwachtExcel = Buffer.from(openDataExcelCsv(alle), 'utf8');
    } finally {
      await db.close();
    }
    server = await startPreview({ dist: site.dist });
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.opruimen();
  });

  async function opBevindingen(): Promise<{ context: BrowserContext; page: Page; gevraagd: string[] }> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1000 },
      acceptDownloads: true,
    });
    const gevraagd: string[] = [];
    context.on('request', (r) => {
      const m = TEKSTDEEL.exec(new URL(r.url()).pathname);
      if (m) gevraagd.push(m[1]!);
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}?weergave=bevindingen`);
    await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
    await poll(() => page.locator('table.bev-tabel tbody tr[data-rij]').count()).toBe(25);
    return { context, page, gevraagd };
  }

  it('shows "Deel n van N" and downloads the one-shot CSV byte for byte', async () => {
    expect(delen.length).toBeGreaterThan(2);
    const { context, page, gevraagd } = await opBevindingen();
    try {
      // Slow each part down a little so every step can be seen.
      await page.route(TEKSTDEEL, async (route) => {
        await new Promise((r) => setTimeout(r, 400));
        await route.continue();
      });
      const voorExport = gevraagd.length;
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByRole('button', { name: 'Exporteer CSV' }).click(),
        poll(() => page.getByRole('progressbar', { name: `Deel 2 van ${delen.length}` }).count()).toBe(1),
      ]);
      expect(download.suggestedFilename()).toBe('ggsr-bevindingen-2013.csv');
      const bytes = await readFile((await download.path())!);
      expect(bytes.length).toBe(verwacht.length);
      expect(bytes.equals(verwacht)).toBe(true);
      await poll(() => page.getByRole('status').filter({ hasText: 'is gedownload' }).textContent()).toContain(
        'ggsr-bevindingen-2013.csv met',
      );
      expect(await page.getByRole('progressbar').count()).toBe(0);
      // Each part once: the page's own rows loaded the first part, the export fetched the others.
      const export_ = gevraagd.slice(voorExport);
      expect(new Set(export_).size).toBe(export_.length);
      expect([...gevraagd].sort()).toEqual([...delen].sort());
    } finally {
      await context.close();
    }
  }, 180_000);

  it('cancel stops fetching, offers no file and says so', async () => {
    const { context, page, gevraagd } = await opBevindingen();
    let downloads = 0;
    page.on('download', () => downloads++);
    try {
      // The third part never arrives until the export is cancelled.
      const derde = delen[2]!;
      await page.route(`**/data/${derde}`, () => {});
      await page.getByRole('button', { name: 'Exporteer CSV' }).click();
      const balk = page.getByRole('progressbar', { name: `Deel 3 van ${delen.length}` });
      await poll(() => balk.count()).toBe(1);
      await poll(() => gevraagd.includes(derde)).toBe(true);
      const aantal = gevraagd.length;
      await page.getByRole('button', { name: 'Annuleren' }).click();
      await poll(() => page.getByRole('status').filter({ hasText: 'Export geannuleerd' }).count()).toBe(1);
      expect(await page.getByRole('progressbar').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Annuleren' }).count()).toBe(0);
      const knop = page.getByRole('button', { name: 'Exporteer CSV' });
      expect(await knop.isEnabled()).toBe(true);
      expect(await knop.evaluate((k) => k === document.activeElement)).toBe(true);
      await page.waitForTimeout(1500);
      expect(gevraagd.length).toBe(aantal);
      expect(downloads).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('a part that cannot be fetched ends the export with a message naming the file, and no file', async () => {
    const { context, page } = await opBevindingen();
    let downloads = 0;
    page.on('download', () => downloads++);
    try {
      const kapot = delen[1]!;
      await page.route(`**/data/${kapot}`, (route) => route.fulfill({ status: 404, body: 'weg' }));
      await page.getByRole('button', { name: 'Exporteer CSV' }).click();
      const melding = page.getByRole('alert');
      await poll(() => melding.textContent()).toContain(
        `Het bestand kon niet worden gemaakt. Het bestand ${kapot} kon niet worden opgehaald (HTTP 404).`,
      );
      expect(await page.getByRole('progressbar').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Exporteer CSV' }).isEnabled()).toBe(true);
      expect(downloads).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('Open data: the Excel download goes part by part too, with the one-shot bytes', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      await page.goto(`${server.url}?weergave=open-data`);
      await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
      await page.route(TEKSTDEEL, async (route) => {
        await new Promise((r) => setTimeout(r, 400));
        await route.continue();
      });
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByRole('button', { name: 'Download voor Excel (CSV met ;)' }).click(),
        poll(() => page.getByRole('progressbar', { name: `Deel 2 van ${delen.length}` }).count()).toBe(1),
      ]);
      expect(download.suggestedFilename()).toBe('ggsr-oordelen-2013-excel.csv');
      const bytes = await readFile((await download.path())!);
      expect(bytes.equals(verwachtExcel)).toBe(true);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
