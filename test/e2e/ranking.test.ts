import { describe, expect, it } from 'vitest';
import { readRows } from '../helpers/data';
import { axeViolations } from './axe';
import { useSessie } from './sessie';

const ROW = 'ol.ranking-lijst > li[data-indicator]';
/** The indicators without any X, folded into one line under the bars. */
const NUL = 'details.ranking-nul li[data-indicator]';

const poll = <T>(f: () => T | Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });

/**
 * The expected ranking, straight from public/data/oordelen.arrow: share of aanpakken with X (most
 * first), ties in toetsingskader order (indicatoren.volgorde).
 */
function expectedRanking() {
  const oordelen = readRows('oordelen');
  const volgorde = new Map(readRows('indicatoren').map((r) => [String(r.code), Number(r.volgorde)]));
  const per = new Map<
    string,
    { x: number; totaal: number; gemeenten: Set<string>; gemeentenX: Set<string> }
  >();
  for (const o of oordelen) {
    const code = String(o.indicator);
    const p = per.get(code) ?? { x: 0, totaal: 0, gemeenten: new Set(), gemeentenX: new Set() };
    p.totaal += 1;
    p.gemeenten.add(String(o.gemeente_id));
    if (o.oordeel === 'verbeterpunt') {
      p.x += 1;
      p.gemeentenX.add(String(o.gemeente_id));
    }
    per.set(code, p);
  }
  const order = [...per.entries()]
    .sort(([a, pa], [b, pb]) => pb.x / pb.totaal - pa.x / pa.totaal || volgorde.get(a)! - volgorde.get(b)!)
    .map(([code]) => code);
  return { order, per };
}

