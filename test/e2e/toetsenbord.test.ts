import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_X, RAW_DIR, SEEDS } from '../scripts/ingest/fixtures';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useSessie } from './sessie';

const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Tabs from `main` to the first heatmap cell: copy link, 16 filter controls, the reset button. */
const MAX_TABS = 25;

interface Focus {
  /** tag, name or data keys of the focused element */
  wat: string;
  aanpak?: string;
  indicator?: string;
  inMain: boolean;
  inDialog: boolean;
  /** the element's box lies inside the viewport (not clipped off-screen) */
  inBeeld: boolean;
  /** computed outline (≥ 2px, not none) or box-shadow: a visible focus indicator */
  ring: boolean;
}

/** What has focus now, read without touching it. */
function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { wat: 'body', inMain: false, inDialog: false, inBeeld: false, ring: false };
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const wat =
      el.dataset.aanpak !== undefined
        ? 'cel'
        : `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}${
            el.className ? `.${String(el.className).split(' ')[0]}` : ''
          }`;
    return {
      wat,
      aanpak: el.dataset.aanpak,
      indicator: el.dataset.indicator,
      inMain: !!el.closest('main'),
      inDialog: !!el.closest('dialog[open]'),
      inBeeld: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth,
      ring:
        (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) ||
        (s.boxShadow !== 'none' && s.boxShadow !== ''),
    };
  });
}

/**
 * The bevinding of Dordrecht, Gezinscoaching, T2 ("De gemeente heeft zicht op de populatie GGSR"), copied
 * from the factsheet (004, the √ row after that indicator in the Gezinscoaching table).
 */
function bevindingUitBron(): string {
  const bron = readFileSync(path.join(RAW_DIR, SEEDS.dordrecht), 'utf8');
  const start = bron.indexOf('De gemeente weet ongeveer hoeveel gezinnen met complexe problemen');
  const eind = bron.indexOf('met name wonen.', start) + 'met name wonen.'.length;
  expect(start).toBeGreaterThan(bron.indexOf('Aanpak: Reset Thuisbegeleiding'));
  return squash(bron.slice(start, eind));
}

