import type { Tekst } from '../core';

/** The source view (`?weergave=bron`), the links to it, and the marks where text was lost. */
export const bron = {
  naam: {
    nl: 'Factsheet {gemeente} ({uitgever}, {maand}), tekstversie',
    en: 'Factsheet {gemeente} ({uitgever}, {maand}), text version',
  },
  naamKopie: {
    nl: 'Factsheet {gemeente} ({uitgever}, {maand}), tekstversie {n} van {m}',
    en: 'Factsheet {gemeente} ({uitgever}, {maand}), text version {n} of {m}',
  },
  naamKaal: { nl: 'Factsheet {gemeente}, tekstversie', en: 'Factsheet {gemeente}, text version' },
  layoutRaw: {
    nl: 'PDF-naar-tekst, met harde regeleinden',
    en: 'PDF to text, with hard line breaks',
  },
  layoutTab: {
    nl: 'schonere extractie: een tabelrij per regel, met tabs',
    en: 'cleaner extraction: one table row per line, with tabs',
  },
  layoutMarkdown: {
    nl: 'Markdown van een PDF-omzetter: koppen met #, tabellen met |',
    en: 'Markdown from a PDF converter: # headings, | tables',
  },
  intro: {
    nl: 'De tekst van elke factsheet zoals het dashboard die heeft gelezen, met genummerde regels. Bij elk oordeel ziet u de regels waar het uit komt.',
    en: 'The text of each factsheet as the dashboard read it, with numbered lines. For every assessment you see the lines it comes from.',
  },
  documenten: { nl: 'De brondocumenten', en: 'The source documents' },
  onbekend: {
    nl: 'Dit document staat niet in de gegevens. Kies een van de brondocumenten hieronder.',
    en: 'This document is not in the data. Choose one of the source documents below.',
  },
  bestand: { nl: 'Bestand', en: 'File' },
  sha256: { nl: 'SHA-256 van het oorspronkelijke bestand', en: 'SHA-256 of the original file' },
  regels: { nl: 'Regels', en: 'Lines' },
  soort: { nl: 'Soort tekst', en: 'Kind of text' },
  publicatie: { nl: 'Oorspronkelijke publicatie', en: 'Original publication' },
  publicatieTekst: {
    nl: '{uitgever}, ‘<titel>{titel}</titel>’, {maand}',
    en: '{uitgever}, ‘<titel>{titel}</titel>’ (in Dutch), {maand}',
  },
  tekstbestand: { nl: 'Tekstbestand', en: 'Text file' },
  tekstOpenen: { nl: 'Open het tekstbestand', en: 'Open the text file' },
  kopieen: {
    nl: 'Van deze factsheet zijn {n} tekstversies. Ze geven dezelfde oordelen: bij het inlezen vergelijkt het dashboard elk oordeel in de versies, en het inlezen stopt als ze verschillen.',
    en: 'There are {n} text versions of this factsheet. They give the same assessments: when reading them in, the dashboard compares every assessment in the versions, and reading in stops if they differ.',
  },
  andereVersie: { nl: 'Dit oordeel in {naam}', en: 'This assessment in {naam}' },
  andereVersieKaal: { nl: 'Bekijk {naam}', en: 'View {naam}' },
  gemarkeerd: { nl: 'Gemarkeerd', en: 'Highlighted' },
  blokRegels: { nl: 'Regels {van}–{tot}', en: 'Lines {van}–{tot}' },
  blokRegel: { nl: 'Regel {van}', en: 'Line {van}' },
  tekenOpRegel: { nl: 'teken op regel {regel}', en: 'mark on line {regel}' },
  tekenAlleenHoofdbron: {
    nl: 'de regel van het teken is alleen vastgelegd in de andere tekstversie',
    en: 'the line of the mark is recorded in the other text version only',
  },
  gedeeld: {
    nl: 'Eén teken voor de indicatoren {blok} samen.',
    en: 'One mark for the indicators {blok} together.',
  },
  bevinding: { nl: 'Bevinding zoals in de gegevens', en: 'Finding as in the data' },
  letOp: { nl: 'LET OP zoals in de gegevens', en: 'NOTE as in the data' },
  vorige: { nl: 'Vorig oordeel', en: 'Previous assessment' },
  volgende: { nl: 'Volgend oordeel', en: 'Next assessment' },
  bladeren: { nl: 'Oordelen in dit document', en: 'Assessments in this document' },
  naarRegels: { nl: 'Naar de gemarkeerde regels', en: 'To the highlighted lines' },
  openVakje: { nl: 'Open dit vakje in de heatmap', en: 'Open this cell in the heatmap' },
  nietInDocument: {
    nl: 'Het gevraagde oordeel staat niet in dit document.',
    en: 'The requested assessment is not in this document.',
  },
  oordelenKop: { nl: 'Oordelen in dit document', en: 'Assessments in this document' },
  kolRegels: { nl: 'Regels', en: 'Lines' },
  kolAanpak: { nl: 'Aanpak', en: 'Approach' },
  kolIndicator: { nl: 'Indicator', en: 'Indicator' },
  kolOordeel: { nl: 'Oordeel', en: 'Assessment' },
  tekstKop: { nl: 'Tekst van het document', en: 'Text of the document' },
  tekstUitleg: {
    nl: 'Elke regel met zijn nummer, zoals in het bestand. Gemarkeerd: het blok van het gekozen oordeel.',
    en: 'Every line with its number, as in the file. Highlighted: the block of the chosen assessment.',
  },
  tekstLaden: { nl: 'De tekst wordt geladen…', en: 'Loading the text…' },
  tekstFout: {
    nl: 'De tekst van dit document kon niet worden geladen',
    en: 'The text of this document could not be loaded',
  },
  tekstBeschadigd: {
    nl: 'Het tekstbestand {bestand} wijkt af van de gegevens (grootte of SHA-256).',
    en: 'The text file {bestand} differs from the data (size or SHA-256).',
  },
  tekstHttp: {
    nl: 'Het tekstbestand {bestand} kon niet worden opgehaald (HTTP {status}).',
    en: 'The text file {bestand} could not be fetched (HTTP {status}).',
  },
  geenTekst: {
    nl: 'Bij dit document hoort geen tekstbestand.',
    en: 'There is no text file for this document.',
  },
  blokBegin: {
    nl: 'Begin van de gemarkeerde regels {van} tot en met {tot}: {code} {label}, {aanpak}.',
    en: 'Start of the highlighted lines {van} to {tot}: {code} {label}, {aanpak}.',
  },
  blokEinde: { nl: 'Einde van de gemarkeerde regels.', en: 'End of the highlighted lines.' },
  tekenRegel: { nl: 'teken', en: 'mark' },
  regel: { nl: 'regel {n}', en: 'line {n}' },

  // Links to the source view from the other views.
  bekijkBron: { nl: 'Bekijk in de bron', en: 'View in the source' },
  bekijkRegels: {
    nl: 'Bekijk regels {van}–{tot} in de bron',
    en: 'View lines {van}–{tot} in the source',
  },
  bekijkRegel: { nl: 'Bekijk regel {van} in de bron', en: 'View line {van} in the source' },
  bronVan: { nl: 'Bron van {wat}', en: 'Source of {wat}' },

  // Lost text (README "Gaps").
  gatTeken: { nl: '[tekst ontbreekt in de bron]', en: '[text missing in the source]' },
  gatUitleg: {
    nl: 'Bij het omzetten van de PDF ging hier tekst verloren. Het teken: {teken}.',
    en: 'Text was lost here when the PDF was converted. The sign: {teken}.',
  },
  gatZonderPlek: {
    nl: 'In dit blok ging tekst verloren ({teken}); de plek is in de regels niet terug te vinden.',
    en: 'Text was lost in this block ({teken}); its place cannot be found in the lines.',
  },
  redenBegintMiddenInZin: {
    nl: 'de tekst begint midden in een zin, met een kleine letter',
    en: 'the text starts in the middle of a sentence, in lower case',
  },
  redenKleineLetterNaPunt: {
    nl: 'na een punt begint de volgende zin met een kleine letter',
    en: 'after a full stop the next sentence starts in lower case',
  },
  redenLosLidwoord: {
    nl: 'een lidwoord staat los, zonder het woord dat erbij hoort',
    en: 'an article stands alone, without the word that belongs to it',
  },
  redenAfgebrokenWoord: {
    nl: 'een woord is afgebroken en gaat niet verder',
    en: 'a word is hyphenated and does not continue',
  },
  redenEindigtMiddenInZin: {
    nl: 'de tekst stopt midden in een zin',
    en: 'the text stops in the middle of a sentence',
  },
  redenLetOpAfgebroken: {
    nl: 'de LET OP breekt af',
    en: 'the <nl>LET OP</nl> (note) breaks off',
  },
  redenGeenTekst: { nl: 'de bevinding is leeg', en: 'the finding is empty' },
} as const satisfies Record<string, Tekst>;
