import { describe, expect, it } from 'vitest';
import { catalogQueries } from '../../src/app/bootstrap';
import {
  catalogUitSeed,
  isStartweergave,
  kolomsgewijs,
  leesSeed,
  maakSeed,
  rijsgewijs,
  SEED_VERSIE,
  seedJson,
  voorgerenderdeQueries,
  type Seed,
} from '../../src/app/voorgerenderd';
import { queryKey } from '../../src/db/query';
import { DEFAULT_FILTERS, type Catalog } from '../../src/store';
import { heatmapQueries } from '../../src/views/heatmapQueries';

const CATALOG: Catalog = {
  gemeenten: [
    { gemeente_id: 'emmen', naam: 'Emmen' },
    { gemeente_id: 'gouda', naam: 'Gouda' },
  ] as unknown as Catalog['gemeenten'],
  aanpakken: [
    { aanpak_id: 'emmen.oggz', gemeente_id: 'emmen', naam: 'OGGz', gemeente: 'Emmen' },
  ] as unknown as Catalog['aanpakken'],
};

/** Rows per query: the catalog rows, then one made-up row for each heatmap query. */
function rows(extra: Record<string, unknown> = {}) {
  return [
    CATALOG.gemeenten,
    CATALOG.aanpakken,
    [{ a: 1, ...extra }],
    [{ b: 2 }],
    [{ c: 3 }],
  ] as unknown as Record<string, unknown>[][];
}

describe('seed keys', () => {
  it('are exactly the keys useQuery uses for the home view: catalog + unfiltered heatmap', () => {
    const h = heatmapQueries(DEFAULT_FILTERS);
    const c = catalogQueries();
    expect(voorgerenderdeQueries().map(queryKey)).toEqual(
      [c.gemeenten, c.aanpakken, h.cellen, h.rijen, h.kolommen].map(queryKey),
    );
    const seed = maakSeed(rows());
    expect(seed.resultaten.map(([k]) => k)).toEqual(voorgerenderdeQueries().map(queryKey));
    // The unfiltered queries have no parameters; a filter changes the key.
    expect(h.cellen.params).toEqual([]);
    expect(queryKey(heatmapQueries({ ...DEFAULT_FILTERS, gemeenten: ['emmen'] }).cellen)).not.toBe(
      queryKey(h.cellen),
    );
    expect(queryKey(heatmapQueries({ ...DEFAULT_FILTERS, sorteer: 'verbeterpunten' }).rijen)).not.toBe(
      queryKey(h.rijen),
    );
  });

  it('maakSeed needs one result set per query', () => {
    expect(() => maakSeed(rows().slice(1))).toThrow(/expected 5 result sets, got 4/);
  });

  it('the catalog comes back out of the seed', () => {
    expect(catalogUitSeed(maakSeed(rows()))).toEqual(CATALOG);
  });
});

