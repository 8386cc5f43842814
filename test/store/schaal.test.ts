import { describe, expect, it } from 'vitest';
import type { AanpakOptie, GemeenteOptie } from '../../src/model/queries';
import { createAppStore, type Catalog } from '../../src/store';
import { formatUrl, parseUrl } from '../../src/store/url';
import { selectUrlState } from '../../src/store/store';
import { knownIds } from '../../src/store/types';
import {
  isLandelijk,
  kiesNiveau,
  oordeelFilter,
  selectie,
  SCHAAL_PARAMS,
  zoom,
  zoompad,
} from '../../src/store/schaal';

// 15 gemeenten in Noord-Brabant and 5 in Zeeland, each with 3 aanpakken in 2020 and 1 in 2019:
// 2020 has 45 + 15 = 60 aanpakken, Noord-Brabant 45 (> 40), Zeeland 15.
const gemeenten: GemeenteOptie[] = Array.from({ length: 20 }, (_, i) => ({
  gemeente_id: `g${String(i).padStart(2, '0')}`,
  naam: `Gemeente ${String(i).padStart(2, '0')}`,
  provincie: i < 15 ? 'Noord-Brabant' : 'Zeeland',
  aanpakken: 4,
}));
const aanpakken: AanpakOptie[] = gemeenten.flatMap((g) => [
  ...[1, 2, 3].map((n) => ({
    aanpak_id: `${g.gemeente_id}.2020-${n}`,
    naam: `Aanpak ${n}`,
    gemeente_id: g.gemeente_id,
    gemeente: g.naam,
    jaar: 2020,
  })),
  {
    aanpak_id: `${g.gemeente_id}.2019-1`,
    naam: 'Aanpak 1',
    gemeente_id: g.gemeente_id,
    gemeente: g.naam,
    jaar: 2019,
  },
]);
const catalog: Catalog = { gemeenten, aanpakken };
const GEEN = { gemeenten: [], aanpakken: [] };

describe('schaal selection', () => {
  it('selectie: jaar defaults to the latest of several, and is null with one jaar', () => {
    expect(selectie(catalog, GEEN, {}).jaar).toBe(2020);
    expect(selectie(catalog, GEEN, { jaar: '2019' }).jaar).toBe(2019);
    expect(selectie(catalog, GEEN, { jaar: '1999', provincie: 'Atlantis' })).toMatchObject({
      jaar: 2020,
      provincie: null,
    });
    const eenJaar: Catalog = { gemeenten, aanpakken: aanpakken.filter((a) => a.jaar === 2020) };
    expect(selectie(eenJaar, GEEN, {}).jaar).toBeNull();
    expect(
      oordeelFilter(
        { ...GEEN, themas: [], alleenVerbeterpunten: false, sorteer: 'volgorde' },
        selectie(eenJaar, GEEN, {}),
      ),
    ).toEqual({
      gemeenten: [],
      aanpakken: [],
      themas: [],
      alleenVerbeterpunten: false,
    });
  });

  it('kiesNiveau: provincies for 60 aanpakken, gemeenten for 45 in one provincie, marks for 15 or 1 gemeente', () => {
    expect(isLandelijk(catalog)).toBe(true);
    expect(kiesNiveau(catalog, selectie(catalog, GEEN, {}))).toBe('provincie');
    expect(kiesNiveau(catalog, selectie(catalog, GEEN, { provincie: 'Noord-Brabant' }))).toBe('gemeente');
    expect(kiesNiveau(catalog, selectie(catalog, GEEN, { provincie: 'Zeeland' }))).toBe('detail');
    // 2019 has 20 aanpakken in all: every mark fits.
    expect(kiesNiveau(catalog, selectie(catalog, GEEN, { jaar: '2019' }))).toBe('detail');
    expect(kiesNiveau(catalog, selectie(catalog, { gemeenten: ['g03'], aanpakken: [] }, {}))).toBe('detail');
  });

  it('zoom and the breadcrumb; the URL keeps provincie and gemeente; resetFilters drops them', () => {
    const store = createAppStore({ catalog });
    zoom(store, { provincie: 'Noord-Brabant', gemeente: 'g03' });
    const s = store.getState();
    expect(s.filters.gemeenten).toEqual(['g03']);
    expect(zoompad(catalog, selectie(catalog, s.filters, s.extra)).map((z) => z.naam)).toEqual([
      'Nederland',
      'Noord-Brabant',
      'Gemeente 03',
    ]);
    const url = formatUrl(selectUrlState(s), SCHAAL_PARAMS);
    expect(url).toBe('?weergave=heatmap&gemeente=g03&provincie=Noord-Brabant');
    const terug = parseUrl(url, knownIds(catalog), SCHAAL_PARAMS);
    expect(terug.problems).toEqual([]);
    expect(terug.state.extra).toEqual({ provincie: 'Noord-Brabant' });
    expect(parseUrl('?provincie=Atlantis&jaar=1999', knownIds(catalog), SCHAAL_PARAMS).problems).toHaveLength(
      2,
    );

    store.getState().setExtra('jaar', '2019');
    store.getState().setExtra('zoek', 'regie');
    store.getState().resetFilters();
    expect(store.getState().extra).toEqual({ zoek: 'regie' });
    expect(store.getState().filters.gemeenten).toEqual([]);
  });
});
