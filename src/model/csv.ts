/**
 * CSV for downloads, built as a plain string (no apache-arrow builders: the CSP forbids them).
 * RFC 4180: comma separator, CRLF line ends, fields with a comma, quote or line break in double quotes,
 * quotes doubled. The file starts with a UTF-8 BOM so spreadsheet programs read the accents correctly.
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
export function csvVeld(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'boolean' ? (v ? 'ja' : 'nee') : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header line plus one line per row, CRLF-separated, with a trailing CRLF; no BOM. */
export function naarCsv<Row>(kolommen: readonly CsvKolom<Row>[], rijen: readonly Row[]): string {
  const regels = [kolommen.map((k) => csvVeld(k.kop)).join(',')];
  for (const r of rijen) regels.push(kolommen.map((k) => csvVeld(k.waarde(r))).join(','));
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
