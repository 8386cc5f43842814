import type { SourceLine } from './decode';
import type { LabelParse } from './labels';

export type Teken = 'voldoet' | 'verbeterpunt';
export type Oordeel = Teken | 'onduidelijk';
export type Layout = 'raw' | 'tab';

export interface Mark {
  readonly teken: Teken;
  readonly line: number;
  readonly symbol: string;
}

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

export interface ParsedConclusie {
  readonly thema: string;
  readonly goed: string[];
  readonly beter: string[];
  readonly onbepaald: string[];
  readonly from: number;
  readonly to: number;
}

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

export interface ParsedDocument {
  readonly file: string;
  readonly layout: Layout;
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
