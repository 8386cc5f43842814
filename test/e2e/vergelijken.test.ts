import { describe, expect, it } from 'vitest';
import { readRows } from '../helpers/data';
import { axeViolations } from './axe';
import { useSessie } from './sessie';

const poll = <T>(f: () => T | Promise<T>) => expect.poll(f, { timeout: 15_000, interval: 50 });
const squash = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00ad]+/g, ' ').trim();

const KERN = 'table.kerncijfers';
const CONCLUSIES = 'table.conclusies-tabel';

describe('gemeenten vergelijken (production build)', () => {
  const sessie = useSessie({ context: { viewport: { width: 1280, height: 900 } } });
  const { requests, pageErrors } = sessie;

  async function open(search: string) {
    await sessie.page.goto(`${sessie.url}${search}`);
    await sessie.page.locator(`${CONCLUSIES} td[data-aanpak]`).first().waitFor({ timeout: 60_000 });
  }
  const gemeenteKoppen = () =>
    sessie.page.$$eval(`${KERN} thead th[data-gemeente]`, (ths) =>
      ths.map((t) => (t as HTMLElement).dataset.gemeente),
    );

  it('two gemeenten: context figures, aanpakken, chart and conclusions of both', async () => {
    const search = '?weergave=vergelijken&gemeente=emmen,gouda';
    await open(search);
    expect(new URL(sessie.page.url()).search).toBe(search);
    expect(await gemeenteKoppen()).toEqual(['emmen', 'gouda']);

    // Context figures: the phrase of the factsheet, or "niet vermeld" (Gouda gives no GGSR estimate).
    const kern = squash(await sessie.page.locator(KERN).textContent());
    for (const zin of [
      'ongeveer 109.000 inwoners',
      'ongeveer 71.000 inwoners',
      'bijna 16.849 meerpersoonshuishoudens',
      'bijna 11.000 meerpersoonshuishoudens',
      'ongeveer 1000 huishoudens in Emmen',
    ])
      expect(kern).toContain(zin);
    expect(
      squash(
        await sessie.page.locator(`${KERN} tbody tr:nth-child(3) td[data-gemeente=gouda]`).textContent(),
      ),
    ).toBe('niet vermeld');
    for (const g of readRows('gemeenten').filter(
      (r) => r.gemeente_id === 'emmen' || r.gemeente_id === 'gouda',
    )) {
      expect(kern).toContain(String(g.inwoners_tekst));
    }
    expect(await sessie.page.locator(`${KERN} td[data-gemeente=dordrecht]`).count()).toBe(0);

    // Aanpakken with netwerkpartners and number of gezinnen.
    const aanpakken = await sessie.page.$$eval('li.vergelijken-aanpak', (els) =>
      els.map((e) => (e as HTMLElement).dataset.aanpak),
    );
    expect(aanpakken).toEqual(['emmen.cjg-aanpak', 'emmen.oggz', 'gouda.mpg-overleg']);
    expect(squash(await sessie.page.locator('li[data-aanpak="emmen.oggz"]').textContent())).toContain('200');
    expect(squash(await sessie.page.locator('li[data-aanpak="emmen.cjg-aanpak"]').textContent())).toContain(
      'niet vermeld',
    );
    expect(squash(await sessie.page.locator('li[data-aanpak="gouda.mpg-overleg"]').textContent())).toContain(
      'Bureau jeugdzorg',
    );

    // Small multiples: one panel per thema, "x van y" per aanpak, counted from oordelen.arrow.
    expect(await sessie.page.locator('figure.vergelijken-paneel').count()).toBe(5);
    const oordelen = readRows('oordelen');
    const themaVan = new Map(readRows('indicatoren').map((r) => [String(r.code), String(r.thema_code)]));
    const telling = (aanpak: string, thema: string) => {
      const rows = oordelen.filter(
        (o) => o.aanpak_id === aanpak && themaVan.get(String(o.indicator)) === thema,
      );
      return `${rows.filter((o) => o.oordeel === 'voldoet').length} van ${rows.length}`;
    };
    for (const thema of ['T', 'G', 'A', 'S', 'C']) {
      for (const aanpak of ['emmen.cjg-aanpak', 'emmen.oggz', 'gouda.mpg-overleg']) {
        const t = await sessie.page
          .locator(`figure[data-thema=${thema}] g[data-aanpak="${aanpak}"] text.paneel-getal`)
          .textContent();
        expect(t, `${thema} ${aanpak}`).toBe(telling(aanpak, thema));
      }
    }
    expect(telling('emmen.oggz', 'G')).toBe('0 van 3');

    // Conclusions: thema rows x aanpak columns, every text of the data file in its own cell.
    const conclusies = readRows('conclusies').filter(
      (c) => c.gemeente_id === 'emmen' || c.gemeente_id === 'gouda',
    );
    expect(conclusies).toHaveLength(15);
    for (const c of conclusies) {
      const cel = squash(
        await sessie.page
          .locator(`${CONCLUSIES} tr[data-thema=${c.thema_code}] td[data-aanpak="${c.aanpak_id}"]`)
          .textContent(),
      );
      for (const veld of ['goed', 'beter', 'onbepaald'] as const) {
        const tekst = c[veld];
        if (typeof tekst === 'string') expect(cel, `${c.aanpak_id} ${c.thema_code}`).toContain(squash(tekst));
      }
      if (c.onbepaald) expect(cel).toContain('Onbepaald');
    }
    expect(squash(await sessie.page.locator('main').textContent())).toContain('Dit is geen ranglijst');
    expect(await axeViolations(sessie.page)).toEqual([]);
    await sessie.page.locator('details.vergelijken-cijfers summary').click();
    expect(await axeViolations(sessie.page)).toEqual([]);
  });

  it('other gemeenten and one thema, chosen on the page; goed / beter where the source shows them', async () => {
    await sessie.page.locator('input[name=gemeente][value=dordrecht]').check();
    await sessie.page.locator('input[name=gemeente][value=oosterhout]').check();
    await sessie.page.locator('input[name=gemeente][value=emmen]').uncheck();
    await sessie.page.locator('input[name=gemeente][value=gouda]').uncheck();
    for (const thema of ['G', 'A', 'S', 'C'])
      await sessie.page.locator(`input[name=thema][value=${thema}]`).uncheck();
    await poll(() => new URL(sessie.page.url()).search).toBe(
      '?weergave=vergelijken&gemeente=dordrecht,oosterhout&thema=T',
    );
    await poll(gemeenteKoppen).toEqual(['dordrecht', 'oosterhout']);
    await poll(() => sessie.page.locator(`${CONCLUSIES} tbody tr`).count()).toBe(1);
    expect(await sessie.page.locator('figure.vergelijken-paneel').count()).toBe(1);
    const gm = sessie.page.locator(
      `${CONCLUSIES} tr[data-thema=T] td[data-aanpak="oosterhout.gezinsmanager"]`,
    );
    expect(await gm.locator('.conclusie-beter').count()).toBe(1);
    expect(await gm.locator('.conclusie-goed').count()).toBe(0);
    expect(squash(await gm.textContent())).toContain(
      'De gemeente Oosterhout heeft op dit moment hier nog geen zicht op',
    );
    expect(squash(await sessie.page.locator(KERN).textContent())).toContain('ruim 54.000 inwoners');
  });

  it('an unknown gemeente in the URL gives a friendly message; the rest works', async () => {
    await open('?weergave=vergelijken&gemeente=emmen,amsterdam,gouda');
    const melding = sessie.page.locator('.melding', {
      hasText: 'Een deel van de link kon niet worden gebruikt',
    });
    await melding.waitFor({ state: 'visible' });
    expect(squash(await melding.textContent())).toContain(
      'De gemeente "amsterdam" komt niet voor in deze gegevens',
    );
    expect(await gemeenteKoppen()).toEqual(['emmen', 'gouda']);
    expect(new URL(sessie.page.url()).search).toBe('?weergave=vergelijken&gemeente=emmen,gouda');

    // Only one valid gemeente left: ask for a second one, and choosing it works.
    await open('?weergave=vergelijken&gemeente=amsterdam,emmen');
    await poll(async () => squash(await sessie.page.locator('main').textContent())).toContain(
      'Kies ten minste twee gemeenten om te vergelijken',
    );
    await sessie.page.locator('input[name=gemeente][value=dordrecht]').check();
    await poll(() => new URL(sessie.page.url()).search).toBe(
      '?weergave=vergelijken&gemeente=dordrecht,emmen',
    );
    await poll(gemeenteKoppen).toEqual(['dordrecht', 'emmen']);
    expect(squash(await sessie.page.locator('main').textContent())).not.toContain(
      'Kies ten minste twee gemeenten',
    );
    expect(await axeViolations(sessie.page)).toEqual([]);
  });

  it('no request leaves the page origin; no page errors', () => {
    const origin = new URL(sessie.url).origin;
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
