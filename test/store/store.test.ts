import { describe, expect, it } from 'vitest';
import { createAppStore, effectieveAanpakken, selectUrlState } from '../../src/store';
import { testCatalog } from '../helpers/catalog';

const CATALOG = testCatalog([
  ['dordrecht.a', 'A'],
  ['dordrecht.b', 'B'],
  ['emmen.c', 'C'],
  ['emmen.d', 'D'],
  ['gouda.e', 'E'],
]);

function store() {
  const s = createAppStore();
  s.getState().setCatalog(CATALOG);
  return s;
}

describe('app store', () => {
  it('starts on the heatmap without filters', () => {
    const s = store().getState();
    expect(s.view).toBe('heatmap');
    expect(s.filters.gemeenten).toEqual([]);
    expect(s.cel).toBeNull();
  });

  it('toggles gemeenten: [] means all; the last one cannot be removed', () => {
    const s = store();
    s.getState().toggleGemeente('emmen');
    expect(s.getState().filters.gemeenten).toEqual(['dordrecht', 'gouda']);
    s.getState().toggleGemeente('emmen');
    expect(s.getState().filters.gemeenten).toEqual([]);
    s.getState().toggleGemeente('dordrecht');
    s.getState().toggleGemeente('gouda');
    expect(s.getState().filters.gemeenten).toEqual(['emmen']);
    s.getState().toggleGemeente('emmen');
    expect(s.getState().filters.gemeenten).toEqual(['emmen']);
    s.getState().toggleGemeente('nope');
    expect(s.getState().filters.gemeenten).toEqual(['emmen']);
  });

  it('never filters down to zero aanpakken', () => {
    const s = store();
    s.getState().toggleGemeente('dordrecht');
    s.getState().toggleGemeente('gouda'); // only emmen
    s.getState().toggleAanpak('emmen.c');
    expect(effectieveAanpakken(s.getState())).toEqual(['emmen.d']);
    s.getState().toggleAanpak('emmen.d'); // would leave nothing
    expect(effectieveAanpakken(s.getState())).toEqual(['emmen.d']);
    // Switching gemeente to one whose aanpakken are all filtered out resets the aanpak filter.
    s.getState().toggleGemeente('gouda');
    s.getState().toggleGemeente('emmen');
    expect(s.getState().filters.gemeenten).toEqual(['gouda']);
    expect(effectieveAanpakken(s.getState())).toEqual(['gouda.e']);
  });

  it('themas, alleen verbeterpunten, sort and reset', () => {
    const s = store();
    s.getState().toggleThema('A');
    expect(s.getState().filters.themas).toEqual(['T', 'G', 'S', 'C']);
    s.getState().setAlleenVerbeterpunten(true);
    s.getState().setSorteer('verbeterpunten');
    expect(s.getState().filters).toMatchObject({ alleenVerbeterpunten: true, sorteer: 'verbeterpunten' });
    s.getState().resetFilters();
    expect(s.getState().filters).toEqual({
      gemeenten: [],
      aanpakken: [],
      themas: [],
      alleenVerbeterpunten: false,
      sorteer: 'volgorde',
    });
  });

  it('view, indicator, cell selection and extra params', () => {
    const s = store();
    s.getState().openCel({ aanpak: 'emmen.c', indicator: 'A9' });
    expect(s.getState().cel).toEqual({ aanpak: 'emmen.c', indicator: 'A9' });
    s.getState().closeCel();
    expect(s.getState().cel).toBeNull();
    s.getState().openIndicator('S2');
    expect(selectUrlState(s.getState())).toMatchObject({ view: 'indicator', indicator: 'S2' });
    // From inside the drill-down (its link to the indicator page), the dialog closes.
    s.getState().openCel({ aanpak: 'emmen.c', indicator: 'S2' });
    s.getState().openIndicator('S2');
    expect(s.getState().cel).toBeNull();
    s.getState().setView('methode');
    expect(s.getState().view).toBe('methode');
    s.getState().setExtra('zoek', 'regie');
    expect(s.getState().extra).toEqual({ zoek: 'regie' });
    s.getState().setExtra('zoek', null);
    expect(s.getState().extra).toEqual({});
  });

  it('applyUrlState replaces the URL part and records problems', () => {
    const s = store();
    s.getState().openCel({ aanpak: 'emmen.c', indicator: 'A1' });
    s.getState().applyUrlState(
      {
        view: 'ranking',
        filters: {
          gemeenten: ['gouda'],
          aanpakken: [],
          themas: [],
          alleenVerbeterpunten: true,
          sorteer: 'volgorde',
        },
        cel: null,
        indicator: null,
        extra: {},
        taal: 'en',
      },
      ['x'],
    );
    expect(s.getState()).toMatchObject({ view: 'ranking', cel: null, taal: 'en', problems: ['x'] });
    s.getState().dismissProblems();
    expect(s.getState().problems).toEqual([]);
  });
});
