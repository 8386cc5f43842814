import type { Tekst } from '../core';

/** Open data page (the LEESMIJ file itself stays Dutch). */
export const openData = {
  intro: {
    nl: 'U mag de gegevens van dit dashboard downloaden en hergebruiken. Alle bestanden worden in uw eigen browser gemaakt of komen van deze website.',
    en: 'You may download and reuse the data of this dashboard. All files are made in your own browser or come from this website.',
  },
  taalNoot: {
    nl: 'De bestanden zijn in het Nederlands.',
    en: 'The files are in Dutch: the column names, the codes and the texts in the CSV files stay as they are in the data, and the LEESMIJ (readme) is in Dutch.',
  },
  alleOordelen: { nl: 'Alle oordelen als tabel', en: 'All assessments as a table' },
  eenRij: {
    nl: 'Eén rij per oordeel (210 rijen): gemeente, aanpak, thema, criterium, indicator, oordeel, LET OP, bevinding, gedeeld teken en bron.',
    en: 'One row per assessment (210 rows): municipality, approach, theme, criterion, indicator, assessment, NOTE, finding, shared mark and source.',
  },
  excel: { nl: 'Download voor Excel (CSV met ;)', en: 'Download for Excel (CSV with ;)' },
  excelHulp: {
    nl: '{bestand}: opent goed in Nederlandse Excel (UTF-8 met BOM, puntkomma).',
    en: '{bestand}: opens correctly in Dutch Excel (UTF-8 with BOM, semicolon).',
  },
  csv: { nl: 'Download standaard CSV (met ,)', en: 'Download standard CSV (with ,)' },
  csvHulp: {
    nl: '{bestand}: RFC 4180, komma, UTF-8 zonder BOM; voor R, Python en andere programma’s.',
    en: '{bestand}: RFC 4180, comma, UTF-8 without BOM; for R, Python and other programs.',
  },
  leesmij: {
    nl: 'Download uitleg bij de kolommen (LEESMIJ)',
    en: 'Download the explanation of the columns (LEESMIJ, in Dutch)',
  },
  leesmijHulp: {
    nl: '{bestand}: kolommen, codes van de indicatoren, licentie.',
    en: '{bestand}: columns, codes of the indicators, licence.',
  },
  bestandMaken: { nl: 'Bestand maken…', en: 'Making the file…' },
  gedownload: { nl: '{bestand} is gedownload.', en: '{bestand} has been downloaded.' },
  metOordelenGedownload: {
    nl: '{bestand} met {n} oordelen is gedownload.',
    en: '{bestand} with {n} assessments has been downloaded.',
  },
  bestandFout: { nl: 'Het bestand kon niet worden gemaakt', en: 'The file could not be made' },
  kolommen: { nl: 'Kolommen', en: 'Columns' },
  kolommenRegio: { nl: 'Kolommen van de CSV-bestanden', en: 'Columns of the CSV files' },
  kolommenNoot: {
    nl: 'De uitleg staat ook in de LEESMIJ.',
    en: 'The column names are Dutch, as in the files. The explanations come from the LEESMIJ and are in Dutch.',
  },
  kolom: { nl: 'Kolom', en: 'Column' },
  betekenis: { nl: 'Betekenis', en: 'Meaning' },
  eigenBestanden: {
    nl: 'De bestanden die het dashboard zelf gebruikt',
    en: 'The files the dashboard itself uses',
  },
  arrow: {
    nl: 'Apache Arrow IPC (stream, ongecomprimeerd), te lezen met bijvoorbeeld DuckDB, pandas of R (arrow). Met de SHA-256 controleert u of een bestand ongewijzigd is.',
    en: 'Apache Arrow IPC (stream, uncompressed), readable with for example DuckDB, pandas or R (arrow). The SHA-256 lets you check that a file is unchanged.',
  },
  licentieKop: { nl: 'Licentie en bron', en: 'Licence and source' },
  licentie: {
    nl: 'Onze ordening van de gegevens (de tabellen, codes en kolommen) geven wij vrij onder <a>CC0 1.0 (publiek domein)</a>. De oordelen en teksten komen van Samenwerkend Toezicht Jeugd. Vermeld bij hergebruik de bron:',
    en: 'We release our structuring of the data (the tables, codes and columns) under <a>CC0 1.0 (public domain)</a>. The assessments and texts come from the Joint Youth Inspectorate (STJ). When reusing, credit the source:',
  },
  citeerAls: { nl: 'Citeer als', en: 'Cite as' },
  letOp: {
    nl: '<b>Let op:</b> dit zijn bevindingen uit november 2013, van vóór de Jeugdwet van 2015.',
    en: '<b>Please note:</b> these are findings from November 2013, before the Youth Act of 2015.',
  },
  lijstLaden: { nl: 'Lijst met bestanden laden…', en: 'Loading the list of files…' },
  lijstFout: {
    nl: 'De lijst met bestanden kon niet worden geladen',
    en: 'The list of files could not be loaded',
  },
  gegevensbestanden: { nl: 'Gegevensbestanden', en: 'Data files' },
  bestand: { nl: 'Bestand', en: 'File' },
  rijen: { nl: 'Rijen', en: 'Rows' },
  grootte: { nl: 'Grootte', en: 'Size' },
  bronnenKop: { nl: 'De brondocumenten als tekst', en: 'The source documents as text' },
  bronnenUitleg: {
    nl: 'De tekst van elke factsheet zoals het dashboard die leest: UTF-8 met LF-regeleinden, zodat regel N de regel is die de oordelen noemen. Met de SHA-256 van het oorspronkelijke bestand controleert u dat het de bron is die het dashboard gebruikte.',
    en: 'The text of each factsheet as the dashboard reads it: UTF-8 with LF line ends, so line N is the line the assessments name. The SHA-256 of the original file lets you check that it is the source the dashboard used.',
  },
  bronnenRegio: { nl: 'Brondocumenten', en: 'Source documents' },
  kolDocument: { nl: 'Document', en: 'Document' },
  kolPublicatie: { nl: 'Oorspronkelijke publicatie', en: 'Original publication' },
  shaOrigineel: { nl: 'SHA-256 van het oorspronkelijke bestand', en: 'SHA-256 of the original file' },
  shaTekst: {
    nl: 'SHA-256 van deze tekstversie (omgezet naar UTF-8 met LF)',
    en: 'SHA-256 of this text version (converted to UTF-8 with LF)',
  },
  shaGelijk: {
    nl: 'Het bestand is byte voor byte het oorspronkelijke bestand.',
    en: 'The file is the original file, byte for byte.',
  },
  geenBronnen: {
    nl: 'Bij deze gegevens horen geen brondocumenten als tekst.',
    en: 'These data come with no source documents as text.',
  },
} as const satisfies Record<string, Tekst>;
