import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, type Dataset, type SourceFile } from '../../../scripts/ingest/dataset';
import { IngestError } from '../../../scripts/ingest/errors';

export const RAW_DIR = join(import.meta.dirname, '../../../data/raw');

export const SEEDS = {
  oosterhoutRaw: '000_62529c51c88b3a50.txt',
  oosterhoutTab: '001_a407417e61b012a9.txt',
  gouda: '002_f5bffbaba2d921af.txt',
  emmen: '003_ad61aa6d5b713ddd.txt',
  dordrecht: '004_c8426f7d3892abc2.txt',
} as const;

export function seedText(name: string): string {
  return readFileSync(join(RAW_DIR, name), 'utf8');
}

export function seed(name: string): SourceFile {
  return { path: name, bytes: new Uint8Array(readFileSync(join(RAW_DIR, name))) };
}

export function textFile(path: string, text: string): SourceFile {
  return { path, bytes: new TextEncoder().encode(text) };
}

/** Replaces the first occurrence of `from` (which must exist) in a seed's text. */
export function mutate(name: string, from: string, to: string): SourceFile {
  const text = seedText(name);
  if (!text.includes(from)) throw new Error(`fixture: "${from}" not in ${name}`);
  return textFile(`mutated-${name}`, text.replace(from, to));
}

/** buildDataset on a seed whose first `from` is replaced by `to`. */
export function buildMutated(name: string, from: string, to: string): Dataset {
  return buildDataset([mutate(name, from, to)]);
}

/** The IngestError that buildDataset throws on the file(s); anything else fails the test. */
export function ingestFailure(files: SourceFile | SourceFile[]): IngestError {
  try {
    buildDataset(Array.isArray(files) ? files : [files]);
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected buildDataset to fail');
}

/** ingestFailure on a seed whose first `from` is replaced by `to`. */
export function mutatedFailure(name: string, from: string, to: string): IngestError {
  return ingestFailure(mutate(name, from, to));
}

/** The oordeel per indicator, written down by reading each factsheet (√ = voldoet, X = verbeterpunt). */
export function expectedMarks(verbeterpunten: readonly string[]): Record<string, 'voldoet' | 'verbeterpunt'> {
  const codes = [
    ...['T1', 'T2', 'T3', 'T4', 'G1', 'G2', 'G3'],
    ...Array.from({ length: 14 }, (_, i) => `A${i + 1}`),
    ...['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'C1', 'C2', 'C3'],
  ];
  return Object.fromEntries(codes.map((c) => [c, verbeterpunten.includes(c) ? 'verbeterpunt' : 'voldoet']));
}

/** Verbeterpunten (X) per aanpak as printed in the factsheets; every other indicator is √. */
export const EXPECTED_X: Record<string, readonly string[]> = {
  'oosterhout.gezinsmanager': ['T2', 'A2', 'A9', 'A14', 'S4', 'C1', 'C2'],
  'oosterhout.bemoeizorg': ['T1', 'T2', 'A2', 'A3', 'A9', 'A10', 'A12', 'A14', 'S4', 'C2'],
  'gouda.mpg-overleg': ['T2', 'C2'],
  'emmen.cjg-aanpak': ['A9', 'A14', 'S2', 'S3', 'S4', 'C1', 'C2'],
  'emmen.oggz': ['G1', 'G2', 'G3', 'A9', 'C1'],
  'dordrecht.reset-thuisbegeleiding': ['A2', 'A9', 'A10', 'A14', 'S2', 'S3', 'S4', 'C1', 'C2', 'C3'],
  'dordrecht.gezinscoaching': ['A14', 'S2', 'S3', 'S4', 'C1', 'C2'],
};

/** The gemeenten of the factsheets, in alphabetical order. */
export const GEMEENTEN: readonly string[] = ['dordrecht', 'emmen', 'gouda', 'oosterhout'];

/** The aanpakken of the factsheets as the app orders them: by gemeente, then as each factsheet lists them. */
export const AANPAKKEN: readonly string[] = [
  'dordrecht.reset-thuisbegeleiding',
  'dordrecht.gezinscoaching',
  'emmen.cjg-aanpak',
  'emmen.oggz',
  'gouda.mpg-overleg',
  'oosterhout.gezinsmanager',
  'oosterhout.bemoeizorg',
];

/** The aanpakken in the order of AANPAKKEN as "Gemeente/Naam", named as the factsheets name them. */
export const AANPAK_NAMEN: readonly string[] = [
  'Dordrecht/Reset Thuisbegeleiding',
  'Dordrecht/Gezinscoaching',
  'Emmen/CJG-aanpak',
  'Emmen/OGGz',
  'Gouda/MPG-overleg',
  'Oosterhout/Gezinsmanager',
  'Oosterhout/Bemoeizorg',
];

/** Gouda's (002) indicators whose bevinding or LET OP shows signs of text lost in extraction. */
export const GOUDA_GATEN: readonly string[] = ['T1', 'A4', 'A5', 'A6', 'A7', 'S5', 'C1', 'C2'];

/** The number of gezinnen per aanpak as the factsheets give it (Emmen's CJG-aanpak gives none). */
export const AANTAL_GEZINNEN: Readonly<Record<string, number | null>> = {
  'oosterhout.gezinsmanager': 18,
  'oosterhout.bemoeizorg': 50,
  'gouda.mpg-overleg': 38,
  'emmen.cjg-aanpak': null,
  'emmen.oggz': 200,
  'dordrecht.reset-thuisbegeleiding': 189,
  'dordrecht.gezinscoaching': 45,
};
