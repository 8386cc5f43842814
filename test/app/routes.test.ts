import { describe, expect, it } from 'vitest';
import { deelverzamelingen, voorberekendePaginas } from '../../src/app/paginas';
import { doorverwijzing, leesRoutes, paginaNaam, staatSleutel, zoektInbedden } from '../../src/app/routes';
import type { Catalog } from '../../src/store';

const ROUTES = leesRoutes(
  JSON.stringify({
    'indicator=A9&weergave=indicator': 'v/indicator-indicator-a9.html',
    'weergave=ranking': 'v/ranking.html',
  }),
);

describe('staatSleutel', () => {
  it('staatSleutel(search) ignores the order of parameters, the language and empty values', () => {
    expect(staatSleutel('?weergave=indicator&indicator=A9')).toBe('indicator=A9&weergave=indicator');
    expect(staatSleutel('?indicator=A9&taal=en&weergave=indicator&zoek=')).toBe(
      'indicator=A9&weergave=indicator',
    );
    expect(staatSleutel('?weergave=vergelijken&gemeente=emmen,gouda')).not.toBe(
      staatSleutel('?weergave=vergelijken&gemeente=gouda,emmen'),
    );
    expect(staatSleutel('')).toBe('');
  });

  it('staatSleutel(search) ignores embed mode: an embedded view uses the page of the same view (#19)', () => {
    expect(staatSleutel('?weergave=ranking&inbedden=1')).toBe('weergave=ranking');
    expect(doorverwijzing('?weergave=ranking&inbedden=1', '', ROUTES)).toBe(
      'v/ranking.html?weergave=ranking&inbedden=1',
    );
  });
});

describe('zoektInbedden', () => {
  it('zoektInbedden(search) is true only for inbedden=1', () => {
    expect(zoektInbedden('?weergave=heatmap&inbedden=1')).toBe(true);
    expect(zoektInbedden('?weergave=heatmap&inbedden=0')).toBe(false);
    expect(zoektInbedden('?weergave=heatmap')).toBe(false);
  });
});

describe('doorverwijzing', () => {
  it('doorverwijzing(search) sends a prerendered link to its page, keeping the query string and fragment', () => {
    expect(doorverwijzing('?weergave=indicator&indicator=A9&taal=en', '#x', ROUTES)).toBe(
      'v/indicator-indicator-a9.html?weergave=indicator&indicator=A9&taal=en#x',
    );
    expect(doorverwijzing('?taal=en&weergave=ranking', '', ROUTES)).toBe(
      'v/ranking.html?taal=en&weergave=ranking',
    );
  });

  it('doorverwijzing(search) stays on the home view and on links that were not prerendered', () => {
    expect(doorverwijzing('', '', ROUTES)).toBeNull();
    expect(doorverwijzing('?weergave=heatmap&taal=en', '', ROUTES)).toBeNull();
    expect(doorverwijzing('?weergave=indicator&indicator=A10', '', ROUTES)).toBeNull();
    expect(doorverwijzing('?weergave=ranking&thema=A', '', ROUTES)).toBeNull();
  });

  it('leesRoutes(text) keeps only page names of the build, never another address', () => {
    const r = leesRoutes(
      JSON.stringify({
        a: 'v/goed-1.html',
        b: 'https://example.org/v/x.html',
        c: '../v/x.html',
        d: 'v/x.html?y',
        e: 'javascript:alert(1)',
        f: 3,
      }),
    );
    expect([...r.entries()]).toEqual([['a', 'v/goed-1.html']]);
    expect(leesRoutes('niet json').size).toBe(0);
    expect(leesRoutes('[1]').size).toBe(0);
    expect(leesRoutes(null).size).toBe(0);
  });
});

describe('paginaNaam', () => {
  it('paginaNaam(sleutel) is readable, starts with the view and never reuses a name', () => {
    expect(paginaNaam('indicator=A9&weergave=indicator')).toBe('v/indicator-indicator-a9.html');
    expect(paginaNaam('cel=emmen.oggz~A9&weergave=heatmap')).toBe('v/heatmap-cel-emmen-oggz-a9.html');
    const bezet = new Set(['v/heatmap-cel-emmen-oggz-a9.html']);
    expect(paginaNaam('cel=emmen-oggz~A9&weergave=heatmap', bezet)).toBe(
      'v/heatmap-cel-emmen-oggz-a9-2.html',
    );
  });
});

const catalogVan = (gemeenten: string[], aanpakkenPerGemeente: number): Catalog => ({
  gemeenten: gemeenten.map((g) => ({ gemeente_id: g, naam: g, aanpakken: aanpakkenPerGemeente })),
  aanpakken: gemeenten.flatMap((g) =>
    Array.from({ length: aanpakkenPerGemeente }, (_, i) => ({
      aanpak_id: `${g}.a${i}`,
      naam: `A${i}`,
      gemeente_id: g,
      gemeente: g,
    })),
  ),
});

describe('voorberekendePaginas', () => {
  it('deelverzamelingen(ids, 2, 3) lists every choice of 2 or 3, in order', () => {
    expect(deelverzamelingen(['a', 'b', 'c'], 2, 3)).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });

  it('voorberekendePaginas(small catalog) has every view, indicator, factsheet, cell and comparison', () => {
    // 4 gemeenten with 7 aanpakken, as the real data: 12 views besides the heatmap, 30 indicators,
    // 4 factsheets, 5 source documents, 7 x 30 cells, and 6 pairs + 4 triples (all four is the plain view).
    const c = catalogVan(['a', 'b', 'c', 'd'], 2);
    const aanpakken = c.aanpakken.slice(0, 7);
    const bronnen = ['000_a.txt', '001_b.txt', '002_c.txt', '003_d.txt', '004_e.txt'];
    const paginas = voorberekendePaginas({ ...c, aanpakken }, bronnen);
    expect(paginas).toHaveLength(12 + 30 + 4 + 5 + 210 + 10);
    expect(paginas).toContain('?weergave=bron');
    expect(paginas).toContain('?weergave=bron&bestand=003_d.txt');
    expect(new Set(paginas).size).toBe(paginas.length);
    expect(paginas).toContain('?weergave=indicator&indicator=A9');
    expect(paginas).toContain('?weergave=factsheet&gemeente=c');
    expect(paginas).toContain('?weergave=heatmap&cel=d.a0~C3');
    expect(paginas).toContain('?weergave=vergelijken&gemeente=a,c,d');
    expect(paginas).not.toContain('?weergave=vergelijken&gemeente=a,b,c,d');
    expect(paginas).not.toContain('?weergave=heatmap');
  });

  it('voorberekendePaginas(12 gemeenten, 24 aanpakken) leaves out the cells and the comparisons', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `g${i}`);
    const paginas = voorberekendePaginas(catalogVan(ids, 2));
    expect(paginas).toHaveLength(12 + 30 + 12);
  });

  it('voorberekendePaginas(national catalog) keeps to what is bounded: views, indicators, factsheets', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `g${i}`);
    const paginas = voorberekendePaginas(catalogVan(ids, 3), ['x.txt', '../y.txt', '.z']);
    // A name that is not a plain file name gets no page.
    expect(paginas).toHaveLength(12 + 30 + 40 + 1);
    expect(paginas.some((p) => p.includes('cel='))).toBe(false);
    expect(paginas.some((p) => p.startsWith('?weergave=vergelijken&'))).toBe(false);
  });
});
