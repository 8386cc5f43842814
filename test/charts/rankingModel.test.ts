import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildRanking,
  rankingAs,
  rankingSchaal,
  splitsRanking,
  verbeterpuntZin,
  type RankingItem,
} from '../../src/charts/rankingModel';
import { ranking, type RankingRij } from '../../src/model/queries';
import { INDICATOR_CODES } from '../../src/model/toetsingskader';
import { useDb } from '../helpers/db';
import { EXPECTED_X } from '../scripts/ingest/fixtures';

const db = useDb();

/** Per indicator: aanpakken and gemeenten with X, from the list written by reading the factsheets. */
function verwacht(code: string) {
  const aanpakken = Object.entries(EXPECTED_X)
    .filter(([, xs]) => xs.includes(code))
    .map(([a]) => a);
  return { x: aanpakken.length, gemeenten: new Set(aanpakken.map((a) => a.split('.')[0])).size };
}

describe('buildRanking on the real data', () => {
  let items: RankingItem[];
  beforeAll(async () => {
    items = buildRanking(await db.run(ranking()));
  });

  it('ranks by number of aanpakken with X, ties in toetsingskader order', () => {
    const expected = [...INDICATOR_CODES].sort(
      (a, b) => verwacht(b).x - verwacht(a).x || INDICATOR_CODES.indexOf(a) - INDICATOR_CODES.indexOf(b),
    );
    expect(items.map((i) => i.indicator)).toEqual(expected);
    expect(items[0]).toMatchObject({
      indicator: 'C2',
      verbeterpunt: 6,
      aanpakken: 7,
      gemeentenVerbeterpunt: 4,
    });
    // Four indicators tie at 5 of 7: in framework order.
    expect(items.slice(1, 5).map((i) => i.indicator)).toEqual(['A9', 'A14', 'S4', 'C1']);
  });

  it('counts per indicator match the factsheets', () => {
    for (const item of items) {
      const v = verwacht(item.indicator);
      expect([item.verbeterpunt, item.gemeentenVerbeterpunt, item.onduidelijk], item.indicator).toEqual([
        v.x,
        v.gemeenten,
        0,
      ]);
      expect(item.aandeelAanpakken).toBeCloseTo(v.x / 7);
      expect(item.aandeelGemeenten).toBeCloseTo(v.gemeenten / 4);
    }
  });

  it('counts the X of a merged block apart: Emmen OGGz has one X for G1–G3 (factsheet 003, line 733)', () => {
    // Every other X in the factsheets is a mark of its own (EXPECTED_X was read per indicator).
    for (const item of items)
      expect(item.gedeeld, item.indicator).toBe(['G1', 'G2', 'G3'].includes(item.indicator) ? 1 : 0);
    expect(items.find((i) => i.indicator === 'G2')?.uitkomst).toBe(
      'verbeterpunt in 1 van 7 aanpakken (1 van 4 gemeenten); daarvan 1 met één teken voor een blok indicatoren',
    );
  });

  it('splitsRanking folds the 13 indicators without any X (none onduidelijk) into one group', () => {
    const metX = new Set(Object.values(EXPECTED_X).flat());
    const { metVerbeterpunt, zonder } = splitsRanking(items);
    expect(zonder.map((i) => i.indicator)).toEqual(INDICATOR_CODES.filter((c) => !metX.has(c)));
    expect(zonder.map((i) => i.indicator)).toEqual([
      'T3',
      'T4',
      'A1',
      'A4',
      'A5',
      'A6',
      'A7',
      'A8',
      'A11',
      'A13',
      'S1',
      'S5',
      'S6',
    ]);
    expect(metVerbeterpunt).toHaveLength(17);
    expect(metVerbeterpunt.every((i) => i.verbeterpunt > 0)).toBe(true);
  });

  it('makes the sentence from the data', () => {
    const a9 = items.find((i) => i.indicator === 'A9');
    expect(a9?.zin).toBe('Doorzettingsmacht: verbeterpunt in 5 van 7 aanpakken (3 van 4 gemeenten)');
    expect(a9?.uitkomst).toBe('verbeterpunt in 5 van 7 aanpakken (3 van 4 gemeenten)');
    expect(items.find((i) => i.indicator === 'T3')?.zin).toBe(
      'Aanmeldpunt bekend: in geen van de 7 aanpakken een verbeterpunt',
    );
  });
});

