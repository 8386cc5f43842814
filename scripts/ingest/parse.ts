import type { DecodedSource, SourceLine } from './decode';
import { IngestError } from './errors';
import { parseConclusies } from './conclusies';
import { READERS, detectLayout } from './layouts/detect';
import { clean, firstIndex, isNoise } from './layouts/marks';
import { announcedCount, checkSections, findStarts } from './sections';
import { paragraphs, parseDutchInt } from './text';
import type { Layout, ParsedAanpak, ParsedDocument } from './types';

function numberPhrase(text: string, re: RegExp): { value: number; phrase: string } | null {
  const m = re.exec(text);
  if (!m?.[1]) return null;
  return { value: parseDutchInt(m[1]), phrase: m[0].trim() };
}

function aantalGezinnen(beschrijving: string): { value: number; phrase: string } | null {
  const sentences = beschrijving.split(/(?<=[.!?])\s+/);
  for (const s of sentences.reverse()) {
    const m = /(?:(circa|ongeveer|ruim|bijna|zo'n)\s+)?(\d[\d.]*)\s+gezinnen\b/i.exec(s);
    if (m?.[2]) return { value: parseDutchInt(m[2]), phrase: s.trim() };
  }
  return null;
}

const PAGE_END = /^(Aanpak:\s*\S.*|Uitkomsten toezichtonderzoek\b.*\|\s*\d+|\d{1,2})$/;

/**
 * A factsheet ends with the last sentence of its last conclusie; a file that stops mid-sentence was
 * cut off. In the raw PDF layout every page, the last one too, ends with its running head or footer
 * ("Aanpak: <naam>", "Uitkomsten toezichtonderzoek ... | 7"); a raw file without one was cut off.
 */
export function checkEnd(src: DecodedSource, layout: Layout): string[] {
  const { file } = src;
  const reader = READERS[layout];
  const lines = reader.plainLines(src).map((l) => ({ ...l, text: reader.endText(l.text) }));
  const warnings: string[] = [];
  const content = lines.filter((l) => clean(l.text) !== '');
  const last = content[content.length - 1];
  if (!last) return warnings;
  // Only a warning: the oordelen are complete by then, and a good file from another extraction may lack it.
  if (reader.pageFooters && !PAGE_END.test(clean(last.text))) {
    warnings.push(
      `${file}:${last.n}: het bestand eindigt niet op een kop- of voettekst ("…${clean(last.text).slice(-40)}"); de laatste conclusie kan onvolledig zijn`,
    );
  }
  for (let i = content.length - 1; i >= 0; i--) {
    const line = content[i] as SourceLine;
    const t = clean(line.text.replace(/<[^>]*>/g, ' '));
    if (t === '' || isNoise(line.text)) continue;
    if (!/[.!?)”’"']$/.test(t)) {
      throw new IngestError(
        file,
        line.n,
        `het bestand houdt midden in een zin op ("…${t.slice(-50)}"): afgebroken bestand?`,
      );
    }
    return warnings;
  }
  return warnings;
}

/**
 * Parses one factsheet into the common form (types.ts): detects its layout, finds the gemeente, the
 * context and the aanpakken on the layout's plain lines, and lets the layout's reader read the tables
 * and the two-column conclusies.
 */
export function parseDocument(src: DecodedSource): ParsedDocument {
  const { file } = src;
  const { reader, reden } = detectLayout(src);
  const lines = reader.plainLines(src);
  const contextAt = firstIndex(lines, /^Context\s+\S/);
  const titleAt = firstIndex(lines, /^Uitkomsten toezichtonderzoek\s+\S/);
  const hasTable = firstIndex(lines, reader.tableHead) >= 0;
  if (!hasTable && (contextAt >= 0 || titleAt >= 0)) {
    const last = [...lines].reverse().find((l) => clean(l.text) !== '') as SourceLine;
    throw new IngestError(
      file,
      last.n,
      `factsheet zonder tabel "Criteria Indicatoren Bevindingen": het bestand houdt hier op (afgebroken bestand?)`,
    );
  }
  if (hasTable && contextAt < 0 && titleAt < 0) {
    throw new IngestError(
      file,
      null,
      'geen gemeente gevonden: de regel "Context <gemeente>" (of de titel "Uitkomsten toezichtonderzoek <gemeente>") ontbreekt',
    );
  }
  if (!hasTable || (contextAt < 0 && titleAt < 0)) {
    throw new IngestError(
      file,
      null,
      'geen factsheet van STJ: geen "Context <gemeente>" en geen tabel "Criteria Indicatoren Bevindingen" gevonden',
    );
  }
  const gemeenteLine = contextAt >= 0 ? contextAt : titleAt;
  const gemeente =
    contextAt >= 0
      ? clean((lines[contextAt] as SourceLine).text).replace(/^Context\s+/, '')
      : clean((lines[titleAt] as SourceLine).text)
          .replace(/^Uitkomsten toezichtonderzoek\s+/, '')
          .replace(/\s+-\s.*$/, '');

  const starts = findStarts(file, lines);
  if (starts.length === 0) {
    checkSections(file, lines, [{ index: lines.length, naam: '' }], reader.tableHead);
    throw new IngestError(
      file,
      null,
      'geen factsheet van STJ: geen aanpak gevonden ("Aanpak: <naam>" met vragenlijst)',
    );
  }
  checkSections(file, lines, starts, reader.tableHead);

  const contextEnd = (starts[0] as { index: number }).index;
  const contextLines: SourceLine[] = [];
  let boiler = false;
  for (const l of lines.slice(gemeenteLine + 1, contextEnd)) {
    const t = clean(l.text);
    if (/^In deze factsheet leest u de uitkomsten/.test(t)) boiler = true;
    if (!boiler && !isNoise(l.text)) contextLines.push(l);
    if (boiler && /www\.toezichtggsr\.nl/.test(t)) boiler = false;
  }
  const context = paragraphs(contextLines.map((l) => ({ ...l, text: l.text.replace(/^-\s+/, '') })));
  const flat = context.replace(/\n+/g, ' ');
  const inwoners = numberPhrase(flat, /(?:(?:ruim|bijna|ongeveer|circa)\s+)?(\d[\d.]*)\s+inwoners/i);
  const huishoudens = numberPhrase(
    flat,
    /(?:(?:ruim|bijna|ongeveer|circa)\s+)?(\d[\d.]*)\s+meerpersoonshuishoudens/i,
  );
  let ggsr: { value: number; phrase: string } | null = null;
  for (const sentence of flat.split(/(?<=[.!?])\s+/)) {
    if (!/GGSR|geringe sociale redzaamheid/i.test(sentence)) continue;
    const m = /(\d[\d.]*)\s+(gezinnen|huishoudens)\b/i.exec(sentence);
    if (m?.[1]) {
      ggsr = { value: parseDutchInt(m[1]), phrase: sentence.trim() };
      break;
    }
  }
  const maand =
    /\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(20\d\d)\b/i;
  const maandLine = lines.find(
    (l) =>
      /^Uitkomsten toezichtonderzoek\b.*\|\s*\d+$/.test(clean(l.text)) ||
      /^(\p{L}+)\s+20\d\d$/u.test(clean(l.text)),
  );
  const maandInDocument = maandLine ? (maand.exec(maandLine.text)?.[0] ?? null) : null;

  const aanpakken: ParsedAanpak[] = starts.map((start, idx) => {
    const end = (starts[idx + 1]?.index ?? lines.length) - 1;
    const section = lines.slice(start.index, end + 1);
    const at = (re: RegExp, from = 0) => firstIndex(section, re, from);
    const partnersAt = at(/ingevuld door:$/);
    const partnersEnd = at(/^Deze netwerkpartners/, Math.max(partnersAt, 0));
    const netwerkpartners =
      partnersAt >= 0 && partnersEnd > partnersAt
        ? section
            .slice(partnersAt + 1, partnersEnd)
            .map((l) => clean(l.text).replace(/^[-•]\s*/, ''))
            .filter((t) => t !== '')
        : [];
    const beschrijvingAt = at(/^Beschrijving$/);
    const bevindingenAt = at(/^Bevindingen toezichtonderzoek$/);
    const tableAt = at(reader.tableHead, Math.max(bevindingenAt, 0));
    const naamLine = start.naam;
    if (bevindingenAt < 0 || tableAt < 0) {
      throw new IngestError(
        file,
        (section[0] as SourceLine).n,
        `aanpak "${naamLine}" is onvolledig: geen tabel met bevindingen`,
      );
    }
    const beschrijving =
      beschrijvingAt >= 0 && beschrijvingAt < bevindingenAt
        ? paragraphs(section.slice(beschrijvingAt + 1, bevindingenAt).filter((l) => !isNoise(l.text)))
        : '';
    const conclusieAt = at(/^Conclusie$/, tableAt);
    if (conclusieAt < 0) {
      throw new IngestError(
        file,
        (section[section.length - 1] as SourceLine).n,
        `aanpak "${naamLine}" is onvolledig: de tabel houdt op zonder conclusie (afgebroken bestand?)`,
      );
    }
    const region = section.slice(tableAt, conclusieAt);
    const tables = reader.tables(file, region, src.encoding);
    const conclusies = parseConclusies(section.slice(conclusieAt + 1), reader.conclusieColumns);
    const gezinnen = aantalGezinnen(beschrijving);
    return {
      naam: start.naam,
      line: (section[0] as SourceLine).n,
      netwerkpartners,
      beschrijving,
      aantalGezinnen: gezinnen?.value ?? null,
      aantalGezinnenTekst: gezinnen?.phrase ?? null,
      blocks: tables.blocks,
      marksFound: tables.found,
      conclusies,
      unplacedText: tables.unplaced,
      tableLines: region.filter((l) => clean(l.text) !== ''),
      from: (section[0] as SourceLine).n,
      to: (section[section.length - 1] as SourceLine).n,
    };
  });

  const announced = announcedCount(lines.slice(0, contextEnd));
  if (announced && announced.count !== aanpakken.length) {
    throw new IngestError(
      file,
      announced.line,
      `de factsheet kondigt ${announced.count} aanpak(ken) aan, maar ${aanpakken.length} gevonden (${aanpakken.map((a) => a.naam).join(', ')}): ontbreekt een deel van het bestand?`,
    );
  }
  return {
    file,
    layout: reader.layout,
    layoutReden: reden,
    encoding: src.encoding,
    lineCount: lines.length,
    gemeente,
    gemeenteLine: (lines[gemeenteLine] as SourceLine).n,
    maandInDocument,
    context,
    inwoners: inwoners?.value ?? null,
    inwonersTekst: inwoners?.phrase ?? null,
    huishoudens: huishoudens?.value ?? null,
    huishoudensTekst: huishoudens?.phrase ?? null,
    ggsrGeschat: ggsr?.value ?? null,
    ggsrTekst: ggsr?.phrase ?? null,
    aanpakken,
  };
}
