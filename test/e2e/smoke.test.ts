import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { startPreview, type PreviewHandle } from './server';

const TITLE = 'Toezicht op zorg voor gezinnen met geringe sociale redzaamheid (2013)';

describe('smoke', () => {
  let browser: Browser;
  let server: PreviewHandle;

  beforeAll(async () => {
    server = await startPreview();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the heading', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(server.url);
    const h1 = page.locator('h1');
    await h1.waitFor({ state: 'visible' });
    expect(await h1.textContent()).toBe(TITLE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works under a sub-path', async () => {
    const sub = await startPreview({ base: '/some/sub/path/' });
    try {
      const page = await browser.newPage();
      await page.goto(sub.url);
      await page.locator('h1').waitFor({ state: 'visible' });
      expect(await page.locator('h1').textContent()).toBe(TITLE);
      // The heatmap is prerendered; the data and DuckDB then load relative to the sub-path.
      await page.locator('button[data-oordeel]').first().waitFor({ timeout: 60_000 });
      expect(await page.locator('button[data-oordeel]').count()).toBe(210);
      await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
      await page.close();
    } finally {
      await sub.close();
    }
  });
});
