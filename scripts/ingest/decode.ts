import { IngestError } from './errors';

export interface SourceLine {
  /** 1-based line number in the source file. */
  readonly n: number;
  /** The line without its line end and trailing spaces; trailing tabs are kept (an empty last cell). */
  readonly text: string;
}

export interface DecodedSource {
  readonly file: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  readonly lines: readonly SourceLine[];
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.02;
}

/** The text of a source file, decoded (see `decodeSource`); a BOM is dropped, line ends are kept. */
function decodeText(file: string, bytes: Uint8Array): { encoding: DecodedSource['encoding']; text: string } {
  if (bytes.length === 0) throw new IngestError(file, null, 'leeg bestand (0 bytes)');
  let encoding: DecodedSource['encoding'];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    if (looksBinary(bytes)) throw new IngestError(file, null, 'binair bestand: dit is geen tekst');
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'windows-1252';
    }
  }
  if (text.includes('\u0000')) throw new IngestError(file, null, 'binair bestand: dit is geen tekst');
  return { encoding, text };
}

/**
 * Bytes to numbered lines. Accepts UTF-8 (with or without BOM), UTF-16 with a BOM and, when the bytes
 * are not valid UTF-8, Windows-1252. Line ends may be LF, CRLF or CR. Trailing whitespace is dropped
 * except tabs: in the tab layout a tab separates cells, so "goed⇥" is a row whose last cell is empty.
 */
export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
  const { encoding, text } = decodeText(file, bytes);
  const lines = bronTekstVan(text)
    .split('\n')
    .map((t, i) => ({ n: i + 1, text: t.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[^\S\t]+$/, '') }));
  if (lines.every((l) => l.text.trim() === ''))
    throw new IngestError(file, null, 'leeg bestand (alleen witruimte)');
  return { file, encoding, lines };
}

const bronTekstVan = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * The source as the site ships it (`data/bronnen/`): decoded as `decodeSource` decodes it, in UTF-8
 * with LF line ends and no BOM, every character kept. Line N of it is the line the ingest calls N. A
 * source that is already UTF-8 with LF line ends comes out byte for byte the same.
 */
export function bronTekst(file: string, bytes: Uint8Array): string {
  return bronTekstVan(decodeText(file, bytes).text);
}
