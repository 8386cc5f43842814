import { describe, expect, it } from 'vitest';
import { readRows } from '../helpers/data';
import { axeViolations, WCAG21_TAGS } from './axe';
import { useSessie, wachtOpRekenmodule } from './sessie';

const CELL = 'button[data-oordeel]';
const cell = (aanpak: string, indicator: string) =>
  `button[data-aanpak="${aanpak}"][data-indicator="${indicator}"]`;

/** Retry until the assertion holds (playwright-core has no web-first assertions). */
const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });

const EXAMPLE =
  '?weergave=heatmap&gemeente=emmen,gouda&thema=A&alleen=verbeterpunten&sorteer=verbeterpunten&cel=emmen.oggz~A9';

describe('dashboard (production build)', () => {
  const sessie = useSessie({ context: { viewport: { width: 1400, height: 1000 } } });
  const { requests, pageErrors } = sessie;

  /**
   * Load a URL and wait until the app has taken over: the cells are already in the prerendered HTML,
   * so also wait for DuckDB (`data-rekenmodule="klaar"`) and for no view to be loading.
   */
  async function open(search = '') {
    await sessie.page.goto(`${sessie.url}${search}`);
    await wachtOpRekenmodule(sessie.page);
    await sessie.page.locator(CELL).first().waitFor();
  }

  it('(a) shows all 7 x 30 cells, each with the oordeel from the ingest output', async () => {
    await open();
    await poll(() => sessie.page.locator('[role=status]', { hasText: 'Gegevens laden' }).count()).toBe(0);
    const cells = await sessie.page.$$eval(CELL, (els) =>
      els.map((e) => {
        const d = (e as HTMLElement).dataset;
        return {
          key: `${d.aanpak}~${d.indicator}`,
          gemeente: d.gemeente,
          oordeel: d.oordeel,
          label: e.getAttribute('aria-label'),
        };
      }),
    );
    expect(cells).toHaveLength(210);
    const expected = new Map(
      readRows('oordelen').map((r) => [
        `${r.aanpak_id}~${r.indicator}`,
        { gemeente: r.gemeente_id, oordeel: r.oordeel },
      ]),
    );
    expect(expected.size).toBe(210);
    expect(new Set(cells.map((c) => c.key)).size).toBe(210);
    for (const c of cells) {
      expect(expected.get(c.key), c.key).toEqual({ gemeente: c.gemeente, oordeel: c.oordeel });
    }
    expect(cells.find((c) => c.key === 'emmen.oggz~A9')?.label).toBe(
      'Emmen, OGGz, Doorzettingsmacht: verbeterpunt',
    );

    // Real table semantics and the 2013 notice.
    await poll(() => sessie.page.locator('table.heatmap caption').count()).toBe(1);
    expect(await sessie.page.locator('table.heatmap th[scope=col]').count()).toBeGreaterThanOrEqual(7);
    expect(await sessie.page.locator('table.heatmap th[scope=row]').count()).toBe(31);
    await poll(() => sessie.page.locator('header').textContent()).toContain('november 2013');
    await poll(() => sessie.page.locator('header').textContent()).toContain('Jeugdwet van 2015');
    await poll(async () =>
      (await sessie.page.locator('td[data-aanpak-totaal="gouda.mpg-overleg"]').textContent())?.trim(),
    ).toBe('28 van 30 voldoen · 2 X (verbeterpunt)');
    await poll(() => sessie.page.locator('tr[data-rij="A9"] td.totaal').textContent()).toContain(
      '2 van 7 voldoen',
    );
  });

  it('(b) drill-down: click Emmen OGGz A9, read the bevinding, Esc returns focus', async () => {
    await sessie.page.locator(cell('emmen.oggz', 'A9')).click();
    const dialog = sessie.page.locator('dialog[open]');
    await dialog.waitFor({ state: 'visible' });
    await poll(() => dialog.textContent()).toContain(
      'De gemeente en één netwerkpartner geven aan dat de doorzettingsmacht niet',
    );
    await poll(async () => (await dialog.locator('h2').textContent())?.trim()).toBe('A9 Doorzettingsmacht');
    await poll(() => dialog.textContent()).toContain('Een toegeruste regisseur');
    await poll(() => dialog.textContent()).toContain('teken op regel 816');
    await poll(() => dialog.locator('li.ander').count()).toBe(6);
    expect(new URL(sessie.page.url()).search).toBe('?weergave=heatmap&cel=emmen.oggz~A9');

    await sessie.page.keyboard.press('Escape');
    await poll(() => sessie.page.locator('dialog').count()).toBe(0);
    const focused = await sessie.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.dataset.aanpak}~${el.dataset.indicator}` : null;
    });
    expect(focused).toBe('emmen.oggz~A9');
    expect(new URL(sessie.page.url()).search).toBe('?weergave=heatmap');

    // Keyboard: arrows move between cells, Enter opens.
    await sessie.page.keyboard.press('ArrowRight');
    await sessie.page.keyboard.press('Enter');
    await poll(async () => (await sessie.page.locator('dialog[open] h2').textContent())?.trim()).toBe(
      'A9 Doorzettingsmacht',
    );
    await poll(() => sessie.page.locator('dialog[open]').textContent()).toContain('Gouda · MPG-overleg');
    await sessie.page.keyboard.press('Escape');
    await poll(() => sessie.page.locator('dialog').count()).toBe(0);

    // Back and forward restore the open cell.
    await sessie.page.goBack();
    await poll(() => sessie.page.locator('dialog[open]').textContent()).toContain('Gouda · MPG-overleg');
    await sessie.page.goBack();
    await poll(() => sessie.page.locator('dialog').count()).toBe(0);
    await sessie.page.goBack();
    await poll(() => sessie.page.locator('dialog[open]').textContent()).toContain('Emmen · OGGz');
    await sessie.page.goForward();
    await poll(() => sessie.page.locator('dialog').count()).toBe(0);
  });

  it('(c) a URL reproduces filters, sort and the open cell', async () => {
    await open(EXAMPLE);
    const dialog = sessie.page.locator('dialog[open]');
    await poll(async () => (await dialog.locator('h2').textContent())?.trim()).toBe('A9 Doorzettingsmacht');
    await poll(() => dialog.textContent()).toContain('Emmen · OGGz');
    expect(new URL(sessie.page.url()).search).toBe(EXAMPLE);
    await sessie.page.keyboard.press('Escape');
    await poll(() => sessie.page.locator('dialog').count()).toBe(0);

    const cells = await sessie.page.$$eval(CELL, (els) =>
      els.map((e) => ({ ...(e as HTMLElement).dataset })),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(['emmen', 'gouda']).toContain(c.gemeente);
      expect(c.indicator).toMatch(/^A\d+$/);
    }
    // Only indicators with an X in Emmen or Gouda (Gouda has none in thema A), most X first.
    const rows = await sessie.page.$$eval('tr[data-rij]', (trs) =>
      trs.map((t) => (t as HTMLElement).dataset.rij),
    );
    const xs = await sessie.page.$$eval('tr[data-rij] td.totaal', (tds) =>
      tds.map((t) => Number((t as HTMLElement).dataset.verbeterpunten)),
    );
    expect(xs.every((x) => x > 0)).toBe(true);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    expect(rows).toContain('A9');
    await sessie.page.locator('button.gedimd[data-gemeente=gouda]').first().waitFor({ state: 'visible' });

    expect(await sessie.page.locator('input[name=gemeente][value=emmen]').isChecked()).toBe(true);
    expect(await sessie.page.locator('input[name=gemeente][value=gouda]').isChecked()).toBe(true);
    expect(await sessie.page.locator('input[name=gemeente][value=dordrecht]').isChecked()).toBe(false);
    expect(await sessie.page.locator('input[name=thema][value=A]').isChecked()).toBe(true);
    expect(await sessie.page.locator('input[name=thema][value=T]').isChecked()).toBe(false);
    expect(await sessie.page.locator('input[name=alleen]').isChecked()).toBe(true);
    expect(await sessie.page.locator('select[name=sorteer]').inputValue()).toBe('verbeterpunten');

    // A filter change goes into the URL.
    await sessie.page.locator('input[name=gemeente][value=dordrecht]').check();
    await expect
      .poll(() => new URL(sessie.page.url()).search)
      .toBe(EXAMPLE.replace('emmen,gouda', 'dordrecht,emmen,gouda').replace('&cel=emmen.oggz~A9', ''));
  });

  it('hostile URL values are dropped with a message; the page still works', async () => {
    await open(
      '?gemeente=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,emmen&thema=%27)%3BDROP%20TABLE%20oordelen%3B--&cel=x%00~A9&weergave=heatmap',
    );
    const melding = sessie.page.locator('.melding', {
      hasText: 'Een deel van de link kon niet worden gebruikt',
    });
    await melding.waitFor({ state: 'visible' });
    await poll(() => melding.textContent()).toContain('ongeldige waarde');
    await poll(() => sessie.page.locator('img').count()).toBe(0);
    await poll(() => sessie.page.locator('dialog').count()).toBe(0);
    const gemeenten = await sessie.page.$$eval(CELL, (els) => [
      ...new Set(els.map((e) => (e as HTMLElement).dataset.gemeente)),
    ]);
    expect(gemeenten).toEqual(['emmen']);
    expect(await sessie.page.locator(CELL).count()).toBe(60);
    expect(new URL(sessie.page.url()).search).toBe('?weergave=heatmap&gemeente=emmen');
  });

  it('navigation between views works with back/forward', async () => {
    await open();
    await sessie.page.locator('nav a', { hasText: 'Methode' }).click();
    await poll(async () => (await sessie.page.locator('main h2').textContent())?.trim()).toBe('Methode');
    await poll(async () =>
      (await sessie.page.locator('nav a[aria-current=page]').textContent())?.trim(),
    ).toBe('Methode');
    expect(new URL(sessie.page.url()).search).toBe('?weergave=methode');
    await sessie.page.goBack();
    await sessie.page.locator(CELL).first().waitFor({ state: 'visible' });
    await poll(async () =>
      (await sessie.page.locator('nav a[aria-current=page]').textContent())?.trim(),
    ).toBe('Heatmap');
  });

  it('a click on a menu link marks the link in its own task and renders the view after that paint', async () => {
    await open();
    // The click and everything it queues (microtasks, React's synchronous work) run inside evaluate.
    const direct = await sessie.page.evaluate(async () => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find(
        (a) => a.textContent?.trim() === 'Methode',
      );
      // The same `lang` set again makes the browser restyle every element of the page.
      const html: string[] = [];
      new MutationObserver((r) => html.push(...r.map((m) => m.attributeName ?? ''))).observe(
        document.documentElement,
        { attributes: true },
      );
      link?.click();
      await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
      return {
        html,
        huidig: document.querySelector('nav a[aria-current=page]')?.textContent?.trim(),
        bezig: document.querySelector('main')?.getAttribute('aria-busy'),
        heatmap: document.querySelectorAll('main button[data-oordeel]').length,
      };
    });
    expect(direct).toEqual({ html: [], huidig: 'Methode', bezig: 'true', heatmap: 210 });
    await poll(async () => (await sessie.page.locator('main h2').textContent())?.trim()).toBe('Methode');
    expect(await sessie.page.locator('main').getAttribute('aria-busy')).toBeNull();
    expect(await sessie.page.locator('main button[data-oordeel]').count()).toBe(0);
  });

  it('has no axe (WCAG 2.1 AA) violations on the heatmap and the drill-down', async () => {
    await open('?weergave=heatmap&alleen=verbeterpunten&cel=oosterhout.bemoeizorg~T4');
    await sessie.page.locator('dialog[open] li.ander').first().waitFor();
    expect(await axeViolations(sessie.page, WCAG21_TAGS)).toEqual([]);
    await sessie.page.keyboard.press('Escape');
    await poll(() => sessie.page.locator('dialog').count()).toBe(0);
    expect(await axeViolations(sessie.page, WCAG21_TAGS)).toEqual([]);
  });

  it('(d) no request leaves the page origin; no page errors', async () => {
    const origin = new URL(sessie.url).origin;
    expect(requests.length).toBeGreaterThan(10);
    // Recording covers the worker too: the wasm is fetched from inside it.
    expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(requests.some((u) => u.endsWith('/data/oordelen.arrow'))).toBe(true);
    const foreign = requests.filter((u) => new URL(u).origin !== origin);
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
