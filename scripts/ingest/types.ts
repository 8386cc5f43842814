/**
 * The common form of a parsed factsheet. A layout reader (scripts/ingest/layouts/) turns the tables and
 * conclusies of one source layout into these types; everything after it (placement in assemble.ts,
 * accounting, the merge of copies in dataset.ts) works on this form only and never looks at the layout.
 */
import type { DecodedSource, SourceLine } from './decode';
import type { LabelParse } from './labels';

export type Teken = 'voldoet' | 'verbeterpunt';
export type Oordeel = Teken | 'onduidelijk';
/** The source layouts that are read: see layouts/detect.ts. */
export type Layout = 'raw' | 'tab' | 'markdown';

/** What a layout reader makes of the table region of one aanpak. */
export interface TableRead {
  /** The table rows, one per merged cell, in source order. */
  readonly blocks: Block[];
  /** Every mark symbol seen in the region, placed or not: the accounting checks each is used. */
  readonly found: Mark[];
  /** Text lines in the region that belong to no row. */
  readonly unplaced: SourceLine[];
}

/** How a layout writes a conclusie in two columns, one row ("goed" | "beter") per line. */
export interface ConclusieColumns {
  /** True for the head of the two columns ("Wat gaat goed?" | "Wat kan beter?"). */
  head(text: string): boolean;
  /** The two cells of a row after that head, or null when the line is no row. */
  row(text: string): readonly [string, string] | null;
  /** The paragraphs of one cell, marks and LET OP left out. */
  paragraphs(cell: string, n: number): string[];
}

/** One source layout: all that differs between layouts; the rest of the parse is shared. */
export interface LayoutReader {
  readonly layout: Layout;
  /**
   * The lines as plain text for the shared section finder (gemeente, "Aanpak: <naam>", "Beschrijving",
   * "Conclusie", …): layout markup such as Markdown heading signs removed, line numbers kept.
   */
  plainLines(src: DecodedSource): readonly SourceLine[];
  /** The head line of a findings table, tested on a plain line without outer whitespace. */
  readonly tableHead: RegExp;
  /** Reads the table region of one aanpak: from its first table head up to its "Conclusie". */
  tables(file: string, region: readonly SourceLine[], encoding: string): TableRead;
  readonly conclusieColumns: ConclusieColumns;
  /** True when every page, the last one too, ends with a running head or footer (PDF text). */
  readonly pageFooters: boolean;
  /** The text of a plain line for the check that the file does not stop mid-sentence. */
  endText(text: string): string;
}

/** A √ or X as found in the source, at its line. */
export interface Mark {
  readonly teken: Teken;
  readonly line: number;
  readonly symbol: string;
}

/** One paragraph of a bevinding cell, with the mark in front of it when the source puts one there. */
export interface Para {
  readonly mark: Mark | null;
  readonly bevinding: string;
  readonly letOp: string | null;
  readonly from: number;
  readonly to: number;
}

/** One merged table cell: labels for one or more indicators, their marks and the bevinding text. */
export interface Block {
  readonly labelLines: readonly SourceLine[];
  readonly labels: LabelParse;
  readonly slots: (readonly string[])[];
  readonly marks: readonly Mark[];
  /** Paragraphs of the bevinding cell. */
  readonly paras: readonly Para[];
  /** True when the source itself delimits the paragraphs (a `<p>`, a mark in front of each). */
  readonly explicitParas: boolean;
  /** Alternative paragraph boundaries, by line chunk, when the layout does not show them. */
  readonly chunks: readonly Para[];
  readonly from: number;
  readonly to: number;
}

/** The conclusie of one thema: paragraphs under "Wat gaat goed?", "Wat kan beter?", or either. */
export interface ParsedConclusie {
  readonly thema: string;
  readonly goed: string[];
  readonly beter: string[];
  readonly onbepaald: string[];
  readonly from: number;
  readonly to: number;
}

/** One aanpak: its description, its table rows and marks, its conclusies. */
export interface ParsedAanpak {
  readonly naam: string;
  readonly line: number;
  readonly netwerkpartners: string[];
  readonly beschrijving: string;
  readonly aantalGezinnen: number | null;
  readonly aantalGezinnenTekst: string | null;
  readonly blocks: Block[];
  /** Every mark symbol seen in the tables, placed or not. */
  readonly marksFound: Mark[];
  readonly conclusies: ParsedConclusie[];
  readonly unplacedText: SourceLine[];
  /** The non-empty lines of the aanpak's tables, from the first table head to "Conclusie". */
  readonly tableLines: readonly SourceLine[];
  readonly from: number;
  readonly to: number;
}

/** One factsheet in the common form: gemeente, context and its numbers, the aanpakken. */
export interface ParsedDocument {
  readonly file: string;
  readonly layout: Layout;
  /** Why the layout was chosen, for the report: the line that decided, or why none did. */
  readonly layoutReden: string;
  readonly encoding: string;
  readonly lineCount: number;
  readonly gemeente: string;
  readonly gemeenteLine: number;
  readonly maandInDocument: string | null;
  readonly context: string;
  readonly inwoners: number | null;
  readonly inwonersTekst: string | null;
  readonly huishoudens: number | null;
  readonly huishoudensTekst: string | null;
  readonly ggsrGeschat: number | null;
  readonly ggsrTekst: string | null;
  readonly aanpakken: ParsedAanpak[];
}
