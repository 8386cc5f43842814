/**
 * Issue #5, language: every interface message has a non-empty English form with the same placeholders,
 * and the Intl-based formatting gives the Dutch and British forms.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  datum,
  getal,
  lijst,
  megabytes,
  meervoud,
  percentage,
  plaatshouders,
  vertaal,
  type Meervoud,
  type Tekst,
} from '../../src/i18n/core';
import { B } from '../../src/i18n/berichten';

type Blad = { pad: string; m: Tekst | Meervoud };

function isTekst(v: unknown): v is Tekst {
  return typeof v === 'object' && v !== null && typeof (v as Tekst).nl === 'string';
}
function isMeervoud(v: unknown): v is Meervoud {
  const m = v as Meervoud;
  return typeof v === 'object' && v !== null && typeof m.nl === 'object' && typeof m.nl?.one === 'string';
}

/** Every message in the catalogue (nested groups walked). */
function bladeren(o: unknown, pad: string, uit: Blad[] = []): Blad[] {
  if (isTekst(o) || isMeervoud(o)) uit.push({ pad, m: o });
  else if (typeof o === 'object' && o !== null)
    for (const [k, v] of Object.entries(o)) bladeren(v, pad ? `${pad}.${k}` : k, uit);
  else throw new Error(`${pad}: not a message`);
  return uit;
}
const BLADEREN = bladeren(B, '');
/** Words that are English as well. */
const ZELFDE = new Set(['Open data']);
/** `<nl>` marks a Dutch name inside English text; the Dutch text does not need it. */
const zonderNl = (xs: string[]) => xs.filter((x) => x !== '<nl>');

describe('the message catalogue', () => {
  it('has a few hundred messages (the walk really finds them)', () => {
    console.log(`i18n: ${BLADEREN.length} messages`);
    expect(BLADEREN.length).toBeGreaterThan(250);
    expect(BLADEREN.map((b) => b.pad)).toContain('app.titel');
  });

  it.each(BLADEREN.map((b) => [b.pad, b.m] as const))('%s has a non-empty English form', (_pad, m) => {
    const vormen = isTekst(m) ? [m.nl, m.en] : [m.nl.one, m.nl.other, m.en.one, m.en.other];
    for (const v of vormen) expect(v.trim()).not.toBe('');
    // A text of two or more words that is the same in both languages was not translated.
    const woorden = isTekst(m)
      ? m.nl
          .replace(/\{\w+\}/g, '')
          .trim()
          .split(/\s+/).length
      : 0;
    if (isTekst(m) && woorden > 1 && !ZELFDE.has(m.nl))
      expect(m.en, 'English equals Dutch: not translated').not.toBe(m.nl);
  });

  it.each(BLADEREN.map((b) => [b.pad, b.m] as const))(
    '%s: nl and en use the same placeholders',
    (_pad, m) => {
      if (isTekst(m)) expect(zonderNl(plaatshouders(m.en))).toEqual(zonderNl(plaatshouders(m.nl)));
      else {
        expect(plaatshouders(m.en.other)).toEqual(plaatshouders(m.nl.other));
        // "once" may drop {n}; the other placeholders must match.
        const zonderN = (xs: string[]) => xs.filter((x) => x !== '{n}');
        expect(zonderN(plaatshouders(m.en.one))).toEqual(zonderN(plaatshouders(m.nl.one)));
      }
    },
  );
});

describe('formatting with Intl', () => {
  it('getal: Dutch decimal comma and dot grouping, British the other way round', () => {
    expect(getal('nl', 1234.5)).toBe('1.234,5');
    expect(getal('en', 1234.5)).toBe('1,234.5');
    expect(getal('nl', 210)).toBe('210');
  });

  it('percentage: 3 of 7 is 43%', () => {
    expect(percentage('nl', 3 / 7)).toBe('43%');
    expect(percentage('en', 3 / 7)).toBe('43%');
    expect(percentage('nl', 0.125, 1)).toBe('12,5%');
    expect(percentage('en', 0.125, 1)).toBe('12.5%');
  });

  it('datum: the month of the factsheets in both languages', () => {
    const d = new Date(Date.UTC(2013, 10, 14));
    expect(datum('nl', d)).toBe('14 november 2013');
    expect(datum('en', d)).toBe('14 November 2013');
    expect(datum('en', d, 'maand')).toBe('November 2013');
  });

  it('lijst and megabytes', () => {
    expect(lijst('nl', ['Emmen', 'Gouda', 'Dordrecht'])).toBe('Emmen, Gouda en Dordrecht');
    expect(lijst('en', ['Emmen', 'Gouda', 'Dordrecht'])).toBe('Emmen, Gouda and Dordrecht');
    expect(megabytes('nl', 1.5 * 1024 * 1024)).toBe('1,5 MB');
    expect(megabytes('en', 1.5 * 1024 * 1024)).toBe('1.5 MB');
  });

  it('getal, percentage and datum reuse one formatter per language and options, without mixing them (#4)', () => {
    expect(getal('nl', 1.5, { minimumFractionDigits: 2 })).toBe('1,50');
    expect(getal('nl', 1.5)).toBe('1,5');
    expect(getal('en', 1.5, { minimumFractionDigits: 2 })).toBe('1.50');
    expect(percentage('nl', 0.125, 1)).toBe('12,5%');
    expect(percentage('nl', 0.125)).toBe('13%');
    expect(datum('nl', new Date(Date.UTC(2013, 10, 14)), 'maand')).toBe('november 2013');
    expect(datum('nl', new Date(Date.UTC(2013, 10, 14)))).toBe('14 november 2013');

    const Echt = Intl.NumberFormat;
    let gemaakt = 0;
    const maak = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Intl.NumberFormat>
    ) {
      gemaakt++;
      return new Echt(...args);
    } as never);
    try {
      const uit = Array.from({ length: 50 }, (_, i) => getal('nl', i, { minimumIntegerDigits: 3 }));
      expect(uit[7]).toBe('007');
      expect(uit[49]).toBe('049');
      expect(gemaakt).toBe(1);
    } finally {
      maak.mockRestore();
    }
  });

  it('vertaal fills placeholders and formats numbers for the language', () => {
    const m = { nl: '{n} van {totaal} voldoen', en: '{n} of {totaal} meet the standard' };
    expect(vertaal('nl', m, { n: 1200, totaal: 3000 })).toBe('1.200 van 3.000 voldoen');
    expect(vertaal('en', m, { n: 1200, totaal: 3000 })).toBe('1,200 of 3,000 meet the standard');
  });

  it('meervoud picks one/other per language', () => {
    const m: Meervoud = {
      nl: { one: '{n} aanpak', other: '{n} aanpakken' },
      en: { one: '{n} approach', other: '{n} approaches' },
    };
    expect(meervoud('nl', m, 1)).toBe('1 aanpak');
    expect(meervoud('nl', m, 7)).toBe('7 aanpakken');
    expect(meervoud('en', m, 1)).toBe('1 approach');
    expect(meervoud('en', m, 0)).toBe('0 approaches');
  });
});
