/**
 * The toetsingskader read from src/model/toetsingskader.nl.json (#17): complete, codes unique, every
 * criterium under a thema and every indicator under a criterium. The expected texts are those of the
 * factsheets (../shared/seeds, e.g. 001_*.txt lines 102-109).
 */
import { describe, expect, it } from 'vitest';
import * as K from '../../src/model/toetsingskader';

describe('toetsingskader', () => {
  it('THEMAS, CRITERIA and INDICATOREN hold 5, 13 and 30 entries with unique codes, each under a known parent', () => {
    expect(K.THEMAS.map((t) => t.code)).toEqual([...K.THEMA_CODES]);
    expect(new Set(K.CRITERIA.map((c) => c.code)).size).toBe(13);
    expect(new Set(K.INDICATOREN.map((i) => i.code)).size).toBe(30);
    expect(K.CRITERIA.filter((c) => !K.THEMA_CODES.includes(c.thema))).toEqual([]);
    const criteria = new Set(K.CRITERIA.map((c) => c.code));
    expect(K.INDICATOREN.filter((i) => !criteria.has(i.criterium))).toEqual([]);
  });

  it('criteriumOf and themaOf: A9 (doorzettingsmacht) under "Een toegeruste regisseur", thema Aanpak', () => {
    expect(K.indicator('A9').tekst).toBe('De doorzettingsmacht voor de regisseur is geregeld');
    expect(K.criteriumOf('A9').tekst).toBe('Een toegeruste regisseur');
    expect(K.themaOf('A9').naam).toBe('Aanpak');
    expect(K.criteriumOf('A11').tekst).toBe('Samenhangend');
  });

  it('indicator A11 keeps the factsheets’ other spelling "met en gezamenlijk plan" as a variant', () => {
    expect(K.indicator('A11').varianten).toEqual([
      'Uitgangspunt bij de aanpak is dat de netwerkpartners werken met en gezamenlijk plan per gezin',
    ]);
  });
});
