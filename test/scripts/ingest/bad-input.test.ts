import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/ingest/dataset';
import { IngestError } from '../../../scripts/ingest/errors';
import type { SourceFile } from '../../../scripts/ingest/dataset';
import {
  SEEDS,
  buildMutated,
  ingestFailure,
  mutate,
  mutatedFailure,
  seed,
  seedText,
  textFile,
} from './fixtures';

describe('buildDataset on bad input', () => {
  it('rejects an empty file, naming it', () => {
    const e = ingestFailure([textFile('leeg.txt', '')]);
    expect(e.file).toBe('leeg.txt');
    expect(e.reason).toMatch(/leeg bestand/);
  });

  it('rejects a binary file', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const e = ingestFailure([{ path: 'plaatje.png', bytes }]);
    expect(e.message).toMatch(/^plaatje\.png: binair bestand/);
  });

  it('rejects a text that is no factsheet', () => {
    const e = ingestFailure([textFile('boodschappen.txt', 'Melk\nBrood\nKaas\n')]);
    expect(e.message).toMatch(/^boodschappen\.txt: geen factsheet van STJ/);
  });

  it('rejects a factsheet cut off mid-table instead of loading half an aanpak', () => {
    const lines = seedText(SEEDS.gouda).split('\n');
    const e = ingestFailure([textFile('gouda-afgebroken.txt', lines.slice(0, 400).join('\n'))]);
    expect(e.file).toBe('gouda-afgebroken.txt');
    expect(e.reason).toMatch(/MPG-overleg" is onvolledig/);
  });

  it('rejects a factsheet cut off after the tables but inside the conclusie', () => {
    const lines = seedText(SEEDS.gouda).split('\n');
    const e = ingestFailure([textFile('gouda-zonder-slot.txt', lines.slice(0, 700).join('\n'))]);
    expect(e.reason).toMatch(/conclusie onvolledig, thema .*Samenwerking, Continu ontbreekt/);
  });

  it.each([
    {
      titel: 'rejects an unknown indicator and names its line (tab layout)',
      naam: SEEDS.oosterhoutTab,
      van: 'De doorzettingsmacht voor de regisseur is geregeld',
      naar: 'De regisseur heeft een dienstfiets',
      line: 107,
      reason: /onbekende indicator: .*dienstfiets/,
    },
    {
      titel: 'rejects a mark that cannot be placed, naming its line (raw layout: a doubled mark line)',
      naam: SEEDS.oosterhoutRaw,
      van: 'X De doorzettingsmacht is nog onvoldoende geregeld.',
      naar: 'X\n\nX De doorzettingsmacht is nog onvoldoende geregeld.',
      line: 468,
      reason: /kan niet worden geplaatst: 2 tekens voor 1 indicator/,
    },
    {
      titel: 'rejects a stray mark inside a bevinding (tab layout)',
      naam: SEEDS.oosterhoutTab,
      van: 'De doorzettingsmacht is nog onvoldoende geregeld.',
      naar: 'De doorzettingsmacht ✓ is nog onvoldoende geregeld.',
      line: 107,
      reason: /teken "✓" kan niet worden geplaatst/,
    },
    {
      titel: 'rejects an indicator row without any mark',
      naam: SEEDS.oosterhoutTab,
      van: '<p>✗ De doorzettingsmacht is nog',
      naar: '<p>De doorzettingsmacht is nog',
      line: 107,
      reason: /geen teken \(√ of X\) bij indicator A9/,
    },
  ])('$titel', ({ naam, van, naar, line, reason }) => {
    const e = mutatedFailure(naam, van, naar);
    expect(e.line).toBe(line);
    expect(e.reason).toMatch(reason);
  });

  it('rejects a missing indicator and names it', () => {
    const text = seedText(SEEDS.oosterhoutTab).split('\n');
    text.splice(106, 1); // line 107: the A9 row
    const e = ingestFailure([textFile('zonder-a9.txt', text.join('\n'))]);
    expect(e.reason).toMatch(/indicator A9 ontbreekt/);
  });

  it('fails when two copies of one factsheet disagree, naming both places', () => {
    const flipped = mutate(
      SEEDS.oosterhoutTab,
      '<p>✗ De doorzettingsmacht is nog',
      '<p>✓ De doorzettingsmacht is nog',
    );
    const e = ingestFailure([seed(SEEDS.oosterhoutRaw), flipped]);
    expect(e.file).toBe(flipped.path);
    expect(e.reason).toMatch(
      /spreken elkaar tegen: Gezinsmanager A9 is X in 000_62529c51c88b3a50\.txt:462 en √ hier/,
    );
  });

  it('names the bad file when one of several is bad, and returns nothing', () => {
    const e = ingestFailure([seed(SEEDS.gouda), textFile('kapot.txt', '\u0000\u0001'), seed(SEEDS.emmen)]);
    expect(e.file).toBe('kapot.txt');
  });
});

