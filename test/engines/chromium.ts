import { launchBrowser } from '../e2e/browser';
import type { Driver, DriverOptions } from './driver';

/** Debian's chromium through the launcher the other e2e tests use (playwright-core, CDP). */
export async function openChromium(o: DriverOptions): Promise<Driver> {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: o.viewport });
  const seen: string[] = [];
  // Context-level events include the requests of dedicated workers in Chromium.
  if (o.recordRequests) context.on('request', (r) => seen.push(r.url()));
  const page = await context.newPage();
  return {
    version: `chromium ${browser.version()}`,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (expression) => page.evaluate(expression),
    click: (selector) => page.locator(selector).first().click(),
    press: (key) => page.keyboard.press(key),
    url: async () => page.url(),
    requests: () => seen,
    close: () => browser.close(),
  };
}
