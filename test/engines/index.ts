/**
 * One way to drive three browser engines, so a test does not care which one runs it: Chromium
 * (playwright-core over CDP), Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK, Safari's
 * engine (WebKitWebDriver + MiniBrowser over WebDriver classic, through webdriverio). Only Debian's
 * browsers are used; nothing is downloaded.
 */
import type { Driver, DriverOptions } from './driver';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

export type Key = 'Enter' | 'Escape' | 'Tab';

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /**
   * Record every request, the workers' included (default true). In WebKit that takes a recording proxy,
   * which a timing measurement may want to leave out: the page's Resource Timing entries are always kept.
   */
  recordRequests?: boolean;
}

export interface WaitOptions {
  timeout?: number;
  interval?: number;
}

export interface EnginePage {
  readonly engine: EngineName;
  /** browser name and version as the engine reports it */
  readonly version: string;
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page (its source is sent, so it may not close over anything) and awaits it. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Evaluates a script's source in the page (e.g. axe-core), outside the page's CSP. */
  run(source: string): Promise<unknown>;
  /** Polls `fn(arg)` in the page until it returns something truthy, and returns that. */
  waitUntil<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A, opts?: WaitOptions): Promise<T>;
  waitFor(selector: string, opts?: WaitOptions): Promise<void>;
  /** Clicks the first match with the engine's own input events. */
  click(selector: string): Promise<void>;
  /** Presses a key on whatever has focus. */
  press(key: Key): Promise<void>;
  /** textContent of the first match ('' when there is none). */
  text(selector: string): Promise<string>;
  url(): Promise<string>;
  /** Every URL the pages have requested since opening (navigation, subresources, fetches, workers). */
  requests(): Promise<string[]>;
  close(): Promise<void>;
}

const DEFAULT_VIEWPORT = { width: 1400, height: 1000 };

/** Starts a fresh browser of this engine (its own profile) with one page. */
export async function openEngine(engine: EngineName, opts: OpenOptions = {}): Promise<EnginePage> {
  const driverOpts: DriverOptions = {
    viewport: opts.viewport ?? DEFAULT_VIEWPORT,
    recordRequests: opts.recordRequests ?? true,
  };
  const driver = await load(engine)(driverOpts);
  return new Page(engine, driver);
}

function load(engine: EngineName): (o: DriverOptions) => Promise<Driver> {
  switch (engine) {
    case 'chromium':
      return async (o) => (await import('./chromium')).openChromium(o);
    case 'firefox':
      return async (o) => (await import('./firefox')).openFirefox(o);
    case 'webkit':
      return async (o) => (await import('./webkit')).openWebKit(o);
  }
}

/**
 * The function as an expression applied to its argument. tsx (esbuild with keepNames) may wrap inner
 * functions in `__name(…)`, which the page does not have: an identity stands in for it.
 */
export function applied(fn: (arg: never) => unknown, arg: unknown): string {
  return `((__name) => (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}))((f) => f)`;
}

class Page implements EnginePage {
  private readonly timing = new Set<string>();

  constructor(
    readonly engine: EngineName,
    private readonly driver: Driver,
  ) {}

  get version(): string {
    return this.driver.version;
  }

  async goto(url: string): Promise<void> {
    await this.collectTiming();
    await this.driver.goto(url);
  }

  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    return this.driver.evaluate(applied(fn as (arg: never) => unknown, arg)) as Promise<T>;
  }

  run(source: string): Promise<unknown> {
    return this.driver.evaluate(`(() => { ${source}\n})()`);
  }

  async waitUntil<T, A = undefined>(
    fn: (arg: A) => T | Promise<T>,
    arg?: A,
    { timeout = 20_000, interval = 100 }: WaitOptions = {},
  ): Promise<T> {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await this.evaluate(fn, arg).catch(() => undefined);
      if (v) return v;
      if (Date.now() > end)
        throw new Error(`${this.engine}: timed out after ${timeout} ms waiting for ${fn.toString()}`);
      await new Promise((r) => setTimeout(r, interval));
    }
  }

  async waitFor(selector: string, opts?: WaitOptions): Promise<void> {
    await this.waitUntil((s) => document.querySelector(s) !== null, selector, opts).catch(() => {
      throw new Error(`${this.engine}: no ${selector} after ${opts?.timeout ?? 20_000} ms`);
    });
  }

  click(selector: string): Promise<void> {
    return this.driver.click(selector);
  }

  press(key: Key): Promise<void> {
    return this.driver.press(key);
  }

  text(selector: string): Promise<string> {
    return this.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
  }

  url(): Promise<string> {
    return this.driver.url();
  }

  async requests(): Promise<string[]> {
    await this.collectTiming();
    return [...new Set([...this.driver.requests(), ...this.timing])];
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /** The current document's URL and its Resource Timing entries (kept across navigations). */
  private async collectTiming(): Promise<void> {
    const names = await this.evaluate(() =>
      location.protocol.startsWith('http')
        ? [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]
        : [],
    ).catch(() => [] as string[]);
    for (const n of names) this.timing.add(n);
  }
}
