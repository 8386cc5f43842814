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

/** Header line plus one line per row, CRLF-separated, with a trailing CRLF; no BOM. */
export function naarCsv<Row>(
  kolommen: readonly CsvKolom<Row>[],
  rijen: readonly Row[],
  opties: CsvOpties = {},
): string {
  const sep = opties.scheiding ?? ',';
  const regels = [kolommen.map((k) => csvVeld(k.kop, opties)).join(sep)];
  for (const r of rijen) regels.push(kolommen.map((k) => csvVeld(k.waarde(r), opties)).join(sep));
  return `${regels.join('\r\n')}\r\n`;
}

/** The symbols as printed in the factsheets (same as charts/oordeel.ts, without pulling in d3). */
const TEKEN: Readonly<Record<Oordeel, string>> = { voldoet: '√', verbeterpunt: 'X', onduidelijk: '?' };

export const BEVINDINGEN_CSV_KOLOMMEN: readonly CsvKolom<BevindingRij>[] = [
  { kop: 'gemeente', waarde: (r) => r.gemeente },
  { kop: 'aanpak', waarde: (r) => r.aanpak },
  { kop: 'thema', waarde: (r) => r.thema },
  { kop: 'criterium', waarde: (r) => r.criterium },
  { kop: 'indicator', waarde: (r) => r.indicator },
  { kop: 'indicator_naam', waarde: (r) => r.label },
  { kop: 'oordeel', waarde: (r) => r.oordeel },
  { kop: 'teken', waarde: (r) => TEKEN[r.oordeel] ?? '' },
  { kop: 'let_op', waarde: (r) => r.let_op },
  { kop: 'bevinding', waarde: (r) => r.bevinding },
  { kop: 'gedeeld_teken', waarde: (r) => r.gedeeld },
  { kop: 'mogelijk_onvolledig', waarde: (r) => r.mogelijk_onvolledig },
  { kop: 'bron', waarde: (r) => r.bron },
];

/** The CSV file content (with BOM) for Bevindingen rows. */
export function bevindingenCsv(rijen: readonly BevindingRij[]): string {
  return BOM + naarCsv(BEVINDINGEN_CSV_KOLOMMEN, rijen);
}

export const BEVINDINGEN_CSV_BESTAND = 'ggsr-bevindingen-2013.csv';

// ---------------------------------------------------------------------------------------------------
// Open data: the full dataset, one row per oordeel.

export const OPEN_DATA_CSV_KOLOMMEN: readonly CsvKolom<BevindingRij>[] = [
  { kop: 'gemeente_id', waarde: (r) => r.gemeente_id },
  { kop: 'gemeente', waarde: (r) => r.gemeente },
  { kop: 'aanpak_id', waarde: (r) => r.aanpak_id },
  { kop: 'aanpak', waarde: (r) => r.aanpak },
  { kop: 'thema_code', waarde: (r) => r.thema_code },
  { kop: 'thema', waarde: (r) => r.thema },
  { kop: 'criterium_code', waarde: (r) => r.criterium_code },
  { kop: 'criterium', waarde: (r) => r.criterium },
  { kop: 'indicator', waarde: (r) => r.indicator },
  { kop: 'indicator_naam', waarde: (r) => r.label },
  { kop: 'oordeel', waarde: (r) => r.oordeel },
  { kop: 'teken', waarde: (r) => TEKEN[r.oordeel] ?? '' },
  { kop: 'reden', waarde: (r) => r.reden },
  { kop: 'let_op', waarde: (r) => r.let_op },
  { kop: 'bevinding', waarde: (r) => r.bevinding },
  { kop: 'gedeeld_teken', waarde: (r) => r.gedeeld },
  { kop: 'mogelijk_onvolledig', waarde: (r) => r.mogelijk_onvolledig },
  { kop: 'bron', waarde: (r) => r.bron },
];

export const OPEN_DATA_EXCEL_BESTAND = 'ggsr-oordelen-2013-excel.csv';
export const OPEN_DATA_CSV_BESTAND = 'ggsr-oordelen-2013.csv';

/**
 * For Dutch Excel: UTF-8 with BOM, `;` as separator, formula-like texts prefixed with `'`.
 */
export function openDataExcelCsv(rijen: readonly BevindingRij[]): string {
  return BOM + naarCsv(OPEN_DATA_CSV_KOLOMMEN, rijen, { scheiding: ';' });
}

/** Standard CSV (RFC 4180): UTF-8 without BOM, `,`, texts exactly as in the data. */
export function openDataStandaardCsv(rijen: readonly BevindingRij[]): string {
  return naarCsv(OPEN_DATA_CSV_KOLOMMEN, rijen, { scheiding: ',', formuleVeilig: false });
}
