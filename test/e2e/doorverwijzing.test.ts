/**
 * Issue #14: a shared link to a prerendered view leaves index.html from the head's inline script
 * (src/vooraf.ts, bundled at build and allowed in the CSP by its hash), before the home view is
 * parsed, and lands on its page with its language and fragment, without an extra history entry.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startPreview } from './server';
import { useSite } from './sessie';

const poll = <T>(f: () => T | Promise<T>) => expect.poll(f, { timeout: 30_000, interval: 50 });

/** The address of every document the context loads, read as it starts (the fragment included). */
const ADRESSEN = `sessionStorage.setItem('adressen', JSON.stringify([...JSON.parse(sessionStorage.getItem('adressen') || '[]'), location.href]));`;

async function nieuwePagina(context: BrowserContext) {
  await context.addInitScript({ content: ADRESSEN });
  const page = await context.newPage();
  const documenten: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'document') documenten.push(r.url());
  });
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  const adressen = () =>
    page.evaluate(() => JSON.parse(sessionStorage.getItem('adressen') ?? '[]') as string[]);
  return { page, documenten, csp, adressen };
}

describe('a shared link goes to its prerendered page from the head (production build)', () => {
  const site = useSite();

  it('?weergave=indicator&indicator=A9&taal=en#… lands on v/indicator-indicator-a9.html, once, in English', async () => {
    const context = await site.browser.newContext();
    try {
      const { page, documenten, csp, adressen } = await nieuwePagina(context);
      await page.goto(`${site.url}?weergave=indicator&indicator=A9&taal=en#inhoud`);
      await page.locator('main[data-link="toegepast"]').waitFor({ timeout: 60_000 });
      // Two documents: index.html, and the page; the entry script did not go there a second time.
      expect(documenten).toEqual([
        `${site.url}?weergave=indicator&indicator=A9&taal=en`,
        `${site.url}v/indicator-indicator-a9.html?weergave=indicator&indicator=A9&taal=en`,
      ]);
      expect(await adressen()).toEqual([
        `${site.url}?weergave=indicator&indicator=A9&taal=en#inhoud`,
        `${site.url}v/indicator-indicator-a9.html?weergave=indicator&indicator=A9&taal=en#inhoud`,
      ]);
      // location.replace: the link's own entry was replaced; as many entries as a link to the home view.
      const hier = await page.evaluate(() => history.length);
      const thuis = await context.newPage();
      await thuis.goto(`${site.url}?taal=en`);
      await thuis.locator('main[data-link="toegepast"]').waitFor({ timeout: 60_000 });
      expect(hier).toBe(await thuis.evaluate(() => history.length));
      await poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('main h2').first().textContent()).toContain('A9');
      expect(await page.locator('li.indicator-aanpak[data-oordeel]').count()).toBe(7);
      expect(csp).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the home link and a link without a page stay on index.html, and the app starts there', async () => {
    const context = await site.browser.newContext();
    try {
      const { page, documenten, csp } = await nieuwePagina(context);
      await page.goto(`${site.url}?weergave=heatmap&gemeente=gouda`);
      await page.locator('main[data-link="toegepast"]').waitFor({ timeout: 60_000 });
      expect(documenten).toEqual([`${site.url}?weergave=heatmap&gemeente=gouda`]);
      // Gouda's one aanpak (MPG-overleg), all 30 indicators.
      await poll(() => page.locator('button[data-oordeel]').count()).toBe(30);
      expect(csp).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('under a sub-path, embedded: lands on v/ranking.html under that path, the header hidden', async () => {
    const sub = await startPreview({ base: '/een/sub/pad/' });
    const context = await site.browser.newContext();
    try {
      const { page, documenten } = await nieuwePagina(context);
      await page.goto(`${sub.url}?weergave=ranking&inbedden=1`);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      await page.locator('main[data-link="toegepast"]').waitFor({ timeout: 60_000 });
      expect(documenten).toEqual([
        `${sub.url}?weergave=ranking&inbedden=1`,
        `${sub.url}v/ranking.html?weergave=ranking&inbedden=1`,
      ]);
      expect(await page.locator('ol.ranking-lijst > li[data-indicator]').count()).toBe(17);
    } finally {
      await context.close();
      await sub.close();
    }
  });

  it('the CSP runs only the hashed inline script: another one, or a changed one, is blocked', async () => {
    const context = await site.browser.newContext();
    try {
      const { page, documenten, csp } = await nieuwePagina(context);
      let verander = (html: string) => html;
      await context.route(
        (u) => u.pathname === new URL(site.url).pathname,
        async (route) => {
          const r = await route.fetch();
          await route.fulfill({ response: r, body: verander(await r.text()) });
        },
      );
      // An extra inline script beside the allowed one: the allowed one still leaves for the page.
      verander = (html) =>
        html.replace('<script>', `<script>sessionStorage.setItem('lek', '1')</script>\n    <script>`);
      await page.goto(`${site.url}?weergave=ranking`);
      await page.locator('main[data-link="toegepast"]').waitFor({ timeout: 60_000 });
      expect(documenten).toEqual([
        `${site.url}?weergave=ranking`,
        `${site.url}v/ranking.html?weergave=ranking`,
      ]);
      expect(await page.evaluate(() => sessionStorage.getItem('lek'))).toBeNull();
      expect(csp.length).toBeGreaterThan(0);

      // The allowed script with one character changed: blocked, so the link stays on index.html.
      csp.length = 0;
      documenten.length = 0;
      verander = (html) => html.replace(/<script>\(function\(\)\{/, '<script>(function(){ ');
      await page.goto(`${site.url}?weergave=ranking`);
      await poll(() => csp.length).toBeGreaterThan(0);
      await page.waitForTimeout(1000);
      expect(documenten).toEqual([`${site.url}?weergave=ranking`]);
    } finally {
      await context.close();
    }
  });
});
