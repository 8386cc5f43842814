import { describe, expect, it } from 'vitest';
import {
  formatUrl,
  parseTaal,
  parseUrl,
  parseView,
  registerUrlParam,
  type UrlParamSpec,
} from '../../src/store/url';
import { AANPAKKEN, GEMEENTEN } from '../scripts/ingest/fixtures';
import { DEFAULT_URL_STATE, type KnownIds, type UrlState } from '../../src/store/types';

const KNOWN: KnownIds = { gemeenten: GEMEENTEN, aanpakken: AANPAKKEN };
const ZOEK: UrlParamSpec = { name: 'zoek', validate: (v) => v.length <= 50 };

const EXAMPLE =
  '?weergave=heatmap&gemeente=emmen,gouda&thema=A&alleen=verbeterpunten&sorteer=verbeterpunten&cel=emmen.oggz~A9';

describe('parseUrl / formatUrl', () => {
  it('parses the documented example', () => {
    const { state, problems } = parseUrl(EXAMPLE, KNOWN, []);
    expect(problems).toEqual([]);
    expect(state).toEqual<UrlState>({
      view: 'heatmap',
      filters: {
        gemeenten: ['emmen', 'gouda'],
        aanpakken: [],
        themas: ['A'],
        alleenVerbeterpunten: true,
        sorteer: 'verbeterpunten',
      },
      cel: { aanpak: 'emmen.oggz', indicator: 'A9' },
      indicator: null,
      extra: {},
      taal: 'nl',
    });
    expect(formatUrl(state, [])).toBe(EXAMPLE);
  });

  it('round-trips states', () => {
    const states: UrlState[] = [
      DEFAULT_URL_STATE,
      { ...DEFAULT_URL_STATE, view: 'methode' },
      { ...DEFAULT_URL_STATE, view: 'indicator', indicator: 'A14' },
      {
        view: 'vergelijken',
        filters: {
          gemeenten: ['dordrecht', 'oosterhout'],
          aanpakken: ['dordrecht.gezinscoaching', 'oosterhout.bemoeizorg'],
          themas: ['T', 'C'],
          alleenVerbeterpunten: false,
          sorteer: 'verbeterpunten',
        },
        cel: { aanpak: 'gouda.mpg-overleg', indicator: 'C2' },
        indicator: null,
        extra: { zoek: 'regie & visie, 2013' },
        taal: 'en',
      },
      { ...DEFAULT_URL_STATE, view: 'begrippen', taal: 'en' },
    ];
    for (const s of states) {
      const search = formatUrl(s, [ZOEK]);
      const back = parseUrl(search, KNOWN, [ZOEK]);
      expect(back.problems).toEqual([]);
      expect(back.state).toEqual(s);
    }
  });

  it('canonicalises order, case, duplicates and "all selected"', () => {
    const { state, problems } = parseUrl(
      '?gemeente=gouda,EMMEN,gouda&thema=c,t&cel=EMMEN.OGGZ~a9',
      KNOWN,
      [],
    );
    expect(problems).toEqual([]);
    expect(state.filters.gemeenten).toEqual(['emmen', 'gouda']);
    expect(state.filters.themas).toEqual(['T', 'C']);
    expect(state.cel).toEqual({ aanpak: 'emmen.oggz', indicator: 'A9' });
    const all = parseUrl('?gemeente=dordrecht,emmen,gouda,oosterhout&thema=T,G,A,S,C', KNOWN, []);
    expect(all.state.filters.gemeenten).toEqual([]);
    expect(all.state.filters.themas).toEqual([]);
    expect(formatUrl(all.state, [])).toBe('?weergave=heatmap');
  });

  it('an empty search is the default state', () => {
    expect(parseUrl('', KNOWN, [])).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
    expect(formatUrl(DEFAULT_URL_STATE, [])).toBe('?weergave=heatmap');
  });

  it('drops unknown ids with a Dutch message and keeps the rest', () => {
    const { state, problems } = parseUrl(
      '?gemeente=emmen,amsterdam&thema=A,Q&weergave=kaart&cel=emmen.oggz~Z9',
      KNOWN,
      [],
    );
    expect(state.filters.gemeenten).toEqual(['emmen']);
    expect(state.filters.themas).toEqual(['A']);
    expect(state.view).toBe('heatmap');
    expect(state.cel).toBeNull();
    expect(problems).toEqual([
      'Het onderdeel "kaart" bestaat niet. U ziet nu de heatmap.',
      'De gemeente "amsterdam" komt niet voor in deze gegevens en is weggelaten.',
      'Het thema "Q" komt niet voor in deze gegevens en is weggelaten.',
      'Het vakje "emmen.oggz~Z9" bestaat niet. Er is geen detail geopend.',
    ]);
  });

  it.each([
    ['markup', '<script>alert(1)</script>'],
    ['markup (encoded)', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['SQL', "'); DROP TABLE oordelen; --"],
    ['SQL (encoded)', '%27)%3B%20DROP%20TABLE%20oordelen%3B%20--'],
    ['NUL', 'emmen%00'],
    ['very long', 'a'.repeat(300)],
    ['unicode lookalike', 'emmеn'],
  ])('drops hostile values (%s) without echoing them', (_kind, value) => {
    const search = `?gemeente=${value}&aanpak=${value}&cel=${value}~A9&indicator=${value}&weergave=${value}&alleen=${value}&sorteer=${value}&zoek=${value}`;
    const { state, problems } = parseUrl(search, KNOWN, [ZOEK]);
    expect(state.filters.gemeenten).toEqual([]);
    expect(state.filters.aanpakken).toEqual([]);
    expect(state.cel).toBeNull();
    expect(state.indicator).toBeNull();
    expect(state.view).toBe('heatmap');
    expect(state.filters.alleenVerbeterpunten).toBe(false);
    expect(problems.length).toBeGreaterThanOrEqual(6);
    for (const p of problems) {
      expect(p).not.toMatch(/[<>]|\0|DROP|aaaaaaaaaa/);
      expect(p.length).toBeLessThan(200);
    }
    expect(formatUrl(state, [])).toBe('?weergave=heatmap');
    // A free-text extra param may keep plain text (it is only ever bound as a parameter), never markup/NUL.
    expect(state.extra.zoek ?? '').not.toMatch(/[<>]|\0/);
  });

  it('taal=en switches the language, keeps the rest, and round-trips; absent or taal=nl is Dutch', () => {
    const { state, problems } = parseUrl('?weergave=ranking&taal=en&gemeente=emmen', KNOWN, []);
    expect(problems).toEqual([]);
    expect(state.taal).toBe('en');
    expect(state.view).toBe('ranking');
    expect(state.filters.gemeenten).toEqual(['emmen']);
    expect(formatUrl(state, [])).toBe('?weergave=ranking&gemeente=emmen&taal=en');
    expect(parseUrl('?weergave=ranking', KNOWN, []).state.taal).toBe('nl');
    const nl = parseUrl('?weergave=ranking&taal=nl', KNOWN, []);
    expect(nl.state.taal).toBe('nl');
    expect(formatUrl(nl.state, [])).toBe('?weergave=ranking');
  });

  it('an unknown taal falls back to Dutch with a Dutch message; other problems follow the language', () => {
    const fr = parseUrl('?taal=fr&weergave=kaart', KNOWN, []);
    expect(fr.state.taal).toBe('nl');
    expect(fr.problems).toEqual([
      'De taal "fr" bestaat niet; de pagina is in het Nederlands.',
      'Het onderdeel "kaart" bestaat niet. U ziet nu de heatmap.',
    ]);
    const en = parseUrl('?taal=en&weergave=kaart&gemeente=amsterdam', KNOWN, []);
    expect(en.state.taal).toBe('en');
    expect(en.problems).toEqual([
      'The section "kaart" does not exist. You are now looking at the heatmap.',
      'The municipality "amsterdam" does not occur in this data and was left out.',
    ]);
    // Case matters: the canonical value is lowercase; EN is refused rather than guessed.
    expect(parseUrl('?taal=EN', KNOWN, []).state.taal).toBe('nl');
  });

  it('parseTaal reads only the language', () => {
    expect(parseTaal('?weergave=methode&taal=en')).toBe('en');
    expect(parseTaal('?taal=de')).toBe('nl');
    expect(parseTaal('')).toBe('nl');
  });

  it('refuses a URL that is far too long', () => {
    const { state, problems } = parseUrl(`?gemeente=${'emmen,'.repeat(2000)}`, KNOWN, []);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(problems).toEqual(['De link is te lang en is daarom niet gebruikt.']);
  });

  it('extra params: validated, markup refused, reserved names rejected', () => {
    expect(parseUrl('?zoek=visie', KNOWN, [ZOEK]).state.extra).toEqual({ zoek: 'visie' });
    expect(parseUrl('?zoek=%3Cb%3E', KNOWN, [ZOEK]).state.extra).toEqual({});
    expect(() => registerUrlParam({ name: 'gemeente', validate: () => true })).toThrow();
    expect(() => registerUrlParam({ name: 'taal', validate: () => true })).toThrow();
    expect(() => registerUrlParam({ name: 'Bad Name', validate: () => true })).toThrow();
  });

  it('parseView reads only the view', () => {
    expect(parseView('?weergave=methode&gemeente=x')).toBe('methode');
    expect(parseView('?weergave=<x>')).toBe('heatmap');
  });
});
