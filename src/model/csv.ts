/**
 * CSV for downloads, built as a plain string (no apache-arrow builders: the CSP forbids them).
 * RFC 4180: comma separator, CRLF line ends, fields with the separator, a quote or line break in double
 * quotes, quotes doubled. The Excel variant (`;` and a UTF-8 BOM) opens right in Dutch spreadsheet
 * programs; the standard variant (`,`, no BOM) is for machines.
 */
import type { Oordeel } from './queries';
import type { BevindingRij } from './queries-bevindingen';

export const BOM = '\uFEFF';

export interface CsvKolom<Row> {
  readonly kop: string;
  readonly waarde: (row: Row) => string | number | boolean | null;
}

/**
 * One field. A text that starts with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a spreadsheet
 * shows it as text instead of running it as a formula (OWASP "CSV injection").
 */
export type CsvScheiding = ',' | ';';

export interface CsvOpties {
  /** Field separator; `,` (RFC 4180) unless told. */
  readonly scheiding?: CsvScheiding;
  /** Prefix formula-like texts with `'` (for spreadsheets); on unless told. */
  readonly formuleVeilig?: boolean;
}

export function csvVeld(v: string | number | boolean | null | undefined, opties: CsvOpties = {}): string {
  if (v === null || v === undefined) return '';
  const scheiding = opties.scheiding ?? ',';
  let s = typeof v === 'boolean' ? (v ? 'ja' : 'nee') : String(v);
  if (opties.formuleVeilig !== false && typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  const moetQuotes = s.includes(scheiding) || /[",\r\n]/.test(s);
  return moetQuotes ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header line with its CRLF. */
export function csvKop<Row>(kolommen: readonly CsvKolom<Row>[], opties: CsvOpties = {}): string {
  return `${kolommen.map((k) => csvVeld(k.kop, opties)).join(opties.scheiding ?? ',')}\r\n`;
}

/** One line per row, each with its CRLF (a part of a file that `csvKop` starts). */
export function csvRegels<Row>(
  kolommen: readonly CsvKolom<Row>[],
  rijen: readonly Row[],
  opties: CsvOpties = {},
): string {
  const sep = opties.scheiding ?? ',';
  let uit = '';
  for (const r of rijen) uit += `${kolommen.map((k) => csvVeld(k.waarde(r), opties)).join(sep)}\r\n`;
  return uit;
}

/** Header line plus one line per row, CRLF-separated, with a trailing CRLF; no BOM. */
export function naarCsv<Row>(
  kolommen: readonly CsvKolom<Row>[],
  rijen: readonly Row[],
  opties: CsvOpties = {},
): string {
  return csvKop(kolommen, opties) + csvRegels(kolommen, rijen, opties);
}

/** The symbols as printed in the factsheets (same as charts/oordeel.ts, without pulling in d3). */
const TEKEN: Readonly<Record<Oordeel, string>> = { voldoet: '√', verbeterpunt: 'X', onduidelijk: '?' };

type CsvWaarde = ReturnType<CsvKolom<unknown>['waarde']>;
type CsvVeld = {
  [K in keyof BevindingRij]: BevindingRij[K] extends CsvWaarde ? K : never;
}[keyof BevindingRij];

/** A column named after the row field it shows. */
const veld = (k: CsvVeld): CsvKolom<BevindingRij> => ({ kop: k, waarde: (r) => r[k] });
const INDICATOR_NAAM: CsvKolom<BevindingRij> = { kop: 'indicator_naam', waarde: (r) => r.label };
const TEKEN_KOLOM: CsvKolom<BevindingRij> = { kop: 'teken', waarde: (r) => TEKEN[r.oordeel] ?? '' };
const GEDEELD_TEKEN: CsvKolom<BevindingRij> = { kop: 'gedeeld_teken', waarde: (r) => r.gedeeld };

export const BEVINDINGEN_CSV_KOLOMMEN: readonly CsvKolom<BevindingRij>[] = [
  veld('gemeente'),
  veld('aanpak'),
  veld('thema'),
  veld('criterium'),
  veld('indicator'),
  INDICATOR_NAAM,
  veld('oordeel'),
  TEKEN_KOLOM,
  veld('let_op'),
  veld('bevinding'),
  GEDEELD_TEKEN,
  veld('mogelijk_onvolledig'),
  veld('bron'),
];

/** The shape of one CSV download: its columns, separator and formula guard, and whether it has a BOM. */
export interface CsvVorm<Row> {
  readonly kolommen: readonly CsvKolom<Row>[];
  readonly opties: CsvOpties;
  readonly bom: boolean;
}

/** The whole file of `vorm` for these rows. */
export function csvVanVorm<Row>(vorm: CsvVorm<Row>, rijen: readonly Row[]): string {
  return (vorm.bom ? BOM : '') + naarCsv(vorm.kolommen, rijen, vorm.opties);
}

/** Bevindingen "Exporteer CSV": `,`, formula guard, BOM. */
export const BEVINDINGEN_CSV: CsvVorm<BevindingRij> = {
  kolommen: BEVINDINGEN_CSV_KOLOMMEN,
  opties: {},
  bom: true,
};

/** The CSV file content (with BOM) for Bevindingen rows. */
export function bevindingenCsv(rijen: readonly BevindingRij[]): string {
  return csvVanVorm(BEVINDINGEN_CSV, rijen);
}

export const BEVINDINGEN_CSV_BESTAND = 'ggsr-bevindingen-2013.csv';

// ---------------------------------------------------------------------------------------------------
// Open data: the full dataset, one row per oordeel.

export const OPEN_DATA_CSV_KOLOMMEN: readonly CsvKolom<BevindingRij>[] = [
  veld('gemeente_id'),
  veld('gemeente'),
  veld('aanpak_id'),
  veld('aanpak'),
  veld('thema_code'),
  veld('thema'),
  veld('criterium_code'),
  veld('criterium'),
  veld('indicator'),
  INDICATOR_NAAM,
  veld('oordeel'),
  TEKEN_KOLOM,
  veld('reden'),
  veld('let_op'),
  veld('bevinding'),
  GEDEELD_TEKEN,
  veld('mogelijk_onvolledig'),
  veld('bron'),
];

export const OPEN_DATA_EXCEL_BESTAND = 'ggsr-oordelen-2013-excel.csv';
export const OPEN_DATA_CSV_BESTAND = 'ggsr-oordelen-2013.csv';

/** For Dutch Excel: UTF-8 with BOM, `;` as separator, formula-like texts prefixed with `'`. */
export const OPEN_DATA_EXCEL_CSV: CsvVorm<BevindingRij> = {
  kolommen: OPEN_DATA_CSV_KOLOMMEN,
  opties: { scheiding: ';' },
  bom: true,
};

/** Standard CSV (RFC 4180): UTF-8 without BOM, `,`, texts exactly as in the data. */
export const OPEN_DATA_STANDAARD_CSV: CsvVorm<BevindingRij> = {
  kolommen: OPEN_DATA_CSV_KOLOMMEN,
  opties: { scheiding: ',', formuleVeilig: false },
  bom: false,
};

/** The Open data file for Dutch Excel (`OPEN_DATA_EXCEL_CSV`). */
export function openDataExcelCsv(rijen: readonly BevindingRij[]): string {
  return csvVanVorm(OPEN_DATA_EXCEL_CSV, rijen);
}

/** The standard Open data file (`OPEN_DATA_STANDAARD_CSV`). */
export function openDataStandaardCsv(rijen: readonly BevindingRij[]): string {
  return csvVanVorm(OPEN_DATA_STANDAARD_CSV, rijen);
}
