import { describe, expect, it } from 'vitest';
import { markeerDelen } from '../../src/views/markeer';

const gemarkeerd = (tekst: string, zoek: string) =>
  markeerDelen(tekst, zoek)
    .filter(([, m]) => m)
    .map(([t]) => t);

describe('markeerDelen (search highlight)', () => {
  it('finds every occurrence, ignoring case and accents, and keeps the text intact', () => {
    const tekst = 'De gemeente en één netwerkpartner geven aan dat de doorzettingsmacht niet is geregeld.';
    expect(gemarkeerd(tekst, 'een netwerkpartner')).toEqual(['één netwerkpartner']);
    expect(gemarkeerd(tekst, 'DOORZETTINGSMACHT')).toEqual(['doorzettingsmacht']);
    expect(gemarkeerd(tekst, 'de')).toEqual(['De', 'de']);
    for (const zoek of ['een', 'x', '', 'regeld.']) {
      expect(
        markeerDelen(tekst, zoek)
          .map(([t]) => t)
          .join(''),
      ).toBe(tekst);
    }
  });

  it('whitespace runs and line breaks match one space', () => {
    expect(gemarkeerd('over de\nmaximale  caseload', 'de maximale caseload')).toEqual([
      'de\nmaximale  caseload',
    ]);
  });

  it('no search, or wildcard characters, mark nothing special', () => {
    expect(markeerDelen('50% zeker', '   ')).toEqual([['50% zeker', false]]);
    expect(gemarkeerd('50% zeker', '%')).toEqual(['%']);
    expect(gemarkeerd('abc', '_')).toEqual([]);
  });
});
