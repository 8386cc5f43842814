/**
 * The first search of `npm run bench` (#18): a fresh throttled page on Bevindingen; once DuckDB is
 * ready and the first page is shown, a search for a selective and for a common term. Measures the
 * time from the input until the result is in the DOM, and the bytes transferred for it (the search
 * index and the text parts it fetched). Then unfiltered page turns ("Volgende", "Laatste") the same way.
 */
import type { Page } from 'playwright-core';
import { maakVocabulaire } from '../synth/woorden';
import { rekenmoduleKlaar } from './pagina';
import type { GemetenPagina } from './weergaven';

/** A selective and a common term: for the synthetic data a gemeente's local name and "zorg". */
export function zoekTermen(synthetisch: boolean): readonly (readonly ['selective' | 'common', string])[] {
  return synthetisch
    ? [
        ['selective', maakVocabulaire().lokaal(1)[0] ?? ''],
        ['common', 'zorg'],
      ]
    : [
        ['selective', 'doorzettingsmacht'],
        ['common', 'gezin'],
      ];
}

const BEZIG = 'main [aria-busy="true"], main .status, .bev-resultaat [aria-busy="true"]';

async function rustig(page: Page): Promise<void> {
  await page.waitForFunction(
    (bezig) => document.querySelector('main table tbody tr[data-rij]') && !document.querySelector(bezig),
    BEZIG,
    { timeout: 300_000, polling: 'raf' },
  );
}

/** One first search for `term`: ms from the input to the result in the DOM, and bytes for it. */
export async function eersteZoekopdracht(
  nieuw: () => Promise<GemetenPagina>,
  url: string,
  term: string,
): Promise<{ ms: number; bytes: number }> {
  const p = await nieuw();
  try {
    await p.page.goto(`${url}?weergave=bevindingen`);
    await rekenmoduleKlaar(p.page);
    await rustig(p.page);
    // Let the first page's own text parts arrive before counting.
    await p.page.waitForTimeout(1000);
    const zoek = p.page.locator('input[type=search]').first();
    const voor = p.bytesSoFar();
    const t0 = await p.page.evaluate(() => performance.now());
    await zoek.fill(term);
    await zoek.press('Enter');
    const klaar = await p.page.waitForFunction(
      ([t, bezig]) =>
        location.search.includes(t) &&
        document.querySelector('.bev-aantal')?.textContent &&
        !document.querySelector(bezig)
          ? performance.now()
          : 0,
      [encodeURIComponent(term), BEZIG] as const,
      { timeout: 300_000, polling: 'raf' },
    );
    const ms = ((await klaar.jsonValue()) as number) - t0;
    await p.page.waitForTimeout(500);
    return { ms, bytes: p.bytesSoFar() - voor };
  } finally {
    await p.close();
  }
}

/** The keys of the rows shown, once the table is not busy. */
const rijSleutels = (bezig: string) =>
  document.querySelector(bezig)
    ? null
    : [...document.querySelectorAll('main table tbody tr[data-rij]')].map(
        (r) => (r as HTMLElement).dataset.rij,
      );

/**
 * Unfiltered Bevindingen pages (#18): a fresh page; once DuckDB is ready and page 1 is shown and read
 * for a second, "Volgende", then, page 2 read for a second, "Laatste": ms from the click until the new
 * rows are in the DOM, and the bytes fetched for them. The app loads the next page while the reader
 * reads one (src/views/bevindingen/usePaginaRijen.ts): for "Volgende" the bytes count from page 1 shown.
 */
export async function paginaWissels(
  nieuw: () => Promise<GemetenPagina>,
  url: string,
): Promise<{ naar: 'next' | 'last'; ms: number; bytes: number }[]> {
  const p = await nieuw();
  const uit: { naar: 'next' | 'last'; ms: number; bytes: number }[] = [];
  try {
    await p.page.goto(`${url}?weergave=bevindingen`);
    await rekenmoduleKlaar(p.page);
    await rustig(p.page);
    const getoond = p.bytesSoFar();
    await p.page.waitForTimeout(1000);
    for (const [naar, knop] of [
      ['next', 'Volgende'],
      ['last', 'Laatste'],
    ] as const) {
      const voor = JSON.stringify(await p.page.evaluate(rijSleutels, BEZIG));
      const bytes = naar === 'next' ? getoond : p.bytesSoFar();
      const t0 = await p.page.evaluate(() => performance.now());
      await p.page.getByRole('button', { name: knop, exact: true }).click();
      const klaar = await p.page.waitForFunction(
        ([v, bezig]) => {
          const nu = document.querySelector(bezig)
            ? null
            : [...document.querySelectorAll('main table tbody tr[data-rij]')].map(
                (r) => (r as HTMLElement).dataset.rij,
              );
          return nu && nu.length > 0 && JSON.stringify(nu) !== v ? performance.now() : 0;
        },
        [voor, BEZIG] as const,
        { timeout: 300_000, polling: 'raf' },
      );
      const ms = ((await klaar.jsonValue()) as number) - t0;
      await p.page.waitForTimeout(1000);
      uit.push({ naar, ms, bytes: p.bytesSoFar() - bytes });
    }
    return uit;
  } finally {
    await p.close();
  }
}

/**
 * `runs` first searches per term; metrics `search_first_<selective|common>_ms` and `_bytes`; and
 * `runs` unfiltered page turns, `page_<next|last>_ms` and `_bytes`.
 */
export async function meetZoeken(
  nieuw: () => Promise<GemetenPagina>,
  url: string,
  synthetisch: boolean,
  runs: number,
  add: (k: string, v: number) => void,
): Promise<void> {
  for (let i = 0; i < runs; i++) {
    for (const [soort, term] of zoekTermen(synthetisch)) {
      const r = await eersteZoekopdracht(nieuw, url, term);
      add(`search_first_${soort}_ms`, r.ms);
      add(`search_first_${soort}_bytes`, r.bytes);
      console.log(
        `  first search ${soort} "${term}": ${Math.round(r.ms)} ms, ${Math.round(r.bytes / 1024)} KiB`,
      );
    }
  }
  for (let i = 0; i < runs; i++) {
    for (const r of await paginaWissels(nieuw, url)) {
      add(`page_${r.naar}_ms`, r.ms);
      add(`page_${r.naar}_bytes`, r.bytes);
      console.log(`  page ${r.naar}: ${Math.round(r.ms)} ms, ${Math.round(r.bytes / 1024)} KiB`);
    }
  }
}