describe('ranking and indicator page (production build)', () => {
  const sessie = useSessie({ context: { viewport: { width: 1280, height: 900 } } });
  const { requests, pageErrors } = sessie;

  it('ranks indicators by the share of aanpakken with X; first is C2 (6 van 7)', async () => {
    await sessie.page.goto(`${sessie.url}?weergave=ranking`);
    await sessie.page.locator(ROW).first().waitFor({ timeout: 60_000 });
    const { order, per } = expectedRanking();
    expect(order[0]).toBe('C2');
    expect(per.get('C2')?.x).toBe(6);

    const rows = await sessie.page.$$eval(ROW, (els) => els.map((e) => (e as HTMLElement).dataset.indicator));
    expect(rows).toEqual(order.filter((code) => per.get(code)!.x > 0));
    expect(rows[0]).toBe('C2');
    const nul = await sessie.page.$$eval(NUL, (els) => els.map((e) => (e as HTMLElement).dataset.indicator));
    expect(nul).toEqual(order.filter((code) => per.get(code)!.x === 0));

    // The generated sentences, counted from the same file.
    const zin = async (code: string) =>
      (await sessie.page.locator(`${ROW}[data-indicator="${code}"] .ranking-link`).textContent())?.replace(
        /\s+/g,
        ' ',
      );
    const c2 = per.get('C2')!;
    expect(await zin('C2')).toBe(
      `C2 Beschikbaarheid zorg (flexibel): verbeterpunt in ${c2.x} van ${c2.totaal} aanpakken (${c2.gemeentenX.size} van ${c2.gemeenten.size} gemeenten)`,
    );
    expect(await zin('A9')).toBe(
      'A9 Doorzettingsmacht: verbeterpunt in 5 van 7 aanpakken (3 van 4 gemeenten)',
    );
    expect(await sessie.page.locator('details.ranking-nul summary').textContent()).toBe(
      `${nul.length} indicatoren: nergens een verbeterpunt`,
    );

    // Bars: the C2 aanpakken bar is 6/7 of the area, its gemeenten bar 4/4.
    const breedte = await sessie.page
      .locator(`${ROW}[data-indicator="C2"] rect.balk-aanpakken`)
      .getAttribute('width');
    expect(parseFloat(breedte ?? '')).toBeCloseTo((100 * 6) / 7, 5);

    // The same data as a table.
    await sessie.page.locator('details.ranking-cijfers summary').click();
    const eersteRij = await sessie.page.locator('table.ranking-tabel tbody tr').first().textContent();
    expect(eersteRij).toContain('C2');
    expect(eersteRij).toContain('6 van 7');
    expect(await sessie.page.locator('table.ranking-tabel tbody tr').count()).toBe(30);
    expect(await axeViolations(sessie.page)).toEqual([]);
  });

  it('filters by thema; the choice goes into the URL', async () => {
    await sessie.page.locator('input[name=thema][value=C]').uncheck();
    await poll(() => new URL(sessie.page.url()).search).toBe('?weergave=ranking&thema=T,G,A,S');
    await poll(() => sessie.page.locator(`${ROW}, ${NUL}`).count()).toBe(27);
    const rows = await sessie.page.$$eval(ROW, (els) =>
      els.map((e) => (e as HTMLElement).dataset.indicator ?? ''),
    );
    expect(rows.some((r) => r.startsWith('C'))).toBe(false);
    expect(rows.slice(0, 3)).toEqual(['A9', 'A14', 'S4']);
    await sessie.page.locator('input[name=thema][value=C]').check();
    await poll(() => new URL(sessie.page.url()).search).toBe('?weergave=ranking');
    await poll(() => sessie.page.locator(`${ROW}:first-child`).getAttribute('data-indicator')).toBe('C2');
  });

  it('a click on the first row opens the indicator page with all 7 aanpakken and their oordelen', async () => {
    // Click on the bar, not on the link text: the whole row is the target.
    const rij = sessie.page.locator(ROW).first();
    const box = await rij.boundingBox();
    await rij.click({ position: { x: (box?.width ?? 0) - 40, y: (box?.height ?? 0) / 2 } });
    await poll(() => new URL(sessie.page.url()).search).toBe('?weergave=indicator&indicator=C2');
    const kaart = sessie.page.locator('li.indicator-aanpak');
    await poll(() => kaart.count()).toBe(7);
    await poll(async () =>
      (await sessie.page.locator('main h2').textContent())?.replace(/\s+/g, ' ').trim(),
    ).toBe('C2 Beschikbaarheid zorg (flexibel)');
    // Focus moved to the title, the link that was clicked is gone.
    expect(await sessie.page.evaluate(() => document.activeElement?.id)).toBe('indicator-titel');

    const expected = Object.fromEntries(
      readRows('oordelen')
        .filter((r) => r.indicator === 'C2')
        .map((r) => [String(r.aanpak_id), String(r.oordeel)]),
    );
    const shown = Object.fromEntries(
      await sessie.page.$$eval('li.indicator-aanpak', (els) =>
        els.map((e) => [(e as HTMLElement).dataset.aanpak, (e as HTMLElement).dataset.oordeel]),
      ),
    );
    expect(shown).toEqual(expected);
    expect(Object.values(shown).filter((o) => o === 'verbeterpunt')).toHaveLength(6);
    const tekst = (await sessie.page.locator('main').textContent()) ?? '';
    expect(tekst).toContain(
      'Netwerkpartners zorgen voor beschikbaarheid van zorg en ondersteuning voor de gezinnen binnen de aanpak',
    );
    expect(tekst).toContain('De aanpak is flexibel');
    expect(tekst).toContain(
      'Beschikbaarheid zorg (flexibel): verbeterpunt in 6 van 7 aanpakken (4 van 4 gemeenten)',
    );
    expect(
      await sessie.page.$$eval('section.indicator-gemeente h3', (h) => h.map((x) => x.textContent)),
    ).toEqual(['Dordrecht', 'Emmen', 'Gouda', 'Oosterhout']);
    // Source lines are shown for every aanpak.
    expect(
      await sessie.page.locator('li.indicator-aanpak .indicator-bron', { hasText: /regels \d+–\d+/ }).count(),
    ).toBe(7);
    expect(await axeViolations(sessie.page)).toEqual([]);
  });

  it('opens the drill-down from the indicator page; Esc returns focus to the button', async () => {
    await sessie.page.locator('button[data-aanpak="emmen.oggz"][data-indicator="C2"]').click();
    const dialog = sessie.page.locator('dialog[open]');
    await poll(async () => (await dialog.locator('h2').textContent())?.trim()).toBe(
      'C2 Beschikbaarheid zorg (flexibel)',
    );
    await poll(() => dialog.textContent()).toContain('Emmen · OGGz');
    expect(new URL(sessie.page.url()).search).toBe('?weergave=indicator&indicator=C2&cel=emmen.oggz~C2');
    await sessie.page.keyboard.press('Escape');
    await poll(() => sessie.page.locator('dialog').count()).toBe(0);
    expect(
      await sessie.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.dataset.aanpak}~${el?.dataset.indicator}`;
      }),
    ).toBe('emmen.oggz~C2');

    // Another indicator from the list; back returns to C2.
    await sessie.page.locator('select[name=indicator]').selectOption('A9');
    await poll(() => new URL(sessie.page.url()).search).toBe('?weergave=indicator&indicator=A9');
    await poll(() => sessie.page.locator('li.indicator-aanpak[data-oordeel=verbeterpunt]').count()).toBe(5);
    await sessie.page.goBack();
    await poll(() => new URL(sessie.page.url()).search).toBe('?weergave=indicator&indicator=C2');
  });

  it('an unknown indicator in the URL gives a message and a way to choose', async () => {
    await sessie.page.goto(`${sessie.url}?weergave=indicator&indicator=Z99`);
    const melding = sessie.page.locator('.melding', {
      hasText: 'Een deel van de link kon niet worden gebruikt',
    });
    await melding.waitFor({ state: 'visible', timeout: 60_000 });
    await poll(() => melding.textContent()).toContain('"Z99"');
    await poll(() => sessie.page.locator('main').textContent()).toContain('Kies hierboven een indicator');
    await sessie.page.locator('select[name=indicator]').selectOption('S4');
    await poll(() => sessie.page.locator('li.indicator-aanpak').count()).toBe(7);
    expect(await axeViolations(sessie.page)).toEqual([]);
  });

  it('no request leaves the page origin; no page errors', () => {
    const origin = new URL(sessie.url).origin;
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
