/** The URL of the source view: `?weergave=bron&bestand=…&markeer=aanpak~INDICATOR`. */
import { describe, expect, it } from 'vitest';
import { formatUrl, parseUrl, registerUrlParam } from '../../src/store/url';
import { DEFAULT_URL_STATE, type KnownIds } from '../../src/store/types';
import { BRON_PARAMS, bronUrlState, leesOordeel } from '../../src/views/bronStaat';

const KNOWN: KnownIds = { gemeenten: ['emmen'], aanpakken: ['emmen.oggz', 'emmen.cjg-aanpak'] };
const LINK = '?weergave=bron&bestand=003_ad61aa6d5b713ddd.txt&markeer=emmen.oggz~A9';

describe('source view URL', () => {
  it('round-trips a document with one oordeel, and a document alone', () => {
    const s = bronUrlState('nl', '003_ad61aa6d5b713ddd.txt', { aanpak: 'emmen.oggz', indicator: 'A9' });
    expect(formatUrl(s, BRON_PARAMS)).toBe(LINK);
    expect(parseUrl(LINK, KNOWN, BRON_PARAMS)).toEqual({ state: s, problems: [] });
    expect(formatUrl(bronUrlState('en', '002_f5bffbaba2d921af.txt'), BRON_PARAMS)).toBe(
      '?weergave=bron&bestand=002_f5bffbaba2d921af.txt&taal=en',
    );
  });

  it('leaves the params out of the links of other views', () => {
    const s = bronUrlState('nl', '003_ad61aa6d5b713ddd.txt', { aanpak: 'emmen.oggz', indicator: 'A9' });
    expect(formatUrl({ ...s, view: 'methode' }, BRON_PARAMS)).toBe('?weergave=methode');
  });

  it('drops a path, markup, an unknown aanpak or a bad code with a message', () => {
    for (const [w, naam] of [
      ['bestand=..%2F..%2Fetc%2Fpasswd', 'bestand'],
      ['bestand=.verborgen', 'bestand'],
      ['bestand=%3Cimg%3E.txt', 'bestand'],
      ['markeer=gouda.mpg-overleg~C2', 'markeer'],
      ['markeer=emmen.oggz~Z9', 'markeer'],
      ['markeer=emmen.oggz~A9~A1', 'markeer'],
    ] as const) {
      const { state, problems } = parseUrl(`?weergave=bron&${w}`, KNOWN, BRON_PARAMS);
      expect(state.extra[naam], w).toBeUndefined();
      expect(problems.join(' '), w).toContain(`"${naam}"`);
    }
    expect(leesOordeel('EMMEN.OGGZ~a9', KNOWN)).toEqual({ aanpak: 'emmen.oggz', indicator: 'A9' });
    expect(leesOordeel('emmen.oggz~A9', null)).toEqual({ aanpak: 'emmen.oggz', indicator: 'A9' });
  });

  it('a param name cannot be taken by two views (Bevindingen has `oordeel`)', () => {
    registerUrlParam({ name: 'proef-naam', validate: () => true });
    expect(() => registerUrlParam({ name: 'proef-naam', view: 'bron', validate: () => true })).toThrow();
    expect(DEFAULT_URL_STATE.extra).toEqual({});
  });
});
