/**
 * One test per weakness that the mutation corpus (issue #6, `npm run mutations`) found in the ingest,
 * on the mutation that exposed it. Line numbers are those of the mutated file.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset, type SourceFile } from '../../../scripts/ingest/dataset';
import { SEEDS, ingestFailure, seedText, textFile } from './fixtures';

const linesOf = (name: string) => seedText(name).split('\n');

/** The seed without its line `n` (1-based). */
function dropLine(name: string, n: number): SourceFile {
  return textFile(
    `${name}-zonder-${n}.txt`,
    linesOf(name)
      .toSpliced(n - 1, 1)
      .join('\n'),
  );
}

/** The seed with line `n` (1-based) twice. */
function dupLine(name: string, n: number): SourceFile {
  const lines = linesOf(name);
  return textFile(`${name}-dubbel-${n}.txt`, lines.toSpliced(n - 1, 0, lines[n - 1] as string).join('\n'));
}

/** The seed cut off before its line `n` (1-based). */
function cutBefore(name: string, n: number): SourceFile {
  return textFile(
    `${name}-tot-${n}.txt`,
    linesOf(name)
      .slice(0, n - 1)
      .join('\n'),
  );
}

/** The seed with line `n` (1-based) replaced. */
function replaceLine(name: string, n: number, text: string): SourceFile {
  return textFile(
    `${name}-anders-${n}.txt`,
    linesOf(name)
      .toSpliced(n - 1, 1, text)
      .join('\n'),
  );
}

describe('an aanpak heading that is lost or damaged', () => {
  it('rejects the first aanpak without its "Aanpak:" line instead of reading its tables as context', () => {
    expect(linesOf(SEEDS.oosterhoutRaw)[153]?.trim()).toBe('Aanpak:');
    const e = ingestFailure(dropLine(SEEDS.oosterhoutRaw, 154));
    expect(e.line).toBe(174);
    expect(e.reason).toMatch(/"Beschrijving" staat niet onder een aanpak: de kop "Aanpak: <naam>" ontbreekt/);
  });

  it('rejects "Aanpak:" without its name instead of naming the aanpak after the next sentence', () => {
    const e = ingestFailure(dropLine(SEEDS.oosterhoutRaw, 155));
    expect(e.line).toBe(154);
    expect(e.reason).toMatch(
      /^aanpak zonder naam: na "Aanpak:" volgt direct "De gemeente heeft de vragenlijst/,
    );
  });

  it('does not take a running head for the start of the next aanpak when that start is lost', () => {
    // Line 825 is the "Aanpak:" of Bemoeizorg; the line before it is the running head "Aanpak: Gezinsmanager".
    const e = ingestFailure(dropLine(SEEDS.oosterhoutRaw, 825));
    expect(e.line).toBe(846);
    expect(e.reason).toMatch(
      /^aanpak "Gezinsmanager" heeft een tweede "Beschrijving" \(de eerste staat op regel 175\)/,
    );
  });

  it('rejects two aanpakken with the same name', () => {
    const e = ingestFailure(replaceLine(SEEDS.oosterhoutTab, 182, 'Aanpak: Gezinsmanager'));
    expect(e.line).toBe(182);
    expect(e.reason).toMatch(/aanpak "Gezinsmanager" staat twee keer in het bestand \(ook op regel 57\)/);
  });
});

describe('a file cut off', () => {
  it('rejects a factsheet cut off between two aanpakken when the context announces how many there are', () => {
    // Emmen announces "twee al langer bestaande aanpakken, de CJG-aanpak en de OGGz-aanpak, te beoordelen".
    const e = ingestFailure(cutBefore(SEEDS.emmen, 605));
    expect(e.line).toBe(127);
    expect(e.reason).toMatch(/de factsheet kondigt 2 aanpak\(ken\) aan, maar 1 gevonden \(CJG-aanpak\)/);
    for (const name of [SEEDS.oosterhoutRaw, SEEDS.oosterhoutTab, SEEDS.dordrecht]) {
      const starts = linesOf(name).flatMap((l, i) =>
        /^\s*Aanpak:\s*$|^Aanpak: Bemoeizorg$/.test(l) ? [i + 1] : [],
      );
      const second = name === SEEDS.oosterhoutTab ? 182 : (starts[1] as number);
      expect(ingestFailure(cutBefore(name, second)).reason, name).toMatch(
        /kondigt 2 aanpak\(ken\) aan, maar 1 gevonden/,
      );
    }
  });

  it('accepts a raw factsheet that stops in the middle of a page, warning at the last line', () => {
    // 003 ends with "...onder druk. " (1063) and the running head "Aanpak: OGGz" (1065). The oordelen are
    // complete by then, so this is a warning: a good file from another extraction may lack the head.
    expect(linesOf(SEEDS.emmen)[1064]?.trim()).toBe('Aanpak: OGGz');
    const ds = buildDataset([cutBefore(SEEDS.emmen, 1065)]);
    expect(ds.oordelen).toHaveLength(60);
    expect(ds.warnings[0]).toMatch(/:1063: het bestand eindigt niet op een kop- of voettekst/);
  });

  it('rejects a factsheet that stops in the middle of a sentence', () => {
    const lines = linesOf(SEEDS.oosterhoutTab);
    const last = lines.length - 1;
    const cut = textFile(
      'afgekapt.txt',
      [...lines.slice(0, last), 'De continuïteit met betrekking tot de'].join('\n'),
    );
    const e = ingestFailure(cut);
    expect(e.line).toBe(last + 1);
    expect(e.reason).toMatch(/het bestand houdt midden in een zin op/);
  });

  it('rejects a conclusie thema without text', () => {
    expect(linesOf(SEEDS.oosterhoutRaw)[732]?.trim()).toBe('Toeleiding');
    const e = ingestFailure(dupLine(SEEDS.oosterhoutRaw, 733));
    expect(e.line).toBe(733);
    expect(e.reason).toMatch(/conclusie onvolledig, thema Toeleiding heeft geen tekst/);
  });

  it('names the last line of a factsheet cut off before its first table', () => {
    const e = ingestFailure(cutBefore(SEEDS.gouda, 200));
    expect(e.line).toBe(198);
    expect(e.reason).toMatch(/factsheet zonder tabel "Criteria Indicatoren Bevindingen"/);
  });
});

