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
