import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  AANDEEL_KLASSEN,
  AANDEEL_KLEUREN,
  aandeelKlasse,
  aandeelTekstKleur,
  buildOverzichtModel,
  klasseTekst,
  overzichtLabel,
  overzichtZichtbaar,
} from '../../src/charts/overzichtModel';
import type { RijTotaal } from '../../src/model/queries';
import type { OverzichtCel, OverzichtKolom } from '../../src/model/queries-schaal';
import { cssRule } from '../helpers/css';
import { ROOT } from '../helpers/data';

const css = readFileSync(path.join(ROOT, 'src/charts/HeatmapOverzicht.css'), 'utf8');
const rule = (selector: string) => cssRule(css, selector, 'HeatmapOverzicht.css');
const luminantie = (c: string) => {
  const { r, g, b } = rgb(c);
  const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminantie(a), luminantie(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('share classes', () => {
  it('aandeelKlasse puts 0-10% in class 0, 16% in 1, 45% and 100% in the last class', () => {
    expect([0, 0.09, 0.16, 0.25, 0.35, 0.45, 1].map((x) => aandeelKlasse(x))).toEqual([0, 0, 1, 2, 3, 4, 4]);
    expect(klasseTekst(0)).toBe('0% tot 10%');
    expect(klasseTekst(AANDEEL_KLASSEN - 1)).toBe('40% of meer');
  });

  it('klasseTekst in English: "10% to 20%" and "40% or more"', () => {
    expect(klasseTekst(1, 'en')).toBe('10% to 20%');
    expect(klasseTekst(AANDEEL_KLASSEN - 1, 'en')).toBe('40% or more');
  });

  it.each([0, 1, 2, 3, 4])('.aandeel-%i in the CSS has the d3 colours, text contrast at least 4.5:1', (k) => {
    const r = rule(`.aandeel-${k}`);
    expect(r.background).toBe(rgb(AANDEEL_KLEUREN[k]!).formatHex());
    expect(r.color).toBe(aandeelTekstKleur(k));
    expect(contrast(r.background!, r.color!)).toBeGreaterThanOrEqual(4.5);
  });

  it('the classes get darker with the share', () => {
    const l = AANDEEL_KLEUREN.map(luminantie);
    expect(l).toEqual([...l].sort((a, b) => b - a));
  });
});

describe('buildOverzichtModel', () => {
  const rij = (indicator: string, thema_code: string, criterium_code: string): RijTotaal => ({
    indicator,
    volgorde: 1,
    label: indicator === 'A9' ? 'Doorzettingsmacht' : indicator,
    tekst: `tekst ${indicator}`,
    thema_code,
    thema: `thema ${thema_code}`,
    criterium_code,
    criterium: `criterium ${criterium_code}`,
    voldoet: 0,
    verbeterpunt: 0,
    onduidelijk: 0,
    totaal: 0,
  });
  const kolom = (groep: string): OverzichtKolom => ({
    groep,
    naam: groep,
    provincie: groep,
    aanpakken: 57,
    gemeenten: 20,
    verbeterpunt: 0,
    voldoet: 0,
    onduidelijk: 0,
    totaal: 0,
  });
  const cel = (groep: string, indicator: string, x: number, n: number, o = 0): OverzichtCel => ({
    groep,
    naam: groep,
    indicator,
    verbeterpunt: x,
    voldoet: n - x - o,
    onduidelijk: o,
    totaal: n,
  });

  it('aligns cells with columns, leaves a missing pair empty, groups rows by thema and criterium', () => {
    const m = buildOverzichtModel(
      'provincie',
      [cel('Noord-Brabant', 'A9', 9, 57, 2), cel('Utrecht', 'A9', 0, 30), cel('Utrecht', 'T1', 3, 30)],
      [kolom('Noord-Brabant'), kolom('Utrecht')],
      [rij('T1', 'T', 'T.1'), rij('A9', 'A', 'A.3')],
      'volgorde',
    );
    expect(m.rijen.map((r) => r.cellen.map((c) => c?.verbeterpunt ?? null))).toEqual([
      [null, 3],
      [9, 0],
    ]);
    expect(m.secties.map((s) => s.items.map((i) => i.soort))).toEqual([
      ['criterium', 'rij'],
      ['criterium', 'rij'],
    ]);
    const nb = m.rijen[1]!.cellen[0]!;
    expect(nb.klasse).toBe(1);
    // Onduidelijk stays visible in the name, never folded into √ or X.
    expect(overzichtLabel(nb)).toBe(
      'Noord-Brabant, Doorzettingsmacht: 9 van 57 aanpakken verbeterpunt (16%), 2 onduidelijk',
    );
    expect(overzichtZichtbaar(nb)).toBe('9 X van 57 16% · 2 ?');
    expect(overzichtLabel(m.rijen[1]!.cellen[1]!)).toBe(
      'Utrecht, Doorzettingsmacht: 0 van 30 aanpakken verbeterpunt (0%)',
    );
  });

  it('overzichtLabel / overzichtZichtbaar in English: "of", approaches, unclear; names stay as they are', () => {
    const m = buildOverzichtModel(
      'provincie',
      [cel('Noord-Brabant', 'A9', 9, 57, 2), cel('Utrecht', 'A9', 1, 1)],
      [kolom('Noord-Brabant'), kolom('Utrecht')],
      [rij('A9', 'A', 'A.3')],
      'volgorde',
      'en',
    );
    const [nb, ut] = m.rijen[0]!.cellen;
    expect(overzichtLabel(nb!, 'en')).toBe(
      'Noord-Brabant, Doorzettingsmacht: 9 of 57 approaches needing improvement (16%), 2 unclear',
    );
    expect(overzichtZichtbaar(nb!, 'en')).toBe('9 X of 57 16% · 2 ?');
    // One aanpak: singular; 1 of 1 is 100%.
    expect(overzichtLabel(ut!, 'en')).toBe(
      'Utrecht, Doorzettingsmacht: 1 of 1 approach needing improvement (100%)',
    );
    expect(overzichtLabel(ut!)).toBe('Utrecht, Doorzettingsmacht: 1 van 1 aanpak verbeterpunt (100%)');
  });

  it('buildOverzichtModel names a column without provincie "Provincie onbekend" / "Province unknown"', () => {
    const zonder: OverzichtKolom = { ...kolom('x'), groep: null, naam: null, provincie: null };
    const args = [[], [zonder], [rij('A9', 'A', 'A.3')], 'volgorde'] as const;
    expect(buildOverzichtModel('provincie', ...args).kolommen[0]!.naam).toBe('Provincie onbekend');
    expect(buildOverzichtModel('provincie', ...args, 'en').kolommen[0]!.naam).toBe('Province unknown');
  });

  it('overzichtLabel formats large counts for the language (1.234 / 1,234)', () => {
    const groot = cel('Noord-Brabant', 'A9', 300, 1234);
    const w = buildOverzichtModel(
      'provincie',
      [groot],
      [kolom('Noord-Brabant')],
      [rij('A9', 'A', 'A.3')],
      'volgorde',
    ).rijen[0]!.cellen[0]!;
    expect(overzichtZichtbaar(w)).toBe('300 X van 1.234 24%');
    expect(overzichtZichtbaar(w, 'en')).toBe('300 X of 1,234 24%');
  });
});
