import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../../../../scripts/ingest/dataset';
import { EXPECTED_X, SEEDS, expectedMarks, ingestFailure, seed, textFile } from '../fixtures';

/** Seed factsheets as docling/marker write them; made by scripts/markdown-fixtures.ts. */
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../../fixtures/markdown', name), 'utf8');
/** Oosterhout, from 001 (tab layout). */
const MD = fixture('oosterhout.md');
/** Gouda, from 002 (raw layout, with lines lost in extraction). */
const GOUDA_MD = fixture('gouda.md');
const md = (text = MD, path = 'oosterhout.md') => textFile(path, text);

/** 1-based line of the first line of the fixture that contains `s`. */
const lineOf = (text: string, s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;

const fromMd = buildDataset([md()]);
const fromTab = buildDataset([seed(SEEDS.oosterhoutTab)]);

/** The oordelen and the conclusies without where in the source they stand. */
const strip = (ds: Dataset) =>
  ds.oordelen.map((o) => ({ ...o, bron_bestand: '', bron_van: 0, bron_tot: 0, teken_regel: 0, bronnen: '' }));
const conclusies = (ds: Dataset) => ds.conclusies.map((c) => ({ ...c, bron: '' }));

const row = (ds: Dataset, aanpak: string, code: string) =>
  ds.oordelen.find((o) => o.aanpak_id === `oosterhout.${aanpak}` && o.indicator === code);

describe('buildDataset on the Markdown layout (pipe tables, <br> paragraphs, an Oordeel column)', () => {
  it('reads the Markdown form of Oosterhout with the oordelen printed in the factsheet', () => {
    expect(fromMd.documenten.map((d) => [d.bestand, d.layout])).toEqual([['oosterhout.md', 'markdown']]);
    for (const aanpak of ['gezinsmanager', 'bemoeizorg']) {
      const marks = Object.fromEntries(
        fromMd.oordelen
          .filter((o) => o.aanpak_id === `oosterhout.${aanpak}`)
          .map((o) => [o.indicator, o.oordeel]),
      );
      expect(marks, aanpak).toEqual(expectedMarks(EXPECTED_X[`oosterhout.${aanpak}`] ?? []));
    }
    // Gezinsmanager, Planmatig: one cell, three paragraphs with ✓ ✗ ✓ in the Oordeel column.
    expect(row(fromMd, 'gezinsmanager', 'A1')).toMatchObject({
      oordeel: 'voldoet',
      let_op: 'Dit beleid is niet specifiek voor de groep GGSR.',
    });
    expect(row(fromMd, 'gezinsmanager', 'A2')).toMatchObject({
      oordeel: 'verbeterpunt',
      bevinding:
        'De gemeente geeft aan dat er nog geen sprake is van een gezamenlijke visie op de aanpak voor GGSR.',
      gedeeld: false,
    });
    expect(row(fromMd, 'gezinsmanager', 'A9')).toMatchObject({
      oordeel: 'verbeterpunt',
      bevinding:
        'De doorzettingsmacht is nog onvoldoende geregeld. De gezinscoach die deze afspraken moet maken, ondervindt hiervan hinder.',
    });
    expect(row(fromMd, 'gezinsmanager', 'T2')?.oordeel).toBe('verbeterpunt');
    expect(row(fromMd, 'bemoeizorg', 'T1')?.oordeel).toBe('verbeterpunt');
  });

  it('gives the same oordelen, texts and conclusies as the tab form of the same factsheet', () => {
    expect(strip(fromMd)).toEqual(strip(fromTab));
    expect(conclusies(fromMd)).toEqual(conclusies(fromTab));
    // Bemoeizorg, Gezin centraal: only a goed cell (line 277 of the tab seed ends in a tab, the empty beter).
    const gezin = (c: { aanpak_id: string; thema_code: string }) =>
      c.aanpak_id === 'oosterhout.bemoeizorg' && c.thema_code === 'G';
    expect(fromMd.conclusies.find(gezin)).toMatchObject({
      goed: 'Het uitgangspunt van de aanpak is het gezin en zijn sociale netwerk centraal te stellen. De behoefte van het gezin is daarbij het uitgangspunt.',
      beter: null,
      onbepaald: null,
    });
    // Bemoeizorg's conclusie is a two-column pipe table in the Markdown.
    const toeleiding = fromMd.conclusies.find(
      (c) => c.aanpak_id === 'oosterhout.bemoeizorg' && c.thema_code === 'T',
    );
    expect(toeleiding?.goed).toBeNull();
    expect(toeleiding?.beter).toMatch(
      /^De gemeente en de netwerkpartners beschrijven de doelgroep niet gelijklopend\./,
    );
    const aanpak = (ds: Dataset) => ds.aanpakken.map((a) => ({ ...a, bron: '' }));
    expect(aanpak(fromMd)).toEqual(aanpak(fromTab));
    expect(fromMd.gemeenten.map((g) => ({ ...g, bronnen: '' }))).toEqual(
      fromTab.gemeenten.map((g) => ({ ...g, bronnen: '' })),
    );
  });

  it('merges the Markdown copy with the raw and tab copies of Oosterhout, the tab copy as primary', () => {
    const ds = buildDataset([seed(SEEDS.oosterhoutRaw), md(), seed(SEEDS.oosterhoutTab)]);
    expect(ds.gemeenten.map((g) => g.bronnen)).toEqual([
      `${SEEDS.oosterhoutRaw}, oosterhout.md, ${SEEDS.oosterhoutTab}`,
    ]);
    expect(ds.oordelen.every((o) => o.bron_bestand === SEEDS.oosterhoutTab)).toBe(true);
    expect(ds.oordelen.every((o) => o.bronnen.split('; ').length === 3)).toBe(true);
  });

  it('keeps an escaped pipe (\\|) in a cell as text', () => {
    const from = 'De gemeente en twee netwerkpartners geven aan';
    const ds = buildDataset([md(MD.replace(from, 'De gemeente \\| twee netwerkpartners geven aan'))]);
    expect(row(ds, 'gezinsmanager', 'T1')?.bevinding).toMatch(
      /^De gemeente \| twee netwerkpartners geven aan/,
    );
  });

  it('rejects a row with a pipe that is not escaped (wrong column count), naming file and line', () => {
    const from = 'De gemeente en twee netwerkpartners geven aan';
    const e = ingestFailure([
      md(MD.replace(from, 'De gemeente | twee netwerkpartners geven aan'), 'kapot.md'),
    ]);
    expect(e.file).toBe('kapot.md');
    expect(e.line).toBe(lineOf(MD, from));
    expect(e.reason).toMatch(/tabelrij met 5 cellen, maar de kop op regel \d+ heeft er 4/);
  });

  it('rejects a mark left in the bevinding text besides the Oordeel column, naming its line', () => {
    const from = '| De gemeente en twee netwerkpartners geven aan';
    const e = ingestFailure([md(MD.replace(from, '| X De gemeente en twee netwerkpartners geven aan'))]);
    expect(e.line).toBe(lineOf(MD, from));
    expect(e.reason).toMatch(/teken "X" kan niet worden geplaatst/);
  });

  it('rejects marks written as letters V/X, with a message that says so, naming file and line', () => {
    const letters = MD.replace(/✓/g, 'V').replace(/✗/g, 'X');
    const e = ingestFailure([md(letters, 'letters.md')]);
    expect(e.message).toMatch(/^letters\.md:\d+: oordeel als letter "V" in plaats van √/);
    // The first table row of the factsheet: T1, ✓ in the source.
    expect(e.line).toBe(lineOf(MD, '| GGSR zijn in beeld |'));
  });

  it('rejects anything else in the Oordeel column and an unreadable "?" mark, naming the line', () => {
    const t1 = lineOf(MD, '| GGSR zijn in beeld |');
    const lines = MD.split('\n');
    const withMark = (mark: string) =>
      lines.map((l, i) => (i === t1 - 1 ? l.replace(/\| ✓ \|$/, `| ${mark} |`) : l)).join('\n');
    expect(ingestFailure([md(withMark('ja'))]).message).toMatch(
      new RegExp(`^oosterhout\\.md:${t1}: "ja" in de kolom Oordeel is geen teken`),
    );
    expect(ingestFailure([md(withMark('?'))]).message).toMatch(
      new RegExp(`^oosterhout\\.md:${t1}: onleesbaar teken`),
    );
  });

  it('rejects a row with no mark in the Oordeel column, naming the indicator and line', () => {
    const t1 = lineOf(MD, '| GGSR zijn in beeld |');
    const lines = MD.split('\n').map((l, i) => (i === t1 - 1 ? l.replace(/\| ✓ \|$/, '|  |') : l));
    const e = ingestFailure([md(lines.join('\n'))]);
    expect(e.line).toBe(t1);
    expect(e.reason).toMatch(/geen teken .* bij indicator T1/);
  });

  it('reads the Markdown form of Gouda with the oordelen, texts, gaps and conclusies of its raw form', () => {
    const md = buildDataset([textFile('gouda.md', GOUDA_MD)]);
    const raw = buildDataset([seed(SEEDS.gouda)]);
    const marks = Object.fromEntries(md.oordelen.map((o) => [o.indicator, o.oordeel]));
    expect(marks).toEqual(expectedMarks(EXPECTED_X['gouda.mpg-overleg'] ?? []));
    const at = (code: string) => md.oordelen.find((o) => o.indicator === code);
    // Raw line 618: "X Er zijn met de netwerkpartners geen afspraken gemaakt om te voorkomen".
    expect(at('C2')).toMatchObject({ oordeel: 'verbeterpunt', gedeeld: false });
    expect(at('C2')?.bevinding).toMatch(
      /^Er zijn met de netwerkpartners geen afspraken gemaakt om te voorkomen dat/,
    );
    // Planmatig (A1-A3): two stacked √ for three indicators, one text for the block.
    expect(at('A2')).toMatchObject({ oordeel: 'voldoet', gedeeld: true, blok: 'A2,A1,A3' });
    expect(strip(md)).toEqual(strip(raw));
    expect(md.oordelen.filter((o) => o.gaten !== null).length).toBeGreaterThan(0);
    expect(conclusies(md)).toEqual(conclusies(raw));
    expect(md.aanpakken.map((a) => ({ ...a, bron: '' }))).toEqual(
      raw.aanpakken.map((a) => ({ ...a, bron: '' })),
    );
  });
});