describe('a table row that lost its mark', () => {
  it('does not let the next criterium share its mark with a row whose mark line is lost', () => {
    // 003:960 is "X De gemeente geeft aan dat de aanpak maximaal een jaar mag duren." (C1, one line);
    // without it, C1's labels run into the next criterium "De aanpak is flexibel" and C2's √.
    const e = ingestFailure(dropLine(SEEDS.emmen, 960));
    expect(e.line).toBe(950);
    expect(e.reason).toMatch(/geen teken \(√ of X\) en geen bevinding \(regel verloren\?\) bij indicator C1/);
  });

  it('makes a stacked block onduidelijk when its X is lost and the paragraphs show one per indicator', () => {
    expect(linesOf(SEEDS.dordrecht)[363]?.trim()).toBe('X');
    const ds = buildDataset([dropLine(SEEDS.dordrecht, 364)]);
    const rows = ds.oordelen.filter(
      (o) => o.aanpak_id === 'dordrecht.reset-thuisbegeleiding' && ['A1', 'A2', 'A3'].includes(o.indicator),
    );
    expect(rows.map((r) => r.oordeel)).toEqual(['onduidelijk', 'onduidelijk', 'onduidelijk']);
  });

  it('points at the row whose mark was removed', () => {
    const e = ingestFailure(
      replaceLine(
        SEEDS.oosterhoutRaw,
        456,
        'Binnen de aanpak is er een centrale persoon die zorg en ondersteuning op',
      ),
    );
    expect(e.line).toBe(446);
    expect(e.reason).toMatch(
      /indicator A8 ontbreekt; de tekst "In de aanpak is er één centrale" van A8 staat er wel/,
    );
  });

  it('rejects a paragraph without a mark between paragraphs with one (tab layout)', () => {
    const line = linesOf(SEEDS.oosterhoutTab)[103] as string;
    const e = ingestFailure(
      replaceLine(SEEDS.oosterhoutTab, 104, line.replace('<p>✓ Aan het beleid', '<p>Aan het beleid')),
    );
    expect(e.line).toBe(104);
    expect(e.reason).toMatch(
      /^alinea zonder teken \(√ of X\) tussen alinea's met een teken: "Aan het beleid/,
    );
  });

  it('keeps a row whose bevinding text was lost but whose mark survived, and flags it', () => {
    // Gouda 602 is the only text line of C1 (the rest was lost in extraction already); the √ on 601 stays.
    const ds = buildDataset([dropLine(SEEDS.gouda, 602)]);
    const c1 = ds.oordelen.find((o) => o.indicator === 'C1');
    expect(c1?.oordeel).toBe('voldoet');
    expect(c1?.bevinding).toBe('');
    expect(c1?.mogelijk_onvolledig).toBe(true);
  });
});

describe('a mark that is doubled or unreadable', () => {
  it('rejects a doubled X that opens a paragraph instead of reading the second X as text', () => {
    const e = ingestFailure(
      replaceLine(
        SEEDS.oosterhoutRaw,
        466,
        'X X De doorzettingsmacht is nog onvoldoende geregeld. De gezinscoach die deze',
      ),
    );
    expect(e.line).toBe(466);
    expect(e.reason).toMatch(/teken "X" kan niet worden geplaatst/);
  });

  it('rejects a file whose √ became "?" in a single-byte encoding, naming the first one', () => {
    const text = seedText(SEEDS.oosterhoutRaw);
    const cp1252 = Uint8Array.from(text, (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f));
    const e = ingestFailure({ path: 'latin1.txt', bytes: cp1252 });
    expect(e.line).toBe(260);
    expect(e.reason).toMatch(/^onleesbaar teken \("\?"\) op de plaats van een √ of X/);
  });

  it('rejects marks written as letters V/X and says so (raw layout: the stacked √ under T1 at line 230)', () => {
    const e = ingestFailure(textFile('letters.txt', seedText(SEEDS.gouda).replace(/√/g, 'V')));
    expect(e.line).toBe(230);
    expect(e.reason).toMatch(/^oordeel als letter "V" in plaats van √: .*letters V en X/);
  });

  it('rejects marks written as letters V/X and says so (tab layout: the ✓ of T1 at line 91)', () => {
    const text = seedText(SEEDS.oosterhoutTab).replace(/[✓√]/g, 'V').replace(/✗/g, 'X');
    const e = ingestFailure(textFile('letters.txt', text));
    expect(e.line).toBe(91);
    expect(e.reason).toMatch(/^oordeel als letter "V" in plaats van √/);
  });
});

describe('a file without its gemeente', () => {
  it('says the gemeente is missing rather than that it is no factsheet', () => {
    expect(linesOf(SEEDS.gouda)[28]?.trim()).toBe('Context Gouda');
    const e = ingestFailure(dropLine(SEEDS.gouda, 29));
    expect(e.reason).toMatch(/^geen gemeente gevonden: de regel "Context <gemeente>"/);
  });
});
