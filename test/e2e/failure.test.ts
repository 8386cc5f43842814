/**
 * Issue #6, failure: wasm blocked, a data file missing / truncated / corrupt, a view that crashes while
 * rendering, a query that fails, and reloading the page several times.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableFromJSON, tableToIPC } from 'apache-arrow';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './sessie';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.resolve(root, process.env.E2E_DIST ?? 'dist');
const CELL = 'button[data-oordeel]';
const poll = <T>(f: () => T | Promise<T>) => expect.poll(f, { timeout: 20_000, interval: 50 });
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('failure (production build)', () => {
  const site = useSite();

  /** A fresh context whose data/FILE is replaced by `bytes` (null: 404), the manifest left as built. */
  async function withData(file: string, bytes: Buffer | null, opts: { patchManifest?: boolean } = {}) {
    const context = await site.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.route(`**/data/${file}`, (route) =>
      bytes === null
        ? route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>404</h1>' })
        : route.fulfill({ status: 200, contentType: 'application/octet-stream', body: bytes }),
    );
    if (opts.patchManifest && bytes) {
      // The manifest agrees with the replacement, so only its content can make things fail.
      await context.route('**/data/manifest.json', async (route) => {
        const m = JSON.parse(readFileSync(path.join(DIST, 'data/manifest.json'), 'utf8')) as {
          bestanden: { name: string; bytes: number; sha256: string }[];
        };
        for (const f of m.bestanden) {
          if (f.name !== file) continue;
          f.bytes = bytes.length;
          f.sha256 = createHash('sha256').update(bytes).digest('hex');
        }
        await route.fulfill({ contentType: 'application/json', body: JSON.stringify(m) });
      });
    }
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    return { context, page, pageErrors, consoleErrors };
  }

  const data = (f: string) => readFileSync(path.join(DIST, 'data', f));

  /** Opens the app and waits for the message that DuckDB could not start; returns the ms it took. */
  async function startFoutNa(page: Page): Promise<number> {
    const t0 = Date.now();
    await page.goto(site.url);
    await page
      .locator('[role=alert]', { hasText: 'De rekenmodule kon niet starten' })
      .waitFor({ timeout: 30_000 });
    return Date.now() - t0;
  }

  it('(a) wasm blocked: the message appears within 20 s (was ~30 s) and the prerendered heatmap stays', async () => {
    const context = await site.browser.newContext();
    try {
      await context.route('**/*.wasm', (route) => route.abort());
      const page = await context.newPage();
      const ms = await startFoutNa(page);
      console.log(`failure: wasm-blocked message after ${(ms / 1000).toFixed(1)} s`);
      // The HEAD check of the wasm fails at once (src/db/engine.ts, wasmKanLaden).
      expect(ms).toBeLessThan(20_000);
      expect(await page.locator(CELL).count()).toBe(210);
    } finally {
      await context.close();
    }
  });

  it('(a2) a worker script that takes 13 s to arrive (a slow link): DuckDB still starts', async () => {
    const context = await site.browser.newContext();
    try {
      // The wait for wasm progress (10 s) must not include the worker script's download (#4).
      await context.route('**/assets/duckdb-browser-*.worker-*.js', async (route) => {
        await new Promise((r) => setTimeout(r, 13_000));
        await route.continue();
      });
      const page = await context.newPage();
      await page.goto(site.url);
      await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 90_000 });
      expect(await page.locator('[role=alert]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('(a3) a worker script that cannot load: the message appears at once, the heatmap stays', async () => {
    const context = await site.browser.newContext();
    try {
      await context.route('**/assets/duckdb-browser-*.worker-*.js', (route) => route.abort());
      const page = await context.newPage();
      expect(await startFoutNa(page)).toBeLessThan(10_000);
      expect(await page.locator('main').getAttribute('data-rekenmodule')).toBe('fout');
      expect(await page.locator(CELL).count()).toBe(210);
    } finally {
      await context.close();
    }
  });

  it('(a4) WebAssembly blocked by the page policy: the message appears at once, the heatmap stays', async () => {
    const context = await site.browser.newContext();
    try {
      // The built page with 'wasm-unsafe-eval' taken out of its CSP.
      const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
      expect(html).toContain(' &#39;wasm-unsafe-eval&#39;');
      await context.route(
        (u) => u.pathname === '/',
        (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: html.replace(' &#39;wasm-unsafe-eval&#39;', ''),
          }),
      );
      const page = await context.newPage();
      expect(await startFoutNa(page)).toBeLessThan(10_000);
      expect(await page.locator(CELL).count()).toBe(210);
    } finally {
      await context.close();
    }
  });

  const cases: [string, () => Buffer | null, RegExp][] = [
    ['missing (404)', () => null, /oordelen\.arrow kon niet worden opgehaald \(HTTP 404\)/],
    [
      'truncated',
      () => data('oordelen.arrow').subarray(0, 1000),
      /oordelen\.arrow is beschadigd of onvolledig/,
    ],
    [
      'corrupt (flipped bytes, sha256 mismatch)',
      () => {
        const b = Buffer.from(data('oordelen.arrow'));
        for (let i = 2000; i < 2100; i++) b[i] = b[i]! ^ 0xff;
        return b;
      },
      /oordelen\.arrow is beschadigd of onvolledig/,
    ],
  ];

  it.each(cases)(
    '(b) a data file %s: clear Dutch message, prerendered heatmap stays',
    async (_n, bytes, msg) => {
      const { context, page, pageErrors } = await withData('oordelen.arrow', bytes());
      try {
        await page.goto(site.url);
        const alert = page.locator('[role=alert]', { hasText: 'oordelen.arrow' }).first();
        await alert.waitFor({ timeout: 30_000 });
        expect(squash(await alert.textContent())).toMatch(msg);
        expect(await page.locator('main').getAttribute('data-rekenmodule')).toBe('fout');
        expect(await page.locator(CELL).count()).toBe(210);
        expect(await page.locator(CELL).first().isVisible()).toBe(true);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each([
    ['missing (404)', () => null, /teksten-000\.arrow kon niet worden opgehaald \(HTTP 404\)/],
    [
      'corrupt (sha256 mismatch)',
      () => {
        const b = Buffer.from(data('teksten-000.arrow'));
        for (let i = 2000; i < 2100; i++) b[i] = b[i]! ^ 0xff;
        return b;
      },
      /teksten-000\.arrow is beschadigd of onvolledig/,
    ],
  ] as [string, () => Buffer | null, RegExp][])(
    '(b2) a text part %s: the app starts, the drill-down names the part; the heatmap keeps working',
    async (_n, bytes, msg) => {
      const { context, page, pageErrors } = await withData('teksten-000.arrow', bytes());
      try {
        await page.goto(site.url);
        // The text part is not needed to start.
        await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
        await page.locator(`${CELL}[data-aanpak="emmen.oggz"][data-indicator="A9"]`).click();
        const alert = page.locator('dialog[open] [role=alert]', { hasText: 'teksten-000.arrow' }).first();
        await alert.waitFor({ timeout: 30_000 });
        expect(squash(await alert.textContent())).toMatch(msg);
        expect(await page.locator('main').getAttribute('data-rekenmodule')).toBe('klaar');
        expect(await page.locator(CELL).count()).toBe(210);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('(c) a view that crashes while rendering shows its error with a way back; the rest of the page works', async () => {
    // documenten.arrow with a struct where the Methode view renders text: React cannot render it.
    const kapot = tableToIPC(
      tableFromJSON([
        {
          bestand: { naam: 'x.txt' },
          gemeente_id: 'emmen',
          layout: 'raw',
          codering: 'utf-8',
          regels: 1,
          sha256: '0',
          maand_in_document: 'november',
          titel: 'Uitkomsten toezichtonderzoek',
          uitgever: 'Samenwerkend Toezicht Jeugd',
          publicatiemaand: '2013-11',
        },
      ]),
      'stream',
    );
    const { context, page } = await withData('documenten.arrow', Buffer.from(kapot), { patchManifest: true });
    try {
      // A link that was not prerendered, and no result files of the build: the view asks DuckDB (#14).
      await context.route('**/v/r/**', (route) => route.abort());
      await page.goto(`${site.url}?weergave=methode&van=test`);
      const fout = page.locator('[role=alert]', {
        hasText: 'Er ging iets mis bij het tonen van het onderdeel Methode',
      });
      await fout.waitFor({ timeout: 60_000 });
      expect(squash(await fout.textContent())).toContain('De rest van de pagina werkt nog');
      // Header and navigation are still there; the way back leads to a working heatmap.
      expect(await page.locator('nav[aria-label=Onderdelen] a').count()).toBeGreaterThanOrEqual(5);
      await fout.getByRole('button', { name: 'Naar de heatmap' }).click();
      await poll(() => new URL(page.url()).search).toBe('?weergave=heatmap');
      await page.locator(`${CELL}[data-aanpak="emmen.oggz"][data-indicator="A9"]`).waitFor();
      expect(await page.locator('[role=alert]').count()).toBe(0);
      // Another view works too.
      await page.getByRole('link', { name: 'Terugkerende verbeterpunten' }).click();
      // 17 indicators with an X; the 13 without one are folded into one line.
      await poll(() => page.locator('ol.ranking-lijst > li[data-indicator]').count()).toBe(17);
    } finally {
      await context.close();
    }
  });

  it('(d) a query that fails shows its error in the view that asked and logs its SQL', async () => {
    // documenten.arrow replaced by another valid table: the Methode sources query has no such columns.
    const { context, page, consoleErrors } = await withData('documenten.arrow', data('indicatoren.arrow'), {
      patchManifest: true,
    });
    try {
      // A link that was not prerendered, and no result files of the build: the view asks DuckDB (#14).
      await context.route('**/v/r/**', (route) => route.abort());
      await page.goto(`${site.url}?weergave=methode&van=test`);
      const fout = page.locator('section.methode [role=alert]', {
        hasText: 'Dit onderdeel kon niet worden geladen',
      });
      await fout.waitFor({ timeout: 60_000 });
      expect(squash(await fout.textContent())).toContain(
        'De gegevens voor dit onderdeel konden niet worden opgehaald',
      );
      expect(await fout.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(1);
      // The rest of the Methode view is there: the toetsingskader from the other tables.
      await poll(() => page.locator('li[data-indicator]').count()).toBe(30);
      await poll(() =>
        consoleErrors.some((e) => e.includes('Query failed') && e.includes('FROM documenten d')),
      ).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('(e) five reloads: DuckDB comes up every time (duckdb-wasm #1658)', async () => {
    const context = await site.browser.newContext();
    try {
      const page: Page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`${site.url}?weergave=ranking`);
      for (let i = 0; i < 6; i++) {
        if (i > 0) await page.reload();
        await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
        await poll(() => page.locator('ol.ranking-lijst > li[data-indicator]').count()).toBe(17);
      }
      expect(pageErrors).toEqual([]);
    } finally {
      await (context as BrowserContext).close();
    }
  });
});
