import type { Meervoud, Tekst } from '../core';

/** "Bevindingen": the table of every oordeel. */
export const bevindingen = {
  intro: {
    nl:
      'Alle oordelen van STJ in één tabel. Per aanpak en indicator ziet u het oordeel, de bevinding en de LET ' +
      'OP. Zoek op een woord, kies filters of sorteer op een kolom. Kies een indicator voor alle details en de bron.',
    en:
      'All assessments by STJ in one table. For each approach and indicator you see the assessment, the finding ' +
      'and the NOTE. Search for a word, choose filters or sort by a column. Choose an indicator for all details ' +
      'and the source.',
  },
  detailsBij: { nl: '(details bij {gemeente}, {aanpak})', en: '(details for {gemeente}, {aanpak})' },
  kolGemeente: { nl: 'Gemeente', en: 'Municipality' },
  kolAanpak: { nl: 'Aanpak', en: 'Approach' },
  kolThema: { nl: 'Thema', en: 'Theme' },
  kolCriterium: { nl: 'Criterium', en: 'Criterion' },
  kolIndicator: { nl: 'Indicator', en: 'Indicator' },
  kolOordeel: { nl: 'Oordeel', en: 'Assessment' },
  kolLetOp: { nl: 'LET OP', en: 'NOTE' },
  kolBevinding: { nl: 'Bevinding', en: 'Finding' },
  geenBevinding: { nl: 'Geen bevinding in de bron.', en: 'No finding in the source.' },
  gedeeldTeken: { nl: 'gedeeld teken', en: 'shared mark' },
  mogelijkOnvolledig: { nl: 'mogelijk onvolledig', en: 'possibly incomplete' },
  zoekenFilteren: { nl: 'Zoeken en filteren', en: 'Search and filter' },
  alleJaren: { nl: 'Alle jaren', en: 'All years' },
  alleProvincies: { nl: 'Alle provincies', en: 'All provinces' },
  alleGemeenten: { nl: 'Alle gemeenten', en: 'All municipalities' },
  alleAanpakken: { nl: 'Alle aanpakken', en: 'All approaches' },
  alleThemas: { nl: "Alle thema's", en: 'All themes' },
  alleIndicatoren: { nl: 'Alle indicatoren', en: 'All indicators' },
  alleenMetLetOp: { nl: 'Alleen met LET OP', en: 'Only with a NOTE' },
  alleenZonderLetOp: { nl: 'Alleen zonder LET OP', en: 'Only without a NOTE' },
  metEnZonder: { nl: 'Met en zonder LET OP', en: 'With and without a NOTE' },
  sorteren: { nl: 'Sorteren', en: 'Sort' },
  oplopend: { nl: '{naam} (oplopend)', en: '{naam} (ascending)' },
  aflopend: { nl: '{naam} (aflopend)', en: '{naam} (descending)' },
  standaardVolgorde: { nl: 'Gemeente, aanpak, indicator', en: 'Municipality, approach, indicator' },
  wissen: { nl: 'Zoeken en filters wissen', en: 'Clear search and filters' },
  gevonden: {
    nl: { one: '{n} bevinding gevonden', other: '{n} bevindingen gevonden' },
    en: { one: '{n} finding found', other: '{n} findings found' },
  } satisfies Meervoud,
  verbeterpunten: {
    nl: { one: '{n} verbeterpunt', other: '{n} verbeterpunten' },
    en: { one: '{n} needs improvement', other: '{n} need improvement' },
  } satisfies Meervoud,
  voldoet: { nl: '{n} voldoet', en: '{n} meet the standard' },
  onduidelijk: { nl: '{n} onduidelijk', en: '{n} unclear' },
  geenResultaat: {
    nl: 'Er zijn geen bevindingen die passen bij deze zoekterm en filters.',
    en: 'There are no findings that match this search term and these filters.',
  },
  paginaBestaatNiet: {
    nl: 'Pagina {pagina} bestaat niet. Er zijn {paginas} pagina’s.',
    en: 'Page {pagina} does not exist. There are {paginas} pages.',
  },
  naarPagina1: { nl: 'Naar pagina 1', en: 'To page 1' },
  caption: {
    nl: 'Bevindingen, pagina {pagina} van {paginas}. Gebruik de knoppen in de kolomkoppen om te sorteren.',
    en: 'Findings, page {pagina} of {paginas}. Use the buttons in the column headers to sort.',
  },
  paginas: { nl: 'Pagina’s met bevindingen', en: 'Pages of findings' },
  eerste: { nl: 'Eerste', en: 'First' },
  vorige: { nl: 'Vorige', en: 'Previous' },
  volgende: { nl: 'Volgende', en: 'Next' },
  laatste: { nl: 'Laatste', en: 'Last' },
  paginaVan: { nl: 'Pagina {pagina} van {paginas}', en: 'Page {pagina} of {paginas}' },
  suggestieUitleg: {
    nl: 'Uw zoekterm staat in de naam van een indicator. Niet elke bevinding noemt die naam; alle oordelen staan op de pagina van de indicator:',
    en: 'Your search term is in the name of an indicator. Not every finding uses that name; every assessment is on the page of the indicator:',
  },
  alleOordelenOver: { nl: 'Alle {n} oordelen over {label}', en: 'All {n} assessments of {label}' },
  zoekLabel: { nl: 'Zoek in bevinding en LET OP', en: 'Search in finding and NOTE' },
  zoeken: { nl: 'Zoeken', en: 'Search' },
  zoekHulp: {
    nl: 'Hoofdletters en accenten maken niet uit: ‘een’ vindt ook ‘één’.',
    en: 'Capitals and accents do not matter: ‘<nl>een</nl>’ also finds ‘<nl>één</nl>’. The texts are in Dutch.',
  },
  exporteer: { nl: 'Exporteer CSV', en: 'Export CSV' },
  exportUitleg: {
    nl: 'Alle gevonden bevindingen (alle pagina’s), in deze volgorde.',
    en: 'All findings found (all pages), in this order. The column names and texts stay in Dutch.',
  },
  bestandMaken: { nl: 'Bestand maken…', en: 'Making the file…' },
  gedownload: {
    nl: {
      one: '{bestand} met {n} bevinding is gedownload.',
      other: '{bestand} met {n} bevindingen is gedownload.',
    },
    en: {
      one: '{bestand} with {n} finding has been downloaded.',
      other: '{bestand} with {n} findings has been downloaded.',
    },
  } satisfies Meervoud,
  afdrukken: { nl: 'Afdrukken', en: 'Print' },
  klaarzetten: { nl: 'Alle bevindingen klaarzetten…', en: 'Preparing all findings…' },
  afdrukFout: {
    nl: 'De bevindingen voor het afdrukken konden niet worden geladen',
    en: 'The findings for printing could not be loaded',
  },
  printAlle: {
    nl: {
      one: 'Alle {n} bevinding die past bij de zoekterm en filters.',
      other: 'Alle {n} bevindingen die passen bij de zoekterm en filters.',
    },
    en: {
      one: 'The {n} finding that matches the search term and filters.',
      other: 'All {n} findings that match the search term and filters.',
    },
  } satisfies Meervoud,
  printPagina: {
    nl: 'Pagina {pagina} van {paginas}. Gebruik de knop Afdrukken voor alle {aantal} bevindingen.',
    en: 'Page {pagina} of {paginas}. Use the Print button for all {aantal} findings.',
  },
  exportFout: { nl: 'Het bestand kon niet worden gemaakt', en: 'The file could not be made' },
} as const satisfies Record<string, Tekst | Meervoud>;
