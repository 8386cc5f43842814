import { describe, expect, it } from 'vitest';
import { formatUrl, parseUrl } from '../../../src/store/url';
import { DEFAULT_URL_STATE, type KnownIds } from '../../../src/store/types';
import {
  LEGE_STAAT,
  TABEL_PARAMS,
  filterVan,
  leesTabelStaat,
  schrijfTabelStaat,
  type TabelStaat,
} from '../../../src/views/bevindingen/staat';

const KNOWN: KnownIds = {
  gemeenten: ['dordrecht', 'emmen', 'gouda', 'oosterhout'],
  aanpakken: ['emmen.oggz', 'gouda.mpg-overleg'],
};
const parse = (search: string) => parseUrl(search, KNOWN, TABEL_PARAMS);
const extraOf = (s: TabelStaat) =>
  Object.fromEntries(Object.entries(schrijfTabelStaat(s)).filter(([, v]) => v !== null)) as Record<
    string,
    string
  >;

describe('Bevindingen table state in the URL', () => {
  it('reads every param with readable Dutch names and writes it back canonically', () => {
    const search =
      '?weergave=bevindingen&zoek=caseload&oordeel=voldoet,verbeterpunt&filter-gemeente=emmen' +
      '&filter-aanpak=emmen.oggz&filter-thema=A&filter-indicator=A10&let-op=met&sorteer-tabel=let-op-aflopend&pagina=2';
    const { state, problems } = parse(search);
    expect(problems).toEqual([]);
    const staat = leesTabelStaat(state.extra);
    expect(staat).toEqual({
      zoek: 'caseload',
      jaar: null,
      provincie: null,
      gemeente: 'emmen',
      aanpak: 'emmen.oggz',
      thema: 'A',
      indicator: 'A10',
      oordelen: ['voldoet', 'verbeterpunt'],
      letOp: 'met',
      sortering: { kolom: 'let_op', aflopend: true },
      pagina: 2,
    });
    expect(formatUrl({ ...state, extra: extraOf(staat) }, TABEL_PARAMS)).toBe(search);
    expect(filterVan(staat)).toMatchObject({ gemeenten: ['emmen'], oordelen: ['voldoet', 'verbeterpunt'] });
  });

  it('reads filter-jaar and filter-provincie, writes them back, and filters the query on them', () => {
    const known: KnownIds = { ...KNOWN, jaren: [2013, 2014], provincies: ['Drenthe', 'Zuid-Holland'] };
    const search =
      '?weergave=bevindingen&filter-jaar=2013&filter-provincie=Zuid-Holland&filter-gemeente=gouda';
    const { state, problems } = parseUrl(search, known, TABEL_PARAMS);
    expect(problems).toEqual([]);
    const staat = leesTabelStaat(state.extra);
    expect(staat).toMatchObject({ jaar: 2013, provincie: 'Zuid-Holland', gemeente: 'gouda', pagina: 1 });
    expect(formatUrl({ ...state, extra: extraOf(staat) }, TABEL_PARAMS)).toBe(search);
    expect(filterVan(staat)).toMatchObject({
      jaar: 2013,
      provincies: ['Zuid-Holland'],
      gemeenten: ['gouda'],
    });
    // Not set: no jaar or provincie in the query filter at all (the real data's queries stay as they are).
    expect(filterVan(LEGE_STAAT)).not.toHaveProperty('jaar');
    expect(filterVan(LEGE_STAAT)).not.toHaveProperty('provincies');
    // A jaar or provincie the data does not have is dropped with a message.
    const fout = parseUrl('?filter-jaar=2099&filter-provincie=Utopia&filter-jaar=20133', known, TABEL_PARAMS);
    expect(fout.state.extra).toEqual({});
    expect(fout.problems.length).toBeGreaterThanOrEqual(2);
    // The real data has one jaar and no such param in its known ids: refused too.
    expect(parse('?filter-jaar=2013').state.extra).toEqual({});
  });

  it('drops invalid values with a message', () => {
    const { state, problems } = parse(
      '?weergave=bevindingen&oordeel=voldoet,voldoet&filter-gemeente=amsterdam&filter-aanpak=x' +
        '&filter-thema=Z&filter-indicator=A99&let-op=ja&sorteer-tabel=bevinding;DROP&pagina=0&zoek=%20%20',
    );
    expect(state.extra).toEqual({});
    // Eight messages: a search of only spaces counts as no search, without a message.
    expect(problems).toHaveLength(8);
    expect(leesTabelStaat(state.extra)).toEqual(LEGE_STAAT);
    for (const p of ['pagina=1000', 'pagina=1.5', 'pagina=abc', 'sorteer-tabel=toString', 'oordeel=']) {
      expect(leesTabelStaat(parse(`?${p}`).state.extra), p).toEqual(LEGE_STAAT);
    }
    // Markup and over-long search text are refused by the URL parser.
    expect(parse('?zoek=%3Cscript%3E').state.extra).toEqual({});
    expect(parse(`?zoek=${'a'.repeat(201)}`).state.extra).toEqual({});
  });

  it('defaults are left out of the URL; all three oordelen means no filter', () => {
    expect(extraOf(LEGE_STAAT)).toEqual({});
    expect(extraOf({ ...LEGE_STAAT, oordelen: ['voldoet', 'verbeterpunt', 'onduidelijk'] })).toEqual({});
    expect(leesTabelStaat({ oordeel: 'onduidelijk,verbeterpunt,voldoet' }).oordelen).toEqual([]);
    expect(leesTabelStaat({ oordeel: 'onduidelijk,verbeterpunt' }).oordelen).toEqual([
      'verbeterpunt',
      'onduidelijk',
    ]);
    expect(
      formatUrl({ ...DEFAULT_URL_STATE, view: 'bevindingen', extra: extraOf(LEGE_STAAT) }, TABEL_PARAMS),
    ).toBe('?weergave=bevindingen');
  });

  it('reads defensively from the store too (values not checked by the URL parser)', () => {
    expect(leesTabelStaat({ 'sorteer-tabel': 'x', pagina: '-4', 'let-op': 'misschien' })).toEqual(LEGE_STAAT);
    expect(leesTabelStaat({ zoek: 'x'.repeat(500) }).zoek).toBe('');
  });
});