describe('buildDataset on harmless changes', () => {
  const reference = buildDataset([seed(SEEDS.oosterhoutRaw)]).oordelen.map(
    (o) => `${o.aanpak_id} ${o.indicator} ${o.oordeel}`,
  );
  const marks = (f: SourceFile) =>
    buildDataset([f]).oordelen.map((o) => `${o.aanpak_id} ${o.indicator} ${o.oordeel}`);

  it('reads UTF-16 with a BOM the same as UTF-8', () => {
    const text = seedText(SEEDS.oosterhoutRaw);
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes[2 + i * 2] = c & 0xff;
      bytes[3 + i * 2] = c >> 8;
    }
    expect(marks({ path: 'utf16.txt', bytes })).toEqual(reference);
  });

  it('reads CRLF line ends and a UTF-8 BOM the same', () => {
    expect(
      marks(textFile('crlf.txt', `\ufeff${seedText(SEEDS.oosterhoutRaw).replace(/\n/g, '\r\n')}`)),
    ).toEqual(reference);
  });

  it('rejects a latin-1 copy, which cannot hold the √ marks, instead of guessing', () => {
    const latin1 = Uint8Array.from(seedText(SEEDS.oosterhoutRaw), (ch) =>
      ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f,
    );
    expect(() => buildDataset([{ path: 'latin1.txt', bytes: latin1 }])).toThrow(IngestError);
  });
});

describe('buildDataset when a mark is lost', () => {
  it('does not turn a lost X into √: a stacked √ X √ block that lost its X becomes onduidelijk', () => {
    const text = seedText(SEEDS.oosterhoutRaw).split('\n');
    // Lines 382-386 of 000 hold the stacked marks √ X √ of Gezinsmanager A1-A3; drop the X (line 384).
    expect(text[383]?.trim()).toBe('X');
    text.splice(383, 1);
    const ds = buildDataset([textFile('zonder-x.txt', text.join('\n'))]);
    const rows = ds.oordelen.filter(
      (o) => o.aanpak_id === 'oosterhout.gezinsmanager' && ['A1', 'A2', 'A3'].includes(o.indicator),
    );
    expect(rows.map((r) => r.oordeel)).toEqual(['onduidelijk', 'onduidelijk', 'onduidelijk']);
    expect(rows[0]?.reden).toMatch(/mogelijk ontbreekt een teken/);
  });
});

describe('buildDataset keeps what the source says', () => {
  it('keeps literal markup in a tab-layout bevinding as text (only the extraction <p> goes)', () => {
    const hostile =
      'De doorzettingsmacht <img src=x onerror=alert(1)> is <script>alert(2)</script> nog onvoldoende geregeld.';
    const ds = buildMutated(
      SEEDS.oosterhoutTab,
      'De doorzettingsmacht is nog onvoldoende geregeld.',
      hostile,
    );
    const a9 = ds.oordelen.find((o) => o.aanpak_id === 'oosterhout.gezinsmanager' && o.indicator === 'A9');
    expect(a9?.oordeel).toBe('verbeterpunt');
    expect(a9?.bevinding).toContain(hostile);
  });

  it('accepts a raw file that does not end on a running head, with a warning in the report', () => {
    const text = seedText(SEEDS.gouda).trimEnd().split('\n');
    expect(text[text.length - 1]?.trim()).toBe('Aanpak: MPG-overleg');
    const ds = buildDataset([textFile('gouda-zonder-voet.txt', text.slice(0, -1).join('\n'))]);
    expect(ds.oordelen).toHaveLength(30);
    expect(ds.warnings.join('\n')).toMatch(
      /^gouda-zonder-voet\.txt:\d+: het bestand eindigt niet op een kop- of voettekst/,
    );
  });

  it('keeps the list of assessed aanpakken in the context', () => {
    const g = buildDataset([seed(SEEDS.oosterhoutRaw)]).gemeenten[0];
    expect(g?.context).toMatch(
      /In deze factsheet worden de volgende twee aanpakken beoordeeld:\s+Aanpak Gezinsmanagement\s+Aanpak Bemoeizorg/,
    );
  });
});
