import { describe, expect, it } from 'vitest';
import {
  BOM,
  OPEN_DATA_CSV_KOLOMMEN,
  csvVeld,
  naarCsv,
  openDataExcelCsv,
  openDataStandaardCsv,
  type CsvKolom,
} from '../../src/model/csv';
import type { BevindingRij } from '../../src/model/queries-bevindingen';
import { leesCsv as lees } from '../helpers/csv';

const rij = (over: Partial<BevindingRij> = {}): BevindingRij => ({
  aanpak_id: 'emmen.oggz',
  gemeente_id: 'emmen',
  gemeente: 'Emmen',
  aanpak: 'OGGz',
  thema_code: 'A',
  thema: 'Aanpak',
  criterium_code: 'A-3',
  criterium: 'Een toegeruste regisseur',
  indicator: 'A9',
  label: 'Doorzettingsmacht',
  oordeel: 'verbeterpunt',
  let_op: null,
  bevinding: 'Gewone tekst',
  reden: null,
  gedeeld: false,
  mogelijk_onvolledig: true,
  bron: '003_ad61aa6d5b713ddd.txt:810-820',
  ...over,
});

const LASTIG = [
  'met ; puntkomma',
  'met , komma',
  'met "aanhalingstekens"',
  'regel 1\nregel 2',
  'regel 1\r\nregel 2',
  'één café, ‘curly’ — √ X',
  '',
];

describe('csvVeld', () => {
  it('quotes the separator only where it matters, and always quotes, CR and LF', () => {
    expect(csvVeld('a;b')).toBe('a;b');
    expect(csvVeld('a;b', { scheiding: ';' })).toBe('"a;b"');
    expect(csvVeld('a,b', { scheiding: ';' })).toBe('"a,b"');
    expect(csvVeld('a,b')).toBe('"a,b"');
    expect(csvVeld('zei "ja"', { scheiding: ';' })).toBe('"zei ""ja"""');
    expect(csvVeld('a\nb')).toBe('"a\nb"');
    expect(csvVeld('a\rb', { scheiding: ';' })).toBe('"a\rb"');
  });
  it('writes null as empty, booleans as ja/nee, numbers as is', () => {
    expect(csvVeld(null)).toBe('');
    expect(csvVeld(undefined)).toBe('');
    expect(csvVeld(true)).toBe('ja');
    expect(csvVeld(false, { scheiding: ';' })).toBe('nee');
    expect(csvVeld(12)).toBe('12');
  });
  it('guards formula-like text unless told not to', () => {
    expect(csvVeld('=SOM(A1)')).toBe("'=SOM(A1)");
    expect(csvVeld('-1', { scheiding: ';' })).toBe("'-1");
    expect(csvVeld('=SOM(A1;A2)', { scheiding: ';' })).toBe(`"'=SOM(A1;A2)"`);
    expect(csvVeld('=SOM(A1)', { formuleVeilig: false })).toBe('=SOM(A1)');
  });
});

describe('naarCsv with both separators', () => {
  const kolommen: CsvKolom<{ t: string }>[] = [
    { kop: 'nr', waarde: () => 1 },
    { kop: 'tekst', waarde: (r) => r.t },
  ];
  for (const sep of [',', ';'] as const) {
    it(`round-trips awkward texts with "${sep}"`, () => {
      const csv = naarCsv(
        kolommen,
        LASTIG.map((t) => ({ t })),
        { scheiding: sep },
      );
      expect(csv.endsWith('\r\n')).toBe(true);
      const rows = lees(csv, sep);
      expect(rows[0]).toEqual(['nr', 'tekst']);
      expect(rows.slice(1).map((r) => r[1])).toEqual(LASTIG);
      expect(rows.slice(1).every((r) => r.length === 2)).toBe(true);
    });
  }
  it('defaults to the comma (RFC 4180)', () => {
    expect(naarCsv(kolommen, [{ t: 'a' }])).toBe('nr,tekst\r\n1,a\r\n');
  });
});

describe('open data CSV variants', () => {
  const rijen = LASTIG.map((t, n) => rij({ bevinding: t, let_op: n % 2 ? t : null, gedeeld: n % 2 === 0 }));

  it('Excel variant: UTF-8 BOM, semicolons, header of all open-data columns', () => {
    const csv = openDataExcelCsv(rijen);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const rows = lees(csv.slice(1), ';');
    expect(rows[0]).toEqual(OPEN_DATA_CSV_KOLOMMEN.map((k) => k.kop));
    expect(rows).toHaveLength(rijen.length + 1);
    const b = rows[0]?.indexOf('bevinding') ?? -1;
    expect(rows.slice(1).map((r) => r[b])).toEqual(LASTIG);
    expect(csv.split('\r\n')[0]).toContain('gemeente_id;gemeente;aanpak_id');
  });

  it('standard variant: no BOM, commas, the same values', () => {
    const csv = openDataStandaardCsv(rijen);
    expect(csv.startsWith(BOM)).toBe(false);
    const rows = lees(csv, ',');
    expect(rows).toEqual(lees(openDataExcelCsv(rijen).slice(1), ';'));
    expect(csv.split('\r\n')[0]).toBe(OPEN_DATA_CSV_KOLOMMEN.map((k) => k.kop).join(','));
  });

  it('standard variant keeps texts exactly; Excel variant guards formulas', () => {
    const r = [rij({ bevinding: '=HYPERLINK("x")' })];
    const b = OPEN_DATA_CSV_KOLOMMEN.findIndex((k) => k.kop === 'bevinding');
    expect(lees(openDataStandaardCsv(r), ',')[1]?.[b]).toBe('=HYPERLINK("x")');
    expect(lees(openDataExcelCsv(r).slice(1), ';')[1]?.[b]).toBe(`'=HYPERLINK("x")`);
  });

  it('writes booleans as ja/nee, the mark, and empty for null', () => {
    const rows = lees(openDataStandaardCsv([rij()]), ',');
    const kop = rows[0] ?? [];
    const v = (k: string) => rows[1]?.[kop.indexOf(k)];
    expect(v('gedeeld_teken')).toBe('nee');
    expect(v('mogelijk_onvolledig')).toBe('ja');
    expect(v('teken')).toBe('X');
    expect(v('let_op')).toBe('');
    expect(v('bron')).toBe('003_ad61aa6d5b713ddd.txt:810-820');
  });
});
