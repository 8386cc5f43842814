/**
 * A small RFC 4180 reader (CRLF rows, quoted fields, chosen separator) for tests that read back what the
 * app wrote. Independent of src/model/csv.ts on purpose: a writer is not checked with itself.
 */
export function leesCsv(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** The first ten columns of the Bevindingen CSV download, in order. */
export const BEVINDINGEN_CSV_KOP: readonly string[] = [
  'gemeente',
  'aanpak',
  'thema',
  'criterium',
  'indicator',
  'indicator_naam',
  'oordeel',
  'teken',
  'let_op',
  'bevinding',
];
