import type { SourceLine } from './decode';
import { IngestError } from './errors';
import { clean } from './layouts/marks';
import { squash } from './text';

const nextNonEmpty = (lines: readonly SourceLine[], from: number): number => {
  for (let i = from; i < lines.length; i++) if (clean((lines[i] as SourceLine).text) !== '') return i;
  return -1;
};

/** The sentence that opens every aanpak, right under its name. */
const AANPAK_INTRO = /vragenlijst/i;

/** A name is a few words, not a sentence. */
function looksLikeName(text: string): boolean {
  return /\p{L}/u.test(text) && text.split(/\s+/).length <= 8 && !/[.,;:!?]$/.test(text);
}

/** Where an aanpak starts: the index of its "Aanpak:" line, and its name. */
export interface Start {
  readonly index: number;
  readonly naam: string;
}

/**
 * The aanpakken: a line "Aanpak: <naam>" (or "Aanpak:" with the name on the next line) directly
 * followed by the sentence about the vragenlijst. Running heads "Aanpak: <naam>" on every page are not
 * followed by that sentence.
 */
export function findStarts(file: string, lines: readonly SourceLine[]): Start[] {
  const starts: Start[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^Aanpak:\s*(.*)$/.exec(clean((lines[i] as SourceLine).text));
    if (!m) continue;
    let naam = (m[1] ?? '').trim();
    let naamAt = i;
    if (naam === '') {
      naamAt = nextNonEmpty(lines, i + 1);
      if (naamAt < 0) continue;
      naam = clean((lines[naamAt] as SourceLine).text);
      if (AANPAK_INTRO.test(naam)) {
        throw new IngestError(
          file,
          (lines[i] as SourceLine).n,
          `aanpak zonder naam: na "Aanpak:" volgt direct "${naam.slice(0, 80)}"`,
        );
      }
    }
    const introAt = nextNonEmpty(lines, naamAt + 1);
    if (introAt < 0 || !AANPAK_INTRO.test(clean((lines[introAt] as SourceLine).text))) continue;
    if (!looksLikeName(naam)) {
      throw new IngestError(
        file,
        (lines[naamAt] as SourceLine).n,
        `"${naam.slice(0, 80)}" is geen naam van een aanpak (kop "Aanpak:" beschadigd?)`,
      );
    }
    const twin = starts.find((s) => squash(s.naam) === squash(naam));
    if (twin) {
      throw new IngestError(
        file,
        (lines[i] as SourceLine).n,
        `aanpak "${naam}" staat twee keer in het bestand (ook op regel ${(lines[twin.index] as SourceLine).n})`,
      );
    }
    starts.push({ index: i, naam });
  }
  return starts;
}

/** Headings that every aanpak has exactly once. */
const ONCE_PER_AANPAK: readonly RegExp[] = [
  /^Beschrijving$/,
  /^Bevindingen toezichtonderzoek$/,
  /^Conclusie$/,
];

/**
 * Every aanpak heading, table and conclusie must belong to exactly one aanpak. When a line
 * "Aanpak: <naam>" is lost, the aanpak's content would be read as part of the one before it (or as
 * context); this finds that and names the line.
 */
export function checkSections(
  file: string,
  lines: readonly SourceLine[],
  starts: readonly Start[],
  tableHead: RegExp,
): void {
  const lost = 'de kop "Aanpak: <naam>" ontbreekt of is onleesbaar';
  const first = (starts[0] as Start).index;
  for (const line of lines.slice(0, first)) {
    const t = clean(line.text);
    if (tableHead.test(t) || ONCE_PER_AANPAK.some((re) => re.test(t))) {
      throw new IngestError(
        file,
        line.n,
        `"${t}" staat niet onder een aanpak: ${lost} (met de zin over de vragenlijst eronder)`,
      );
    }
  }
  starts.forEach((start, idx) => {
    const end = starts[idx + 1]?.index ?? lines.length;
    if (start.index >= lines.length) return;
    const seen = new Map<RegExp, number>();
    let conclusie = false;
    for (const line of lines.slice(start.index, end)) {
      const t = clean(line.text);
      if (conclusie && tableHead.test(t)) {
        throw new IngestError(
          file,
          line.n,
          `tabel na de conclusie van aanpak "${start.naam}": ${lost} (of de regel "Conclusie" staat op de verkeerde plaats)`,
        );
      }
      const re = ONCE_PER_AANPAK.find((r) => r.test(t));
      if (!re) continue;
      if (re.source === '^Conclusie$') conclusie = true;
      const prev = seen.get(re);
      if (prev !== undefined) {
        throw new IngestError(
          file,
          line.n,
          `aanpak "${start.naam}" heeft een tweede "${t}" (de eerste staat op regel ${prev}): ${lost} voor de volgende aanpak`,
        );
      }
      seen.set(re, line.n);
    }
  });
}

const NUMBER_WORDS: Record<string, number> = { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6 };

/**
 * How many aanpakken the context says the factsheet assesses: a sentence about assessing
 * ("beoordeeld", "beoordelen") that names a number of aanpakken ("de volgende twee aanpakken", "twee al
 * langer bestaande aanpakken"), or "Deze aanpak wordt in deze factsheet beoordeeld".
 */
export function announcedCount(lines: readonly SourceLine[]): { count: number; line: number } | null {
  let text = '';
  const at: { offset: number; n: number }[] = [];
  for (const l of lines) {
    const t = clean(l.text);
    if (t === '') continue;
    at.push({ offset: text.length, n: l.n });
    text += `${t} `;
  }
  const lineAt = (offset: number) => [...at].reverse().find((a) => a.offset <= offset)?.n ?? 0;
  const sentence = /[^.!?]*[.!?:]?/g;
  for (const m of text.matchAll(sentence)) {
    const s = m[0];
    if (!/\bbeoordee?l(d|en)\b/i.test(s)) continue;
    const many = /\b(twee|drie|vier|vijf|zes|\d+)\s+(?:[\p{L}’'-]+\s+){0,3}?aanpakken\b/iu.exec(s);
    if (many) {
      const word = (many[1] ?? '').toLowerCase();
      const count = NUMBER_WORDS[word] ?? Number(word);
      return { count, line: lineAt(m.index + many.index) };
    }
    const one = /deze aanpak wordt in deze factsheet beoordeeld/i.exec(s);
    if (one) return { count: 1, line: lineAt(m.index + one.index) };
  }
  return null;
}