describe('keyboard only (production build)', () => {
  const sessie = useSessie({ context: { viewport: { width: 1280, height: 900 } } });
  const { pageErrors } = sessie;
  let page: Page;

  async function open() {
    await page.goto(sessie.url);
    await page.locator('main[data-rekenmodule="klaar"]').waitFor({ timeout: 60_000 });
    await poll(() => page.locator('input[name=gemeente][value=emmen]').isDisabled()).toBe(false);
  }

  beforeAll(() => {
    page = sessie.page;
  });

  it('Tab, Enter, Space, arrows and Esc: skip link, a filter, the heatmap cells, the drill-down and back', async () => {
    await open();

    // The first Tab lands on the skip link, which is then on screen with a focus ring.
    await page.keyboard.press('Tab');
    let f = await focus(page);
    expect(f.wat).toBe('a.skip-link');
    expect(f.inBeeld).toBe(true);
    expect(f.ring).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');

    // Enter moves the focus to main (the navigation is skipped).
    await page.keyboard.press('Enter');
    await poll(async () => (await focus(page)).inMain).toBe(true);

    // Tab on to the first cell; every stop on the way shows a focus ring.
    const dordrecht = Object.keys(EXPECTED_X).filter((a) => a.startsWith('dordrecht.'));
    const stops: string[] = [];
    let filterBediend = false;
    for (let i = 1; i <= MAX_TABS && f.wat !== 'cel'; i++) {
      await page.keyboard.press('Tab');
      f = await focus(page);
      stops.push(f.wat);
      expect(f.inMain, `stop ${i}: ${f.wat}`).toBe(true);
      expect(f.ring, `focus ring on stop ${i}: ${f.wat}`).toBe(true);
      expect(f.inBeeld, `stop ${i} in view: ${f.wat}`).toBe(true);
      if (f.wat === 'input[name=gemeente]' && !filterBediend) {
        // A filter with Space: Dordrecht (its 2 aanpakken x 30 oordelen) off and on again; the
        // status region says what is shown.
        filterBediend = true;
        expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
          'dordrecht',
        );
        await page.keyboard.press('Space');
        await poll(() => page.locator('button[data-oordeel]').count()).toBe(210 - dordrecht.length * 30);
        await poll(() => page.getByTestId('heatmap-aankondiging').textContent()).toBe(
          `Heatmap, gefilterd op Emmen, Gouda en Oosterhout: ${7 - dordrecht.length} aanpakken en ${210 - dordrecht.length * 30} oordelen getoond.`,
        );
        await page.keyboard.press('Space');
        await poll(() => page.locator('button[data-oordeel]').count()).toBe(210);
        await poll(() => page.getByTestId('heatmap-aankondiging').textContent()).toBe(
          'Heatmap: 7 aanpakken en 210 oordelen getoond.',
        );
        expect((await focus(page)).wat).toBe('input[name=gemeente]');
      }
    }
    expect(filterBediend).toBe(true);
    expect(f.wat, `no cell within ${MAX_TABS} tabs: ${stops.join(', ')}`).toBe('cel');
    // The first cell: Dordrecht's first aanpak (Reset Thuisbegeleiding), first indicator (T1).
    expect([f.aanpak, f.indicator]).toEqual(['dordrecht.reset-thuisbegeleiding', 'T1']);
    expect(f.ring).toBe(true);

    // ArrowRight: the next aanpak column; ArrowDown: the next indicator; ArrowLeft/Up back.
    await page.keyboard.press('ArrowRight');
    f = await focus(page);
    expect([f.aanpak, f.indicator]).toEqual(['dordrecht.gezinscoaching', 'T1']);
    expect(f.ring).toBe(true);
    await page.keyboard.press('ArrowDown');
    f = await focus(page);
    expect([f.aanpak, f.indicator]).toEqual(['dordrecht.gezinscoaching', 'T2']);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    f = await focus(page);
    expect([f.aanpak, f.indicator]).toEqual(['dordrecht.reset-thuisbegeleiding', 'T1']);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');

    // Enter opens the drill-down of that cell, with the focus inside it and the bevinding of the source.
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect((await focus(page)).inDialog).toBe(true);
    await poll(async () => squash(await dialog.locator('.brontekst').first().textContent())).toBe(
      bevindingUitBron(),
    );
    expect(squash(await dialog.locator('h2').textContent())).toBe('T2 Zicht op populatie');
    expect(squash(await dialog.locator('.drilldown-context').textContent())).toBe(
      'Dordrecht · Gezinscoaching',
    );

    // Tab stays inside the dialog and shows a ring there too.
    await page.keyboard.press('Tab');
    f = await focus(page);
    expect(f.inDialog).toBe(true);
    expect(f.ring).toBe(true);

    // Esc closes it; the focus is back on the same cell.
    await page.keyboard.press('Escape');
    await poll(() => page.locator('dialog').count()).toBe(0);
    await poll(async () => {
      const g = await focus(page);
      return [g.aanpak, g.indicator];
    }).toEqual(['dordrecht.gezinscoaching', 'T2']);
  });

  it('Tab to a navigation link and Enter: the other view opens', async () => {
    await open();
    await page.keyboard.press('Tab');
    expect((await focus(page)).wat).toBe('a.skip-link');
    let tekst = '';
    for (let i = 0; i < 10 && tekst !== 'Methode'; i++) {
      await page.keyboard.press('Tab');
      const f = await focus(page);
      expect(f.ring, `focus ring on ${f.wat}`).toBe(true);
      tekst = await page.evaluate(() =>
        document.activeElement?.closest('nav') ? (document.activeElement.textContent ?? '') : '',
      );
    }
    expect(tekst).toBe('Methode');
    await page.keyboard.press('Enter');
    await poll(async () => squash(await page.locator('main h2').first().textContent())).toBe('Methode');
    expect(new URL(page.url()).searchParams.get('weergave')).toBe('methode');
    expect(squash(await page.locator('nav a[aria-current=page]').textContent())).toBe('Methode');
  });

  it('no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
