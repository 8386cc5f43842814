/** The bench's throttled page and what it reads in it: first view, interactions, memory (#4). */
import { execFileSync } from 'node:child_process';
import type { Browser, Locator, Page } from 'playwright-core';
import { CPU_RATE, NETWORK } from '../lib/throttle';

/** What counts as a heatmap cell: a real mark, or an aggregated cell at national scale. */
export const CELL = '[data-oordeel]:not(.lijst-teken), [data-verbeterpunt][data-totaal]';

/** Runs before any page script: marks when all cells are there, when DuckDB is ready, LCP, CLS and events. */
export const INIT = (expected: number) => `
(() => {
  const b = (window.__bench = { heatmap: null, klaar: null, lcp: 0, cls: 0, events: [] });
  const check = () => {
    if (b.heatmap === null && document.querySelectorAll('${CELL}').length >= ${expected}) b.heatmap = performance.now();
    if (b.klaar === null && document.querySelector('main[data-rekenmodule="klaar"]')) b.klaar = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rekenmodule'] });
  document.addEventListener('DOMContentLoaded', check);
  new PerformanceObserver((l) => { for (const e of l.getEntries()) b.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) b.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.interactionId) b.events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd }); }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
})();`;

export interface Bench {
  heatmap: number | null;
  klaar: number | null;
  lcp: number;
  cls: number;
  events: EventEntry[];
}

export interface EventEntry {
  id: number;
  name: string;
  start: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
}

export async function throttledPage(browser: Browser, expected: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: INIT(expected) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  // Requests of the DuckDB worker are not on the page target: count them through playwright.
  let workerBytes = 0;
  page.on('requestfinished', (r) => {
    if (r.frame === undefined || /\.(wasm)$|worker/.test(r.url())) {
      void r.sizes().then((s) => (workerBytes += s.responseBodySize + s.responseHeadersSize));
    }
  });
  return { context, page, cdp, bytesSoFar: () => bytes, workerBytes: () => workerBytes };
}

/**
 * A click on the element as a mouse user makes it: the pointer moves onto the element and rests there
 * (the hover, its `mouseover` and `:hover` style, is handled then, as when a hand moves a mouse), and the
 * measured input is a bare press and release at that spot. Playwright's `locator.click()` would run its
 * actionability checks in the page (hit-target test, a listener on the pointer events), and
 * `mouse.click()` sends its move in the same instant as the press, with Playwright's own `mousemove`
 * listener; both would land inside the measured interaction, at 4x CPU.
 */
export async function klikOp(page: Page, target: Locator): Promise<() => Promise<void>> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`bench: ${String(target)} is not visible`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(300);
  return async () => {
    await page.mouse.down();
    await page.mouse.up();
  };
}

/** Loads the app or the static page in a fresh throttled context; the time until the full heatmap. */
export async function eersteBeeld(browser: Browser, url: string, expected: number): Promise<number | null> {
  const p = await throttledPage(browser, expected);
  try {
    await p.page.goto(url);
    await p.page.waitForFunction(
      () => (window as unknown as { __bench: Bench }).__bench.heatmap !== null,
      undefined,
      { timeout: 120_000 },
    );
    return (await read(p.page)).heatmap;
  } finally {
    await p.context.close();
  }
}

export const read = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);

export type Arg = string | number | null;

/**
 * One interaction: `act` gives the input; `done` (run in the page on every frame) returns
 * performance.now() once the result is in the DOM, else 0. Returns the interaction's Event Timing
 * duration (the longest entry of the first interaction after the start, as INP counts it; 16 when the
 * browser reported none, i.e. below its 16 ms threshold) and the time from the input to the result.
 */
export async function interaction(
  page: Page,
  act: () => Promise<void>,
  done: (arg: Arg) => number,
  arg: Arg = null,
): Promise<{ inp: number; result: number | null; parts: string }> {
  const t0 = await page.evaluate(() => performance.now());
  await act();
  const handle = await page.waitForFunction(done, arg, { timeout: 300_000, polling: 'raf' });
  const tDone = (await handle.jsonValue()) as number;
  // Event Timing entries are reported after the next paint.
  await page.waitForTimeout(400);
  const events = (await read(page)).events.filter((e) => e.start >= t0);
  const first = events[0];
  if (!first) return { inp: 16, result: null, parts: '' };
  const same = events.filter((e) => e.id === first.id);
  const worst = same.reduce((x, y) => (y.duration > x.duration ? y : x));
  const parts = `delay ${Math.round(worst.processingStart - worst.start)}, handlers ${Math.round(
    worst.processingEnd - worst.processingStart,
  )}, to paint ${Math.round(worst.start + worst.duration - worst.processingEnd)}`;
  return { inp: worst.duration, result: tDone - first.start, parts };
}

/** Waits until DuckDB is ready; a start that failed in the app ends the bench with the app's message. */
export async function rekenmoduleKlaar(page: Page): Promise<void> {
  const main = await page.waitForSelector('main[data-rekenmodule="klaar"], main[data-rekenmodule="fout"]', {
    timeout: 300_000,
  });
  if ((await main.getAttribute('data-rekenmodule')) === 'fout') {
    const melding = await page
      .locator('[role=alert]')
      .first()
      .innerText()
      .catch(() => '?');
    throw new Error(`DuckDB did not start in the app (${page.url()}): ${melding.replace(/\s+/g, ' ')}`);
  }
}

/** Resident memory of the one open page's renderer process, in bytes. */
export function rendererRss(): number | null {
  try {
    const out = execFileSync('bash', [
      '-c',
      "ps -C chromium -o rss=,args= | grep -- '--type=renderer' || true",
    ])
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => Number(l.trim().split(/\s+/)[0]) * 1024);
    return out.length ? Math.max(...out) : null;
  } catch {
    return null;
  }
}
