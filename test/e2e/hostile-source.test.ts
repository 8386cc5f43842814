/**
 * Issue #6, hostile source text: a factsheet whose bevinding holds markup. The ingest keeps it literally;
 * the site (built from that data with GGSR_DATA_DIR) must show it as text, run no script, load no image.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { startPreview, type PreviewHandle } from './server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const poll = <T>(f: () => T | Promise<T>) => expect.poll(f, { timeout: 20_000, interval: 50 });

describe('hostile text in a factsheet (site built from crafted data)', () => {
  let tmp: string;
  let server: PreviewHandle;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'ggsr-vijandig-'));
    // Seed: the tab-layout Oosterhout factsheet; the Gezinsmanager A9 bevinding gets markup.
    const seed = readdirSync(path.join(root, 'data/raw')).find((f) => f.startsWith('001_'))!;
    const text = readFileSync(path.join(root, 'data/raw', seed), 'utf8');
    const anchor = 'De doorzettingsmacht is nog onvoldoende geregeld. De gezinscoach';
    expect(text.split(anchor)).toHaveLength(2);
    const raw = path.join(tmp, '001_vijandig.txt');
    writeFileSync(raw, text.replace(anchor, anchor.replace('. De', `. ${IMG} ${SCRIPT} De`)));
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    execFileSync(tsx, ['scripts/ingest.ts', '--out', path.join(tmp, 'data'), raw], {
      cwd: root,
      stdio: 'pipe',
    });
    execFileSync(tsx, ['scripts/build.ts', '--outDir', path.join(tmp, 'dist')], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, GGSR_DATA_DIR: path.join(tmp, 'data') },
    });
    server = await startPreview({ dist: path.join(tmp, 'dist') });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /**
   * No element was made from the text: no <img> or <script> inside main, none with src "x". A
   * prerendered page's JSON data block (never executed) holds the text, with every "<" escaped.
   */
  const noInjectedElements = () =>
    page.evaluate(() => ({
      img: document.querySelectorAll('main img, img[src="x"], dialog img').length,
      script: [...document.querySelectorAll('script')].filter(
        (s) =>
          s.textContent?.includes('alert(') && (s.type !== 'application/json' || s.innerHTML.includes('<')),
      ).length,
    }));

  it('the drill-down shows the markup literally', async () => {
    await page.goto(server.url);
    await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
    await page.locator('button[data-aanpak="oosterhout.gezinsmanager"][data-indicator="A9"]').click();
    const dialog = page.locator('dialog[open]');
    await poll(() => dialog.textContent()).toContain(`${IMG} ${SCRIPT} De gezinscoach`);
    expect(await noInjectedElements()).toEqual({ img: 0, script: 0 });
    await page.keyboard.press('Escape');
  });

  it('Bevindingen (with a search that highlights inside the markup) and the indicator page show it literally', async () => {
    await page.goto(`${server.url}?weergave=bevindingen`);
    await page.locator('input[name=zoek]').waitFor({ timeout: 60_000 });
    await page.locator('input[name=zoek]').fill('onerror');
    await page.locator('input[name=zoek]').press('Enter');
    const rij = page.locator('table.bev-tabel tbody tr[data-rij="oosterhout.gezinsmanager~A9"]');
    await poll(() => rij.locator('td.kol-bevinding').textContent()).toContain(`${IMG} ${SCRIPT}`);
    await poll(() => rij.locator('td.kol-bevinding mark').allTextContents()).toEqual(['onerror']);
    expect(await noInjectedElements()).toEqual({ img: 0, script: 0 });

    await page.goto(`${server.url}?weergave=indicator&indicator=A9`);
    await poll(() => page.locator('main').textContent()).toContain(`${IMG} ${SCRIPT}`);
    expect(await noInjectedElements()).toEqual({ img: 0, script: 0 });
  });

  it('no dialog fired, no request for the image "x", no page error', () => {
    expect(dialogs).toEqual([]);
    expect(requests.filter((u) => /\/x(\?|$)/.test(new URL(u).pathname + new URL(u).search))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
