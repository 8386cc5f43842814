import { describe, expect, it } from 'vitest';
import { CRITERIA, INDICATOREN, THEMAS } from '../../src/model/toetsingskader';
import { CRITERIA_EN, INDICATOREN_EN, THEMAS_EN, kaderEngels } from '../../src/model/toetsingskader-en';

describe('kaderEngels', () => {
  it('has an English text for each of the 5 thema’s, 13 criteria and 30 indicators', () => {
    expect(THEMAS.map((t) => kaderEngels('thema', t.naam))).toEqual(
      THEMAS.map((t) => THEMAS_EN[t.code].naam),
    );
    expect(THEMAS.every((t) => kaderEngels('omschrijving', t.omschrijving, t.code))).toBe(true);
    expect(CRITERIA.map((c) => kaderEngels('criterium', c.tekst))).toEqual(
      CRITERIA.map((c) => CRITERIA_EN[c.code]),
    );
    for (const i of INDICATOREN) {
      expect(kaderEngels('label', i.label, i.code), i.code).toBe(INDICATOREN_EN[i.code]?.label);
      expect(kaderEngels('tekst', i.tekst, i.code), i.code).toBe(INDICATOREN_EN[i.code]?.tekst);
    }
    expect(Object.keys(INDICATOREN_EN)).toHaveLength(30);
    expect(Object.keys(CRITERIA_EN)).toHaveLength(13);
  });

  it('toetsingskader.en.json has the codes of the toetsingskader, no others, each with non-empty texts', () => {
    expect(Object.keys(THEMAS_EN).sort()).toEqual(THEMAS.map((t) => t.code).sort());
    expect(Object.keys(CRITERIA_EN).sort()).toEqual(CRITERIA.map((c) => c.code).sort());
    expect(Object.keys(INDICATOREN_EN).sort()).toEqual(INDICATOREN.map((i) => i.code).sort());
    const teksten = [
      ...Object.values(THEMAS_EN).flatMap((t) => [t.naam, t.omschrijving]),
      ...Object.values(CRITERIA_EN),
      ...Object.values(INDICATOREN_EN).flatMap((i) => [i.label, i.tekst]),
    ];
    expect(teksten).toHaveLength(5 * 2 + 13 + 30 * 2);
    expect(teksten.filter((t) => typeof t !== 'string' || t.trim() === '')).toEqual([]);
  });

  it('translates only the toetsingskader’s own Dutch: other text or an unknown code gives null', () => {
    expect(kaderEngels('criterium', 'GGSR zijn in beeld')).toBe(
      'Families with low social self-reliance (GGSR) are identified',
    );
    expect(kaderEngels('label', 'Doorzettingsmacht', 'A9')).toBe('Authority to push through');
    expect(kaderEngels('label', 'Doorzettingsmacht', 'A10')).toBeNull();
    expect(kaderEngels('label', 'Iets anders', 'A9')).toBeNull();
    expect(kaderEngels('thema', 'Onbekend')).toBeNull();
    expect(kaderEngels('tekst', 'x', 'Z9')).toBeNull();
  });
});
