/**
 * The toetsingskader read from src/model/toetsingskader.nl.json (#17): complete, codes unique, every
 * criterium under a thema and every indicator under a criterium. The expected texts are those of the
 * factsheets (../shared/seeds, e.g. 001_*.txt lines 102-109).
 */
import { describe, expect, it } from 'vitest';
import {
  CRITERIA,
  criteriumOf,
  indicator,
  INDICATOREN,
  THEMA_CODES,
  THEMAS,
  themaOf,
} from '../../src/model/toetsingskader';

describe('toetsingskader', () => {
  it('THEMAS, CRITERIA and INDICATOREN hold 5, 13 and 30 entries with unique codes, each under a known parent', () => {
    expect(THEMAS.map((t) => t.code)).toEqual([...THEMA_CODES]);
    expect(new Set(CRITERIA.map((c) => c.code)).size).toBe(13);
    expect(new Set(INDICATOREN.map((i) => i.code)).size).toBe(30);
    expect(CRITERIA.filter((c) => !THEMA_CODES.includes(c.thema))).toEqual([]);
    const criteria = new Set(CRITERIA.map((c) => c.code));
    expect(INDICATOREN.filter((i) => !criteria.has(i.criterium))).toEqual([]);
  });

  it('criteriumOf and themaOf: A9 (doorzettingsmacht) under "Een toegeruste regisseur", thema Aanpak', () => {
    expect(indicator('A9').tekst).toBe('De doorzettingsmacht voor de regisseur is geregeld');
    expect(criteriumOf('A9').tekst).toBe('Een toegeruste regisseur');
    expect(themaOf('A9').naam).toBe('Aanpak');
    expect(criteriumOf('A11').tekst).toBe('Samenhangend');
  });

  it('indicator A11 keeps the factsheets’ other spelling "met en gezamenlijk plan" as a variant', () => {
    expect(indicator('A11').varianten).toEqual([
      'Uitgangspunt bij de aanpak is dat de netwerkpartners werken met en gezamenlijk plan per gezin',
    ]);
  });
});
