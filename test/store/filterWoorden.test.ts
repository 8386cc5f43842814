import { describe, expect, it } from 'vitest';
import { filterDelen, filterTekst, gefilterdeTitel } from '../../src/store/filterWoorden';
import { DEFAULT_FILTERS, type Filters } from '../../src/store/types';
import { testCatalog } from '../helpers/catalog';

const CATALOG = testCatalog([
  ['dordrecht.a', 'Gezinscoaching'],
  ['emmen.oggz', 'OGGz'],
  ['emmen.cjg', 'CJG-aanpak'],
  ['gouda.mpg', 'MPG-overleg'],
]);
const f = (x: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...x });

describe('filterTekst', () => {
  it('is empty without filters (sorting is not a filter)', () => {
    expect(filterTekst(DEFAULT_FILTERS, CATALOG, 'nl')).toBe('');
    expect(filterTekst(f({ sorteer: 'verbeterpunten' }), CATALOG, 'nl')).toBe('');
  });

  it('names gemeenten and "alleen verbeterpunten", in Dutch and English', () => {
    const filters = f({ gemeenten: ['emmen', 'gouda'], alleenVerbeterpunten: true });
    expect(filterTekst(filters, CATALOG, 'nl')).toBe('Emmen en Gouda, alleen verbeterpunten');
    expect(filterTekst(filters, CATALOG, 'en')).toBe('Emmen and Gouda, only points for improvement');
    expect(filterTekst(f({ gemeenten: ['dordrecht', 'emmen', 'gouda'] }), CATALOG, 'nl')).toBe(
      'Dordrecht, Emmen en Gouda',
    );
  });

  it("names thema's by their (Dutch) name, singular and plural", () => {
    expect(filterTekst(f({ themas: ['A'] }), CATALOG, 'nl')).toBe('thema Aanpak');
    expect(filterTekst(f({ themas: ['T', 'C'] }), CATALOG, 'nl')).toBe("thema's Toeleiding en Continu");
    expect(filterTekst(f({ themas: ['T', 'C'] }), CATALOG, 'en')).toBe('themes Toeleiding and Continu');
  });

  it('names the aanpakken that pass both gemeente and aanpak filter, not the gemeenten again', () => {
    const filters = f({ gemeenten: ['emmen'], aanpakken: ['emmen.oggz', 'gouda.mpg'] });
    expect(filterDelen(filters, CATALOG, 'nl')).toEqual(['aanpak OGGz (Emmen)']);
    expect(filterTekst(f({ aanpakken: ['emmen.oggz', 'gouda.mpg'] }), CATALOG, 'en')).toBe(
      'approaches OGGz (Emmen) and MPG-overleg (Gouda)',
    );
  });

  it('names only the filters a view applies', () => {
    const filters = f({ gemeenten: ['emmen', 'gouda'], themas: ['S'], alleenVerbeterpunten: true });
    expect(filterTekst(filters, CATALOG, 'nl', ['themas'])).toBe('thema Samenwerking');
    expect(filterTekst(filters, CATALOG, 'nl', ['gemeenten', 'themas'])).toBe(
      'Emmen en Gouda, thema Samenwerking',
    );
  });

  it('names a provincie zoom (national data) first', () => {
    expect(filterTekst(f({ themas: ['G'] }), CATALOG, 'nl', undefined, { provincie: 'Drenthe' })).toBe(
      'provincie Drenthe, thema Gezin centraal',
    );
  });
});

describe('gefilterdeTitel', () => {
  it('joins title and filters with a colon; the title alone when nothing is filtered', () => {
    expect(gefilterdeTitel('Heatmap', 'Emmen en Gouda, alleen verbeterpunten', 'nl')).toBe(
      'Heatmap: Emmen en Gouda, alleen verbeterpunten',
    );
    expect(gefilterdeTitel('Heatmap', '', 'nl')).toBe('Heatmap');
  });
});

describe('filterDelen with the Bevindingen table filters', () => {
  it('names indicator, oordelen, LET OP and the search term, in Dutch and English', () => {
    const filters = {
      ...f({ gemeenten: ['gouda'] }),
      indicator: 'A9',
      oordelen: ['verbeterpunt'],
      letOp: 'met',
      zoek: ' wachtlijst ',
    } as const;
    const soorten = ['gemeenten', 'indicator', 'oordelen', 'letOp', 'zoek'] as const;
    expect(filterTekst(filters, CATALOG, 'nl', soorten)).toBe(
      'Gouda, indicator A9 Doorzettingsmacht, oordeel verbeterpunt, met LET OP, zoekterm “wachtlijst”',
    );
    expect(filterTekst(filters, CATALOG, 'en', soorten)).toBe(
      'Gouda, indicator A9 Doorzettingsmacht, judgement needs improvement, with LET OP, search term “wachtlijst”',
    );
  });

  it('leaves them out where a view does not apply them (the default: the shared filters)', () => {
    const filters = { ...DEFAULT_FILTERS, indicator: 'A9', letOp: 'zonder', zoek: 'x' } as const;
    expect(filterTekst(filters, CATALOG, 'nl')).toBe('');
    expect(filterTekst(filters, CATALOG, 'nl', ['letOp'])).toBe('zonder LET OP');
  });
});
