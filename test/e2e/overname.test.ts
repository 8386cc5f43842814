/**
 * The moment the app takes over a prerendered page: a click that lands right after React's hydration
 * commit, before any later task, must count. The page's scheduler tasks (React's, posted through a
 * MessagePort) are held back 300 ms, so that moment lasts long enough to click in deterministically.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRows } from '../helpers/data';
import { useSessie } from './sessie';

const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });

/**
 * Waits until React has committed the takeover of #root (the root's current tree has its App), then
 * clicks `selector` in the same task, before React's next scheduled task can run. It marks the window
 * first, so that a reload would show.
 */
function klikBijOvername(page: Page, selector: string): Promise<void> {
  // A string, not a function: the test runner's transform would add helpers the page does not have.
  return page.evaluate(`new Promise((resolve) => {
    const root = document.getElementById('root');
    const kijk = () => {
      const k = Object.keys(root).find((x) => x.startsWith('__reactContainer$'));
      const fiber = k ? root[k] : undefined;
      if (!fiber || !fiber.stateNode.current.child) return void setTimeout(kijk, 1);
      window.__nietHerladen = true;
      document.querySelector(${JSON.stringify(selector)}).click();
      resolve();
    };
    kijk();
  })`);
}

describe('a click at the moment the app takes over a prerendered page (production build)', () => {
  const sessie = useSessie({ context: { viewport: { width: 1280, height: 900 } }, blokkeerWasm: true });
  let page: Page;

  beforeAll(async () => {
    page = sessie.page;
    await sessie.context.addInitScript(() => {
      const post = MessagePort.prototype.postMessage;
      MessagePort.prototype.postMessage = function (this: MessagePort, ...args: unknown[]) {
        setTimeout(() => Reflect.apply(post, this, args), 300);
      } as typeof post;
    });
  });

  const nietHerladen = () => page.evaluate(() => '__nietHerladen' in window);

  it('a factsheet source link opens the source view at that oordeel', async () => {
    await page.goto(`${sessie.url}?weergave=factsheet&gemeente=emmen`, { waitUntil: 'commit' });
    await page.waitForURL(/\/v\/factsheet-gemeente-emmen\.html/, { waitUntil: 'commit' });
    await klikBijOvername(page, 'tr[data-indicator="A9"] a.fs-bron');
    await poll(async () => new URL(page.url()).searchParams.get('markeer')).toBe('emmen.cjg-aanpak~A9');
    const gekozen = page.locator('.bron-gekozen');
    await gekozen.waitFor();
    expect(await gekozen.getAttribute('data-aanpak')).toBe('emmen.cjg-aanpak');
    expect(await gekozen.getAttribute('data-indicator')).toBe('A9');
    expect(await nietHerladen()).toBe(true);
  });

  it('a ranking row opens its indicator page', async () => {
    await page.goto(`${sessie.url}?weergave=ranking`, { waitUntil: 'commit' });
    await page.waitForURL(/\/v\/ranking\.html/, { waitUntil: 'commit' });
    await klikBijOvername(page, 'a.ranking-link[href$="indicator=A9"]');
    await poll(async () => new URL(page.url()).searchParams.get('indicator')).toBe('A9');
    expect(new URL(page.url()).searchParams.get('weergave')).toBe('indicator');
    await page.locator('li.indicator-aanpak').first().waitFor();
    expect(await nietHerladen()).toBe(true);
  });

  it('"Alleen verbeterpunten" on the home view filters and goes into the URL', async () => {
    const oordelen = readRows('oordelen');
    const metX = new Set(oordelen.filter((o) => o.oordeel === 'verbeterpunt').map((o) => o.indicator));
    await page.goto(sessie.url, { waitUntil: 'commit' });
    await klikBijOvername(page, 'input[name=alleen]');
    await poll(async () => new URL(page.url()).searchParams.get('alleen')).toBe('verbeterpunten');
    // Every aanpak's cell in each indicator row with at least one X (the real data: 30 x 7 marks).
    await poll(() => page.locator('button[data-oordeel]').count()).toBe(
      oordelen.filter((o) => metX.has(o.indicator)).length,
    );
    expect(await page.locator('input[name=alleen]').isChecked()).toBe(true);
    expect(await nietHerladen()).toBe(true);
  });
});
