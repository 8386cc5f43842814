import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BEGRIP_IDS, PAGINAS, secties, type Blok, type PaginaId } from '../../../src/content/inhoud';
import { leesInhoud } from '../../../scripts/inhoud/lees';
import { parseInhoud } from '../../../scripts/inhoud/parse';

const MAP = path.resolve('src/content');
const parse = (tekst: string, pagina: PaginaId = 'methode') => parseInhoud('x.md', pagina, tekst);

let tijdelijk: string | undefined;
afterEach(() => {
  if (tijdelijk) rmSync(tijdelijk, { recursive: true, force: true });
  tijdelijk = undefined;
});
/** A copy of src/content, changed by `wijzig`. */
function kopie(wijzig: (map: string) => void): string {
  tijdelijk = mkdtempSync(path.join(tmpdir(), 'inhoud-'));
  cpSync(MAP, tijdelijk, { recursive: true });
  wijzig(tijdelijk);
  return tijdelijk;
}
const koppen = (blokken: readonly Blok[]): number =>
  blokken.reduce((n, b) => n + (b.t === 'kop' ? 1 : b.t === 'sectie' ? 1 + koppen(b.c) : 0), 0);

describe('leesInhoud (src/content)', () => {
  it('reads every page in both languages, with as many headings in each', () => {
    const inhoud = leesInhoud(MAP);
    const md = readdirSync(MAP).filter((f) => f.endsWith('.md'));
    expect(md.sort()).toEqual(
      Object.keys(PAGINAS)
        .flatMap((p) => [`${p}.en.md`, `${p}.nl.md`])
        .sort(),
    );
    for (const id of Object.keys(PAGINAS) as PaginaId[]) {
      expect(koppen(inhoud[id].nl), id).toBe(koppen(inhoud[id].en));
    }
    // The Methode headings, each opening a section with its anchor, as the page has always had them.
    expect(secties(inhoud.methode.nl).map((s) => s.id)).toEqual([
      'methode-over',
      'methode-tekens',
      'methode-begrippen',
      'methode-kader',
      'methode-extractie',
      'methode-grenzen',
      'methode-bronnen',
      'methode-woorden',
    ]);
    expect(koppen(inhoud.toegankelijkheid.nl)).toBe(4);
  });

  it('gives the glossary every term in both languages, each with its anchor id once', () => {
    const inhoud = leesInhoud(MAP);
    for (const taal of ['nl', 'en'] as const) {
      const ids = inhoud.begrippen[taal].flatMap((b) => (b.t === 'termen' ? b.items.map((i) => i.id) : []));
      expect(ids).toEqual([...BEGRIP_IDS]);
    }
    // The five terms the glossary was asked for.
    for (const id of ['ggsr', 'doorzettingsmacht', 'aanpak', 'netwerkpartner', 'toetsingskader'])
      expect(BEGRIP_IDS).toContain(id);
  });

  it('fails on a glossary term unknown to the code, or one left out, naming file and line', () => {
    const onbekend = kopie((m) => {
      const f = path.join(m, 'begrippen.en.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace('{#regisseur}', '{#regie}'));
    });
    expect(() => leesInhoud(onbekend, onbekend)).toThrow(/^begrippen\.en\.md:\d+: term-id "regie"/);
    rmSync(onbekend, { recursive: true, force: true });
    const weg = kopie((m) => {
      const f = path.join(m, 'begrippen.nl.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/- Regisseur \{#regisseur\}\n\n[^\n]*\n/, ''));
    });
    expect(() => leesInhoud(weg, weg)).toThrow('begrippen.nl.md: de begrippenlijst mist regisseur');
  });

  it('fails when a page exists in one language only, naming the file', () => {
    const map = kopie((m) => rmSync(path.join(m, 'privacy.en.md')));
    expect(() => leesInhoud(map, map)).toThrow('privacy.nl.md: er is geen privacy.en.md');
  });

  it('fails when the two languages differ in the number of headings', () => {
    const map = kopie((m) => {
      const f = path.join(m, 'toegankelijkheid.en.md');
      writeFileSync(f, `${readFileSync(f, 'utf8')}\n### Extra\n\nText.\n`);
    });
    expect(() => leesInhoud(map, map)).toThrow(
      'toegankelijkheid.nl.md: 4 koppen, maar toegankelijkheid.en.md heeft er 5',
    );
  });

  it('fails when a heading id differs between the languages, naming both lines', () => {
    const map = kopie((m) => {
      const f = path.join(m, 'methode.en.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace('{#methode-grenzen}', '{#methode-limits}'));
    });
    expect(() => leesInhoud(map, map)).toThrow(
      /^methode\.nl\.md:\d+: kop ### \{#methode-grenzen\} hoort bij methode\.en\.md:\d+, die is ### \{#methode-limits\}$/,
    );
  });

  it('fails on a file that is no page', () => {
    const map = kopie((m) => writeFileSync(path.join(m, 'README.md'), '# x\n'));
    expect(() => leesInhoud(map, map)).toThrow('README.md: onbekende pagina');
  });
});

describe('parseInhoud', () => {
  it('turns a live figure into a named value', () => {
    const [p] = parse('In deze gegevens: {{voldoet}} keer.').blokken;
    expect(p).toEqual({
      t: 'alinea',
      c: [
        { t: 'tekst', v: 'In deze gegevens: ' },
        { t: 'waarde', naam: 'voldoet' },
        { t: 'tekst', v: ' keer.' },
      ],
    });
  });

  it('fails on a figure the data does not have, with file and line', () => {
    expect(() => parse('Eerst dit.\n\nEr zijn {{aantalGemeenten}} gemeenten.')).toThrow(
      /^x\.md:3: onbekende waarde \{\{aantalGemeenten\}\}; deze pagina kent: oordelen, voldoet/,
    );
    expect(() => parse('{{voldoet}}', 'privacy')).toThrow('x.md:1: onbekende waarde {{voldoet}}');
    expect(() => parse('Een {{ half')).toThrow('x.md:1: "{{" of "}}" zonder naam');
  });

  it('fails on a broken internal link with file and line', () => {
    expect(() => parse('Tekst.\n\nZie [dit](?weergave=methodes).')).toThrow(
      'x.md:3: link "?weergave=methodes": onbekende weergave "methodes"',
    );
    expect(() => parse('Zie\n[GGSR](?weergave=begrippen#begrip-ggzr).')).toThrow(
      'x.md:2: link "?weergave=begrippen#begrip-ggzr": onbekend anker "#begrip-ggzr"',
    );
    expect(() => parse('### Kop {#a}\n\nZie [b](#b).')).toThrow('x.md:3: onbekend anker "#b"');
    expect(() => parse('[x](?weergave=methode&cel=1)')).toThrow('x.md:1: link "?weergave=methode&cel=1"');
    expect(() => parse('[x](javascript:alert(1))')).toThrow('x.md:1: link "javascript:alert(1)"');
  });

  it('makes links to a view, a glossary term, an anchor and another site', () => {
    const [sectie] = parse(
      '### Kop {#a}\n\n[v](?weergave=colofon) [b](?weergave=begrippen#begrip-ggsr) [c](#a) [d](https://example.org/)',
    ).blokken;
    const p = sectie?.t === 'sectie' ? sectie.c[0] : undefined;
    const doelen = p?.t === 'alinea' ? p.c.flatMap((n) => (n.t === 'link' ? [n.doel] : [])) : [];
    expect(doelen).toEqual([
      { soort: 'view', view: 'colofon' },
      { soort: 'begrip', id: 'ggsr' },
      { soort: 'anker', id: 'a' },
      { soort: 'extern', href: 'https://example.org/' },
    ]);
  });

  it('refuses raw HTML, images and unknown directives, with file and line', () => {
    expect(() => parse('Tekst\n\n<script>alert(1)</script>')).toThrow('x.md:3: html kan niet in een pagina');
    expect(() => parse('Een <b>vet</b> woord')).toThrow('x.md:1: html kan niet in een pagina');
    expect(() => parse('![x](x.png)')).toThrow('x.md:1: image kan niet in een pagina');
    expect(() => parse('::kaart')).toThrow('x.md:1: onbekend onderdeel ::kaart');
    expect(() => parse('Een :kleur[rood].')).toThrow('x.md:1: onbekend :kleur');
    expect(() => parse(':::waarschuwing\nTekst\n:::')).toThrow('x.md:1: onbekend :::waarschuwing');
    expect(() => parse(':teken{oordeel=goed}')).toThrow('x.md:1: :teken{oordeel=…} moet');
  });

  it('starts headings at level 3 and nests sections by level', () => {
    expect(() => parse('## Te hoog')).toThrow('x.md:1: koppen beginnen bij ###');
    const { blokken } = parse('### A {#a}\n\nx\n\n#### B {#b}\n\ny\n\n### C {#c}\n\nz');
    expect(blokken.map((b) => (b.t === 'sectie' ? [b.id, b.c.length] : b.t))).toEqual([
      ['a', 2],
      ['c', 1],
    ]);
  });
});