describe('verbeterpuntZin', () => {
  const basis = { label: 'Opschaling', aanpakken: 7, gemeenten: 4 };
  it('in English: the same counts, British wording, singular for one', () => {
    expect(
      verbeterpuntZin({ ...basis, verbeterpunt: 5, onduidelijk: 0, gemeentenVerbeterpunt: 3 }, 'en'),
    ).toBe('Opschaling: needs improvement in 5 of 7 approaches (3 of 4 municipalities)');
    expect(
      verbeterpuntZin({ ...basis, verbeterpunt: 0, onduidelijk: 1, gemeentenVerbeterpunt: 0 }, 'en'),
    ).toBe('Opschaling: no need for improvement in any of the 7 approaches; unclear for 1 approach');
    expect(
      verbeterpuntZin(
        { label: 'X', aanpakken: 1, gemeenten: 1, verbeterpunt: 1, onduidelijk: 0, gemeentenVerbeterpunt: 1 },
        'en',
      ),
    ).toBe('X: needs improvement in 1 of 1 approach (1 of 1 municipality)');
  });
  it('says how many of the X are one mark shared by a merged block', () => {
    expect(
      verbeterpuntZin({ ...basis, verbeterpunt: 3, gedeeld: 1, onduidelijk: 0, gemeentenVerbeterpunt: 2 }),
    ).toBe(
      'Opschaling: verbeterpunt in 3 van 7 aanpakken (2 van 4 gemeenten); daarvan 1 met één teken voor een blok indicatoren',
    );
    expect(
      verbeterpuntZin(
        { ...basis, verbeterpunt: 2, gedeeld: 2, onduidelijk: 0, gemeentenVerbeterpunt: 2 },
        'en',
      ),
    ).toBe(
      'Opschaling: needs improvement in 2 of 7 approaches (2 of 4 municipalities); of these, 2 with one mark for a block of indicators',
    );
  });

  it('mentions onduidelijk only when there is any, counted separately', () => {
    expect(verbeterpuntZin({ ...basis, verbeterpunt: 3, onduidelijk: 0, gemeentenVerbeterpunt: 2 })).toBe(
      'Opschaling: verbeterpunt in 3 van 7 aanpakken (2 van 4 gemeenten)',
    );
    expect(verbeterpuntZin({ ...basis, verbeterpunt: 3, onduidelijk: 1, gemeentenVerbeterpunt: 2 })).toBe(
      'Opschaling: verbeterpunt in 3 van 7 aanpakken (2 van 4 gemeenten); bij 1 aanpak onduidelijk',
    );
    expect(verbeterpuntZin({ ...basis, verbeterpunt: 0, onduidelijk: 2, gemeentenVerbeterpunt: 0 })).toBe(
      'Opschaling: in geen van de 7 aanpakken een verbeterpunt; bij 2 aanpakken onduidelijk',
    );
    expect(
      verbeterpuntZin({
        label: 'X',
        aanpakken: 1,
        gemeenten: 1,
        verbeterpunt: 1,
        onduidelijk: 0,
        gemeentenVerbeterpunt: 1,
      }),
    ).toBe('X: verbeterpunt in 1 van 1 aanpak (1 van 1 gemeente)');
  });

  it('orders by share, not by count, and keeps onduidelijk out of the share', () => {
    const rij = (
      indicator: string,
      volgorde: number,
      aanpakken: number,
      x: number,
      onduidelijk = 0,
    ): RankingRij => ({
      indicator,
      volgorde,
      label: indicator,
      tekst: '',
      thema_code: 'A',
      thema: 'Aanpak',
      criterium: '',
      aanpakken,
      aanpakken_verbeterpunt: x,
      aanpakken_voldoet: aanpakken - x - onduidelijk,
      aanpakken_onduidelijk: onduidelijk,
      aanpakken_verbeterpunt_gedeeld: 0,
      aandeel_aanpakken: x / aanpakken,
      gemeenten: 2,
      gemeenten_verbeterpunt: 1,
      aandeel_gemeenten: 0.5,
    });
    const items = buildRanking([
      rij('B', 2, 4, 2),
      rij('A', 1, 2, 1),
      rij('C', 3, 4, 3),
      rij('D', 0, 4, 1, 3),
    ]);
    expect(items.map((i) => i.indicator)).toEqual(['C', 'A', 'B', 'D']);
    expect(items.find((i) => i.indicator === 'D')).toMatchObject({
      aandeelAanpakken: 0.25,
      aandeelOnduidelijk: 0.75,
    });
  });
});

describe('rankingSchaal', () => {
  it('maps a share to percent of the bar area, with percent ticks', () => {
    const x = rankingSchaal();
    expect(x(0)).toBe(0);
    expect(x(6 / 7)).toBeCloseTo(85.714, 3);
    expect(x(1.5)).toBe(100);
    const as = rankingAs(x);
    expect(as[0]).toEqual({ x: 0, label: '0%' });
    expect(as.at(-1)).toEqual({ x: 100, label: '100%' });
  });
});
