import puppeteer from 'puppeteer-core';
import type { Driver, DriverOptions } from './driver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Debian's Firefox ESR through puppeteer-core over WebDriver BiDi. */
export async function openFirefox(o: DriverOptions): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: o.viewport,
  });
  // The tab Firefox starts with never gets focus when headless (document.hasFocus() stays false), and
  // then Enter or Space on a focused button does not activate it. A tab opened over BiDi is focused.
  const seen: string[] = [];
  const page = await (async () => {
    const initial = await browser.pages();
    const p = await browser.newPage();
    for (const i of initial) await i.close();
    await p.setViewport(o.viewport);
    if (o.recordRequests) p.on('request', (r) => void seen.push(r.url()));
    return p;
  })().catch(async (e: unknown) => {
    await browser.close();
    throw e;
  });
  return {
    version: await browser.version(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (expression) => page.evaluate(expression),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    url: async () => page.url(),
    requests: () => seen,
    close: () => browser.close(),
  };
}
