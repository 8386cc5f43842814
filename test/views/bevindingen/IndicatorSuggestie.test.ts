import { describe, expect, it } from 'vitest';
import { indicatorenBijZoekterm } from '../../../src/views/bevindingen/IndicatorSuggestie';

describe('indicatorenBijZoekterm', () => {
  it('finds the indicator whose name or text holds the search, in any case and with accents ignored', () => {
    expect(indicatorenBijZoekterm('doorzettingsmacht')).toEqual(['A9']);
    expect(indicatorenBijZoekterm('  DOORZETTINGSMACHT ')).toEqual(['A9']);
    expect(indicatorenBijZoekterm('samenwerkingsafspraken')).toEqual(['S4']);
    expect(indicatorenBijZoekterm('authority to push')).toEqual(['A9']);
  });
  it('gives at most four, and none for a short or unrelated search', () => {
    expect(indicatorenBijZoekterm('regisseur')).toEqual(['A8', 'A9', 'A10']);
    expect(indicatorenBijZoekterm('gezin')).toHaveLength(4);
    expect(indicatorenBijZoekterm('gez')).toEqual([]);
    expect(indicatorenBijZoekterm('caseload')).toEqual([]);
  });
});
