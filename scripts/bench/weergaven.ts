/**
 * Per-view figures of `npm run bench` (#14): for each prerendered view, a cold load of its shared link
 * on the throttled profile, and the time until the view's content is in the DOM, with the bytes
 * transferred until then (the redirect through index.html included). Also the time from navigation
 * until the first home filter has answered.
 */
import type { Browser, Page } from 'playwright-core';

/** A view: its link, and a test in the page that its content is there. */
export interface Weergave {
  readonly naam: string;
  readonly link: string;
  readonly inhoud: string;
}

/**
 * The views to measure, from the routes of the built index.html (their keys are search strings): the
 * ranking, indicator A9, Bevindingen, Methode and Open data, the first factsheet, and where they were
 * prerendered (the real data) the first drill-down and the first choice in Gemeenten vergelijken.
 */
export function weergaven(routeSleutels: readonly string[]): Weergave[] {
  const eerste = (test: (p: URLSearchParams) => boolean) => {
    const k = routeSleutels.find((s) => test(new URLSearchParams(s)));
    return k === undefined ? null : `?${k}`;
  };
  const w = (p: URLSearchParams) => p.get('weergave');
  const kandidaten: [string, string | null, string][] = [
    ['drilldown', eerste((p) => p.has('cel')), 'dialog[open] .brontekst'],
    [
      'vergelijken',
      eerste((p) => w(p) === 'vergelijken' && p.has('gemeente')),
      'table.kerncijfers thead th[data-gemeente]',
    ],
    ['ranking', '?weergave=ranking', '.ranking-main [data-indicator]'],
    ['indicator', '?weergave=indicator&indicator=A9', 'main .indicator-samenvatting, main .indicator-uitleg'],
    [
      'factsheet',
      eerste((p) => w(p) === 'factsheet' && p.has('gemeente')),
      '[data-testid=factsheet-context]',
    ],
    ['bevindingen', '?weergave=bevindingen', 'main table tbody tr[data-rij]'],
    ['methode', '?weergave=methode', 'main li[data-indicator]'],
    ['open_data', '?weergave=open-data', 'main .od-tabel'],
  ];
  return kandidaten.flatMap(([naam, link, inhoud]) => (link ? [{ naam, link, inhoud }] : []));
}

/** A throttled page as the bench makes it, with the bytes transferred so far (CDP). */
export interface GemetenPagina {
  readonly page: Page;
  bytesSoFar(): number;
  close(): Promise<void>;
}

/** One cold load of `url`: ms from navigation to the content, and bytes until then. */
export async function meetWeergave(
  nieuw: () => Promise<GemetenPagina>,
  url: string,
  w: Weergave,
): Promise<{ ms: number; bytes: number }> {
  const p = await nieuw();
  try {
    const t0 = Date.now();
    await p.page.goto(`${url}${w.link}`, { waitUntil: 'commit' });
    await p.page.waitForFunction((sel) => document.querySelector(sel) !== null, w.inhoud, {
      timeout: 120_000,
      polling: 'raf',
    });
    return { ms: Date.now() - t0, bytes: p.bytesSoFar() };
  } finally {
    await p.close();
  }
}

/**
 * ms from navigation until "Alleen verbeterpunten" on the home view has answered: clicked as a reader
 * clicks, as soon as the form answers (the early layer, `data-voorfilter="klaar"` on `<html>`,
 * src/app/voorfilter.ts, or the app once it has taken over, `data-link` on main), scrolled to (it is
 * below the fold) and painted: a bare press at the box (`page.mouse`, as `klikOp` explains; no actionability checks, whose rounds
 * of animation frames would wait on the parser). Done when the table is shown with cells the filter
 * hides (it stays hidden until it is whole: no frame shows half of it).
 */
export async function eersteFilter(nieuw: () => Promise<GemetenPagina>, url: string): Promise<number> {
  const p = await nieuw();
  try {
    const t0 = Date.now();
    await p.page.goto(url, { waitUntil: 'commit' });
    // Checked in an animation frame: the frame it ends paints the form.
    const plek = await p.page.waitForFunction(
      () => {
        const klaar =
          document.querySelector('html[data-voorfilter="klaar"], main[data-link="toegepast"]') &&
          document.querySelector('#root button[data-oordeel]');
        const box = klaar ? document.querySelector('#root form input[name=alleen]') : null;
        // Below the fold on this viewport: the reader scrolls to it.
        box?.scrollIntoView({ block: 'center' });
        const r = box?.getBoundingClientRect();
        return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      },
      undefined,
      { timeout: 120_000, polling: 'raf' },
    );
    const { x, y } = (await plek.jsonValue()) as { x: number; y: number };
    await p.page.mouse.click(x, y);
    await p.page.waitForFunction(
      () => {
        let getoond = 0;
        let verborgen = 0;
        for (const b of document.querySelectorAll('#root button[data-oordeel]'))
          if (b.checkVisibility({ visibilityProperty: true }) && b.getBoundingClientRect().width > 0)
            getoond++;
          else verborgen++;
        return getoond > 0 && verborgen > 0;
      },
      undefined,
      { timeout: 120_000, polling: 'raf' },
    );
    return Date.now() - t0;
  } finally {
    await p.close();
  }
}

/** Every view `runs` times; metric names `view_<naam>_ms` and `view_<naam>_bytes`. */
export async function meetWeergaven(
  browser: Browser,
  nieuw: (b: Browser) => Promise<GemetenPagina>,
  url: string,
  lijst: readonly Weergave[],
  runs: number,
  add: (k: string, v: number) => void,
  filters: boolean,
): Promise<void> {
  for (let i = 0; i < runs; i++) {
    for (const w of lijst) {
      const r = await meetWeergave(() => nieuw(browser), url, w);
      add(`view_${w.naam}_ms`, r.ms);
      add(`view_${w.naam}_bytes`, r.bytes);
    }
    if (filters) add('first_filter_ms', await eersteFilter(() => nieuw(browser), url));
    console.log(`views: run ${i + 1}/${runs}`);
  }
}
