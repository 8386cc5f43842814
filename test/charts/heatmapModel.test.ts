import { describe, expect, it } from 'vitest';
import {
  buildHeatmapModel,
  celKey,
  celLabel,
  sleutelTekst,
  tekensIn,
  voldoenTekst,
  volgendeCel,
  type HeatmapModel,
} from '../../src/charts/heatmapModel';
import { OORDEEL_SYMBOOL, oordeelKleuren } from '../../src/charts/oordeel';
import { contrast } from '../helpers/css';
import {
  heatmapCellen,
  kolomTotalen,
  OORDELEN,
  rijTotalen,
  type OordeelFilter,
  type RijSortering,
} from '../../src/model/queries';
import { useDb } from '../helpers/db';

const db = useDb();

async function model(f: OordeelFilter = {}, sortering: RijSortering = 'volgorde'): Promise<HeatmapModel> {
  const [c, r, k] = await Promise.all([
    db.run(heatmapCellen(f)),
    db.run(rijTotalen(f, sortering)),
    db.run(kolomTotalen(f)),
  ]);
  return buildHeatmapModel(c, r, k, sortering);
}

describe('buildHeatmapModel', () => {
  it('groups 30 indicators by thema and criterium, 7 aanpakken by gemeente', async () => {
    const m = await model();
    expect(m.kolommen).toHaveLength(7);
    expect(m.groepen.map((g) => [g.gemeente, g.span])).toEqual([
      ['Dordrecht', 2],
      ['Emmen', 2],
      ['Gouda', 1],
      ['Oosterhout', 2],
    ]);
    expect(m.rijen).toHaveLength(30);
    expect(m.secties.map((s) => s.titel)).toEqual([
      'Toeleiding',
      'Gezin centraal',
      'Aanpak',
      'Samenwerking',
      'Continu',
    ]);
    const criteria = m.secties.flatMap((s) => s.items.filter((i) => i.soort === 'criterium'));
    expect(criteria).toHaveLength(13);
    expect(m.rijen.every((r) => r.cellen.every((c) => c !== null))).toBe(true);
    const a9 = m.rijen.find((r) => r.indicator === 'A9');
    expect(a9 && voldoenTekst(a9.totaal)).toBe('2 van 7 voldoen');
    const gouda = m.kolommen.find((k) => k.aanpak_id === 'gouda.mpg-overleg');
    expect(gouda && voldoenTekst(gouda.totaal)).toBe('28 van 30 voldoen');
  });

  it('sorted by verbeterpunten: one section without thema headings', async () => {
    const m = await model({}, 'verbeterpunten');
    expect(m.secties).toHaveLength(1);
    expect(m.secties[0]?.titel).toBeNull();
    expect(m.secties[0]?.items.every((i) => i.soort === 'rij')).toBe(true);
    const xs = m.rijen.map((r) => r.totaal.verbeterpunt);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
  });

  it('cell labels and arrow-key navigation', async () => {
    const m = await model({ gemeenten: ['emmen', 'gouda'], themas: ['A'] });
    const a9 = m.rijen.find((r) => r.indicator === 'A9');
    const oggz = a9?.cellen.find((c) => c?.aanpak_id === 'emmen.oggz');
    expect(oggz && celLabel(oggz)).toBe('Emmen, OGGz, Doorzettingsmacht: verbeterpunt');
    const start = celKey('emmen.oggz', 'A9');
    expect(volgendeCel(m, start, 'rechts')).toBe(celKey('gouda.mpg-overleg', 'A9'));
    expect(volgendeCel(m, start, 'links')).toBe(celKey('emmen.cjg-aanpak', 'A9'));
    expect(volgendeCel(m, start, 'omhoog')).toBe(celKey('emmen.oggz', 'A8'));
    expect(volgendeCel(m, start, 'omlaag')).toBe(celKey('emmen.oggz', 'A10'));
    expect(volgendeCel(m, start, 'begin')).toBe(celKey('emmen.cjg-aanpak', 'A9'));
    expect(volgendeCel(m, start, 'boven')).toBe(celKey('emmen.oggz', 'A1'));
    expect(volgendeCel(m, start, 'onder')).toBe(celKey('emmen.oggz', 'A14'));
    expect(volgendeCel(m, celKey('gouda.mpg-overleg', 'A9'), 'rechts')).toBeNull();
    expect(volgendeCel(m, 'bestaat~niet', 'rechts')).toBeNull();
  });

  it('celLabel names a mark shared by a merged block (Gouda S3 and S4: one √ on line 537 of 002)', async () => {
    const m = await model({ gemeenten: ['gouda'], themas: ['S'] });
    const cel = (i: string) => m.rijen.find((r) => r.indicator === i)?.cellen[0];
    expect(cel('S3')?.gedeeld).toBe(true);
    expect(cel('S4')?.gedeeld).toBe(true);
    // S2 (line 511) has a mark of its own.
    expect(cel('S2')?.gedeeld).toBe(false);
    const s4 = cel('S4');
    expect(s4 && celLabel(s4)).toBe(
      'Gouda, MPG-overleg, Samenwerkingsafspraken: voldoet, met LET OP, gedeeld teken van een blok',
    );
    expect(s4 && celLabel(s4, 'en')).toBe(
      'Gouda, MPG-overleg, Samenwerkingsafspraken: meets the standard, with NOTE, shared mark of a block',
    );
  });

  it('tekensIn and sleutelTekst list only the signs in view: no ? in this data', async () => {
    const alles = tekensIn(await model());
    expect(alles).toEqual({ onduidelijk: false, letOp: true, gedeeld: true });
    expect(sleutelTekst(alles)).toBe(
      '√ = voldoet, X = verbeterpunt, ! = er staat een LET OP bij, ↕ = één teken voor een samengevoegd blok indicatoren',
    );
    const cel = (oordeel: 'voldoet' | 'verbeterpunt', heeft_let_op = false, gedeeld = false) =>
      ({ oordeel, heeft_let_op, gedeeld }) as HeatmapModel['rijen'][number]['cellen'][number];
    const kaal = tekensIn({ rijen: [{ cellen: [cel('voldoet'), null, cel('verbeterpunt')] }] } as never);
    expect(kaal).toEqual({ onduidelijk: false, letOp: false, gedeeld: false });
    expect(sleutelTekst(kaal, 'en')).toBe('√ = meets the standard, X = needs improvement');
    expect(tekensIn({ rijen: [{ cellen: [cel('voldoet', false, true)] }] } as never).gedeeld).toBe(true);
    expect(sleutelTekst({ onduidelijk: true, letOp: false, gedeeld: false })).toBe(
      '√ = voldoet, X = verbeterpunt, ? = onduidelijk',
    );
  });
});

describe('oordeel colours', () => {
  it('are distinct per oordeel, with readable symbols (WCAG AA), also when dimmed', () => {
    const kleuren = OORDELEN.map((o) => oordeelKleuren(o));
    expect(new Set(kleuren.map((k) => k.background)).size).toBe(3);
    expect(new Set(Object.values(OORDEEL_SYMBOOL)).size).toBe(3);
    for (const o of OORDELEN) {
      for (const gedimd of [false, true]) {
        const k = oordeelKleuren(o, gedimd);
        expect(contrast(k.background, k.color), `${o} ${gedimd}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
