import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser';
import { startPreview, type PreviewHandle } from './server';

/** The built site on the preview server, and a chromium to visit it with. */
export interface Site {
  readonly server: PreviewHandle;
  readonly browser: Browser;
  /** The site's address; ends with '/'. */
  readonly url: string;
}

/** A site with one browser context and one page in it. */
export interface Sessie extends Site {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the context requested (its pages and their workers), in order. */
  readonly requests: string[];
  /** Every uncaught error of the page: its message (with the stack where `blokkeerWasm`). */
  readonly pageErrors: string[];
}

export interface SessieOptions {
  /** Options of the browser context (viewport, acceptDownloads, …). */
  context?: BrowserContextOptions;
  /**
   * Abort every .wasm request, so DuckDB-WASM cannot start; the error DuckDB's own worker throws on
   * that is then expected and not counted in `pageErrors`.
   */
  blokkeerWasm?: boolean;
}

type SiteOptions = Parameters<typeof startPreview>[0];

function gestart<T>(v: T | undefined, wat: string): T {
  if (v === undefined) throw new Error(`${wat} is not there yet: use it inside a test or a hook`);
  return v;
}

/**
 * Starts the preview server on the build (run `npm run build` first) and Debian's chromium before the
 * tests of the enclosing describe (or file), then `klaar(site)` in the same hook; closes both after.
 */
function registreer(opts: SiteOptions, klaar: (site: Site) => Promise<void>): Site {
  let server: PreviewHandle | undefined;
  let browser: Browser | undefined;
  const site: Site = {
    get server() {
      return gestart(server, 'the preview server');
    },
    get browser() {
      return gestart(browser, 'the browser');
    },
    get url() {
      return gestart(server, 'the preview server').url;
    },
  };
  beforeAll(async () => {
    server = await startPreview(opts);
    browser = await launchBrowser();
    await klaar(site);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return site;
}

/** The built site and a browser for the tests of the enclosing describe (or file). */
export function useSite(opts: SiteOptions = {}): Site {
  return registreer(opts, async () => {});
}

/**
 * The built site, a browser and one context with one page for the tests of the enclosing describe (or
 * file), recording the context's requests and the page's errors.
 */
export function useSessie(opts: SessieOptions = {}): Sessie {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const site = registreer({}, async ({ browser }) => {
    context = await browser.newContext(opts.context);
    context.on('request', (r) => requests.push(r.url()));
    if (opts.blokkeerWasm) await context.route('**/*.wasm', (route) => route.abort());
    page = await context.newPage();
    page.on('pageerror', (e) => {
      if (!opts.blokkeerWasm) pageErrors.push(e.message);
      else if (!/\/assets\/duckdb-browser-[^/]*\.worker/.test(e.stack ?? ''))
        pageErrors.push(`${e.message} ${e.stack ?? ''}`);
    });
  });
  return {
    get server() {
      return site.server;
    },
    get browser() {
      return site.browser;
    },
    get url() {
      return site.url;
    },
    get context() {
      return gestart(context, 'the browser context');
    },
    get page() {
      return gestart(page, 'the page');
    },
    requests,
    pageErrors,
  };
}

/** A new context of `browser` (`opts`) with one page, whose uncaught errors go into `pageErrors`. */
export async function openContext(
  browser: Browser,
  opts: BrowserContextOptions,
  pageErrors: string[],
): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext(opts);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return [context, page];
}

/**
 * Waits until the app has taken over the page: DuckDB-WASM is ready (`main[data-rekenmodule="klaar"]`)
 * and no view is still loading its data.
 */
export async function wachtOpRekenmodule(page: Page): Promise<void> {
  await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 90_000 });
  await expect
    .poll(() => page.locator('main [role=status]', { hasText: 'Gegevens laden' }).count(), {
      timeout: 15_000,
      interval: 50,
    })
    .toBe(0);
}