describe('seedJson (the JSON data block)', () => {
  const nasty = '</script><script>alert(1)</script><!-- \u2028\u2029 & "quotes" ü √';

  it('has no "<" at all, so nothing in the data can end the <script> block', () => {
    const json = seedJson(maakSeed(rows({ tekst: nasty })));
    expect(json).not.toContain('<');
    expect(json).not.toMatch(/<\/script/i);
    expect(json).toContain('\\u003c/script>');
    expect(json).not.toContain('\u2028');
    expect(json).not.toContain('\u2029');
  });

  it('reads back as the same seed', () => {
    const seed = maakSeed(rows({ tekst: nasty, n: 3, leeg: null, waar: true }));
    expect(leesSeed(seedJson(seed))).toEqual(seed);
  });

  it('writes a repeating column once per distinct value, and a unique column as it is', () => {
    const aanpakken = [
      { aanpak_id: 'a.1', gemeente: 'Emmen', jaar: 2013, let_op: null },
      { aanpak_id: 'a.2', gemeente: 'Emmen', jaar: 2013, let_op: null },
      { aanpak_id: 'b.1', gemeente: 'Gouda', jaar: 2013, let_op: true },
      { aanpak_id: 'c.1', gemeente: 'Emmen', jaar: 2014, let_op: null },
      { aanpak_id: 'c.2', gemeente: 'Gouda', jaar: 2013, let_op: null },
    ];
    const wire = kolomsgewijs('q', aanpakken);
    expect(wire.k).toEqual(['aanpak_id', 'gemeente', 'jaar', 'let_op']);
    expect(wire.c[0]).toEqual(['a.1', 'a.2', 'b.1', 'c.1', 'c.2']);
    expect(wire.c[1]).toEqual({ d: ['Emmen', 'Gouda'], i: [0, 0, 1, 0, 1] });
    expect(wire.c[2]).toEqual({ d: [2013, 2014], i: [0, 0, 0, 1, 0] });
    expect(wire.c[3]).toEqual({ d: [null, true], i: [0, 0, 1, 0, 0] });
    expect(rijsgewijs(JSON.parse(JSON.stringify(wire)))).toEqual(aanpakken);
    expect(rijsgewijs(kolomsgewijs('leeg', []))).toEqual([]);
  });

  it('keeps "1" and 1 apart', () => {
    const r = [{ v: 1 }, { v: '1' }, { v: 1 }, { v: 1 }, { v: 1 }];
    expect(rijsgewijs(JSON.parse(JSON.stringify(kolomsgewijs('q', r))))).toEqual(r);
  });

  it('refuses rows whose columns differ, naming the query', () => {
    expect(() =>
      kolomsgewijs('SELECT x', [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ]),
    ).toThrow('seed: row 2 of SELECT x does not have the columns a,b');
    expect(() => kolomsgewijs('SELECT y', [{ a: 1 }, { a: 1, b: 2 }])).toThrow(/row 2 of SELECT y/);
    expect(() => kolomsgewijs('SELECT z', [{}])).toThrow(/rows of SELECT z have no columns/);
  });
});

describe('leesSeed', () => {
  const good = JSON.parse(seedJson(maakSeed(rows()))) as Seed;
  const text = (v: unknown) => JSON.stringify(v);

  it('accepts a complete seed', () => {
    expect(leesSeed(text(good))?.resultaten).toHaveLength(5);
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['not JSON', '{"versie":1,'],
    ['another version', text({ ...good, versie: SEED_VERSIE - 1 })],
    ['no results', text({ versie: SEED_VERSIE })],
    ['a result that is not [key, columns]', text({ versie: SEED_VERSIE, resultaten: [['k']] })],
    ['rows instead of columns', text({ versie: SEED_VERSIE, resultaten: [['k', [{ a: 1 }]]] })],
    [
      'columns of unequal length',
      text({ versie: SEED_VERSIE, resultaten: [['k', { k: ['a', 'b'], c: [[1], [1, 2]] }]] }),
    ],
    [
      'more names than columns',
      text({ versie: SEED_VERSIE, resultaten: [['k', { k: ['a', 'b'], c: [[1]] }]] }),
    ],
    [
      'an index outside the values',
      text({ versie: SEED_VERSIE, resultaten: [['k', { k: ['a'], c: [{ d: [1], i: [0, 1] }] }]] }),
    ],
    ['a home query missing', text({ versie: SEED_VERSIE, resultaten: good.resultaten.slice(0, 4) })],
  ])('rejects %s', (_name, t) => {
    expect(leesSeed(t)).toBeNull();
  });
});

describe('isStartweergave: which URLs may hydrate the prerendered heatmap', () => {
  it.each([
    ['', true],
    ['?weergave=heatmap', true],
    ['?weergave=heatmap&cel=emmen.oggz~A9', true],
    ['?weergave=ranking', false],
    ['?weergave=heatmap&gemeente=emmen', false],
    ['?weergave=heatmap&gemeente=emmen,gouda', true], // all gemeenten = no filter
    ['?weergave=heatmap&thema=A', false],
    ['?weergave=heatmap&alleen=verbeterpunten', false],
    ['?weergave=heatmap&sorteer=verbeterpunten', false],
    ['?weergave=heatmap&indicator=A9', false],
    ['?weergave=onbekend', false], // dropped with a message
    ['?weergave=heatmap&cel=nergens~A9', false],
  ])('%s -> %s', (search, expected) => {
    expect(isStartweergave(search, CATALOG)).toBe(expected);
  });
});
