import { describe, expect, it } from 'vitest';
import { startPreview } from './server';
import { useSite } from './sessie';

const TITLE = 'Toezicht op zorg voor gezinnen met geringe sociale redzaamheid (2013)';

describe('smoke', () => {
  const site = useSite();

  it('renders the heading', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(site.url);
    const h1 = page.locator('h1');
    await h1.waitFor({ state: 'visible' });
    expect(await h1.textContent()).toBe(TITLE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works under a sub-path', async () => {
    const sub = await startPreview({ base: '/some/sub/path/' });
    try {
      const page = await site.browser.newPage();
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
