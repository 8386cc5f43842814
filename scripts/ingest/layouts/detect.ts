import type { DecodedSource } from '../decode';
import type { Layout, LayoutReader } from '../types';
import { MARKDOWN, MARKDOWN_TABLE_HEAD } from './markdown';
import { clean } from './marks';
import { RAW } from './raw';
import { TAB } from './tab';

/** The reader of each layout. */
export const READERS: Readonly<Record<Layout, LayoutReader>> = { raw: RAW, tab: TAB, markdown: MARKDOWN };

/** The layout chosen for a file, and why, in words for the report. */
export interface LayoutKeuze {
  readonly reader: LayoutReader;
  readonly reden: string;
}

const TAB_HEAD = /^Criteria\tIndicatoren\tBevindingen/;

/**
 * Picks the layout of a file by its first findings table head: a Markdown pipe table
 * (`| Indicator | Bevinding | Oordeel |`), else a tab-separated head (`Criteria⇥Indicatoren⇥Bevindingen`),
 * else the raw PDF-to-text layout, which needs no marker of its own.
 */
export function detectLayout(src: DecodedSource): LayoutKeuze {
  const markdown = src.lines.find((l) => MARKDOWN_TABLE_HEAD.test(clean(l.text)));
  if (markdown) return { reader: MARKDOWN, reden: `Markdown-tabel op regel ${markdown.n}` };
  const tab = src.lines.find((l) => TAB_HEAD.test(l.text));
  if (tab) return { reader: TAB, reden: `tabel met tabs op regel ${tab.n}` };
  return { reader: RAW, reden: 'geen tabel met tabs of in Markdown: PDF-tekst' };
}
