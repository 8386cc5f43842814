/**
 * Issue #5, language: every interface message has a non-empty English form with the same placeholders,
 * and the Intl-based formatting gives the Dutch and British forms. Issue #17: the catalogue is one JSON
 * file per area and language (src/i18n/berichten/nl|en/<area>.json); the files are read as a translator
 * leaves them, so a key or a plural form in one language only fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  datum,
  getal,
  lijst,
  megabytes,
  meervoud,
  percentage,
  plaatshouders,
  TALEN,
  vertaal,
  type Meervoud,
  type Taal,
  type Tekst,
} from '../../src/i18n/core';
import { B } from '../../src/i18n/berichten';

const MAP = new URL('../../src/i18n/berichten/', import.meta.url);

/** The areas that have a file in a language, sorted. */
function gebieden(taal: Taal): string[] {
  return readdirSync(new URL(`${taal}/`, MAP))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}
function lees(taal: Taal, gebied: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${taal}/${gebied}.json`, MAP), 'utf8')) as Record<string, unknown>;
}
/** What a file holds under a key: a text, the plural forms, or something else (wrong). */
function soort(v: unknown): string {
  if (typeof v === 'string') return 'tekst';
  if (typeof v !== 'object' || v === null) return `fout: ${JSON.stringify(v)}`;
  const sleutels = Object.keys(v).sort().join(',');
  const strings = Object.values(v).every((x) => typeof x === 'string');
  return sleutels === 'one,other' && strings ? 'meervoud' : `fout: {${sleutels}}`;
}

const GEBIEDEN = gebieden('nl');
const BESTANDEN = Object.fromEntries(
  TALEN.map((taal) => [taal, Object.fromEntries(GEBIEDEN.map((g) => [g, lees(taal, g)]))]),
) as Record<Taal, Record<string, Record<string, unknown>>>;

describe('the message files (src/i18n/berichten/nl|en/*.json)', () => {
  it('every area has a file in both languages, and each is in B', () => {
    expect(GEBIEDEN.length).toBeGreaterThan(10);
    expect(gebieden('en')).toEqual(GEBIEDEN);
    expect(Object.keys(B).sort()).toEqual(GEBIEDEN);
  });

  it.each(GEBIEDEN)('%s: nl and en have the same keys', (g) => {
    const nl = Object.keys(BESTANDEN.nl[g] ?? {});
    const en = Object.keys(BESTANDEN.en[g] ?? {});
    expect({
      alleenNl: nl.filter((k) => !en.includes(k)),
      alleenEn: en.filter((k) => !nl.includes(k)),
    }).toEqual({ alleenNl: [], alleenEn: [] });
  });

  it.each(GEBIEDEN)('%s: each key is a text in both languages or has both plural forms in both', (g) => {
    const soorten = (taal: Taal) =>
      Object.fromEntries(Object.entries(BESTANDEN[taal][g] ?? {}).map(([k, v]) => [k, soort(v)]));
    const nl = soorten('nl');
    expect(Object.values(nl).filter((x) => x.startsWith('fout'))).toEqual([]);
    expect(soorten('en')).toEqual(nl);
  });
});

type Blad = { pad: string; m: Tekst | Meervoud };

function isTekst(v: Tekst | Meervoud): v is Tekst {
  return typeof v.nl === 'string';
}

const BLADEREN: Blad[] = Object.entries(B).flatMap(([g, berichten]) =>
  Object.entries(berichten as Record<string, Tekst | Meervoud>).map(([k, m]) => ({ pad: `${g}.${k}`, m })),
);
/** Words that are English as well. */
const ZELFDE = new Set(['Open data']);
/** `<nl>` marks a Dutch name inside English text; the Dutch text does not need it. */
const zonderNl = (xs: string[]) => xs.filter((x) => x !== '<nl>');

describe('the message catalogue', () => {
  it('has a few hundred messages (the walk really finds them)', () => {
    console.log(`i18n: ${BLADEREN.length} messages`);
    expect(BLADEREN.length).toBeGreaterThan(250);
    expect(BLADEREN.map((b) => b.pad)).toContain('app.titel');
    expect(BLADEREN.map((b) => b.pad)).toContain('app.keer');
  });

  it('app.keer holds both plural forms of both languages', () => {
    expect(B.app.keer).toEqual({
      nl: { one: '{n} keer', other: '{n} keer' },
      en: { one: 'once', other: '{n} times' },
    });
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
