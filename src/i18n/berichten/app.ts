import type { Meervoud, Tekst } from '../core';

/** The app shell, navigation, shared components, status and error messages. */
export const app = {
  titel: {
    nl: 'Toezicht op zorg voor gezinnen met geringe sociale redzaamheid (2013)',
    en: 'Inspection of care for families with low social self-reliance (2013)',
  },
  titelKort: { nl: 'Toezicht GGSR 2013', en: 'GGSR inspection 2013' },
  documentTitel: { nl: '{view} – Toezicht GGSR 2013', en: '{view} – GGSR inspection 2013' },
  naarInhoud: { nl: 'Naar de inhoud', en: 'Skip to content' },
  afzender: {
    nl: 'Samenwerkend Toezicht Jeugd · bevindingen 2013',
    en: 'Joint Youth Inspectorate (STJ) · findings 2013',
  },
  tijdMeldingKop: {
    nl: 'Let op: bevindingen uit november 2013.',
    en: 'Note: findings from November 2013.',
  },
  tijdMelding: {
    nl:
      'De inspecties van <stj>Samenwerkend Toezicht Jeugd (STJ)</stj> keken toen hoe vier gemeenten de hulp ' +
      'regelden voor <ggsr>gezinnen die weinig op eigen kracht redden (GGSR)</ggsr>. Dat was vóór de Jeugdwet van ' +
      '2015. Het kan nu anders zijn.',
    en:
      'The inspectorates of the <stj>Joint Youth Inspectorate (STJ)</stj> then looked at how four municipalities ' +
      'arranged help for <ggsr>families with low social self-reliance (GGSR)</ggsr>. That was before the Youth ' +
      'Act of 2015. Things may be different now.',
  },
  tijdMeldingMeer: { nl: 'meer', en: 'more' },
  tijdMeldingMinder: { nl: 'minder', en: 'less' },
  vertalingNoot: {
    nl: 'Vertaling van het toetsingskader: van ons, niet van STJ.',
    en: 'Translation of the assessment framework (themes, criteria, indicators): ours, not STJ’s.',
  },
  vertalingOfficieel: {
    nl: 'Toon de officiële Nederlandse tekst',
    en: 'Show the official Dutch text',
  },
  navOnderdelen: { nl: 'Onderdelen', en: 'Sections' },
  navFooter: { nl: 'Over deze website', en: 'About this website' },
  taalWissel: { nl: 'Taal', en: 'Language' },
  footerBron: {
    nl:
      'Bron: factsheets ‘Uitkomsten toezichtonderzoek’ van Samenwerkend Toezicht Jeugd (STJ), 2013. De ' +
      'gegevens worden in uw eigen browser doorzocht; er wordt niets naar een andere website gestuurd.',
    en:
      'Source: factsheets ‘Uitkomsten toezichtonderzoek’ (inspection results) of the Joint Youth Inspectorate ' +
      '(STJ), 2013. The data is searched in your own browser; nothing is sent to another website.',
  },
  bootFoutTitel: { nl: 'De gegevens konden niet worden geladen', en: 'The data could not be loaded' },
  voorgerenderdLink: {
    nl: '<a>Bekijk de vooraf berekende heatmap met alle oordelen</a> (zonder filters).',
    en: '<a>View the precomputed heatmap with all assessments</a> (without filters).',
  },
  onderdeelFout: { nl: 'het onderdeel {view}', en: 'the section {view}' },
  naarHeatmap: { nl: 'Naar de heatmap', en: 'To the heatmap' },
  sluiten: { nl: 'Sluiten', en: 'Close' },
  celDetailsOnderdeel: { nl: 'de details van dit vakje', en: 'the details of this cell' },

  // Views: title (document title, headings) and menu text.
  viewHeatmap: { nl: 'Heatmap', en: 'Heatmap' },
  viewRanking: { nl: 'Terugkerende verbeterpunten', en: 'Recurring points for improvement' },
  viewIndicator: { nl: 'Indicator', en: 'Indicator' },
  viewVergelijken: { nl: 'Gemeenten vergelijken', en: 'Compare municipalities' },
  viewBevindingen: { nl: 'Bevindingen', en: 'Findings' },
  viewMethode: { nl: 'Methode', en: 'Method' },
  viewOpenData: { nl: 'Open data', en: 'Open data' },
  viewFactsheet: { nl: 'Factsheet per gemeente', en: 'Factsheet per municipality' },
  viewToegankelijkheid: { nl: 'Toegankelijkheid', en: 'Accessibility' },
  viewPrivacy: { nl: 'Privacy', en: 'Privacy' },
  viewColofon: { nl: 'Colofon', en: 'Colophon' },
  viewBegrippen: { nl: 'Begrippenlijst', en: 'Glossary' },
  viewBron: { nl: 'Brondocumenten', en: 'Source documents' },

  // CopyLinkButton
  kopieerLink: { nl: 'Kopieer link', en: 'Copy link' },
  linkGekopieerd: {
    nl: 'Link gekopieerd. Met deze link ziet iemand precies deze weergave.',
    en: 'Link copied. With this link, someone sees exactly this view.',
  },
  kopierenMislukt: {
    nl: 'Kopiëren lukte niet automatisch. Kopieer deze link:',
    en: 'Copying did not work automatically. Copy this link:',
  },

  // ErrorBoundary and Status
  ietsMisBij: {
    nl: '<b>Er ging iets mis bij het tonen van {onderdeel}.</b> De rest van de pagina werkt nog.',
    en: '<b>Something went wrong while showing {onderdeel}.</b> The rest of the page still works.',
  },
  opnieuwProberen: { nl: 'Opnieuw proberen', en: 'Try again' },
  technischeDetails: { nl: 'Technische details', en: 'Technical details' },
  gegevensLaden: { nl: 'Gegevens laden…', en: 'Loading data…' },
  trageVerbinding: {
    nl: 'Dit kan bij een trage verbinding even duren.',
    en: 'This may take a while on a slow connection.',
  },
  rekenmoduleVanMb: {
    nl: 'Rekenmodule: {geladen} van {totaal} MB.',
    en: 'Computing module: {geladen} of {totaal} MB.',
  },
  rekenmoduleMb: { nl: 'Rekenmodule: {geladen} MB.', en: 'Computing module: {geladen} MB.' },
  onderdeelNietGeladen: {
    nl: 'Dit onderdeel kon niet worden geladen',
    en: 'This section could not be loaded',
  },

  // RekenmoduleStatus / RekenmoduleFout
  rekenmoduleLaden: { nl: 'Rekenmodule laden…', en: 'Loading the computing module…' },
  rekenmoduleUitleg: {
    nl: 'Wat u ziet is vooraf berekend. Zoeken en een eigen selectie werken zodra die klaar is.',
    en: 'What you see was computed in advance. Search and a selection of your own work as soon as it is ready.',
  },
  rekenmoduleVoortgang: {
    nl: 'Voortgang van het laden van de rekenmodule',
    en: 'Progress of loading the computing module',
  },
  rekenmoduleKlaar: {
    nl: 'De rekenmodule is geladen; filters en zoeken werken nu.',
    en: 'The computing module has loaded; filters and search work now.',
  },
  synthetisch: {
    nl: '<b>Synthetische testgegevens</b> — geen echte gemeenten of oordelen',
    en: '<b>Synthetic test data</b> — no real municipalities or assessments',
  },
  rekenmoduleStartNiet: {
    nl: 'De rekenmodule kon niet starten.',
    en: 'The computing module could not start.',
  },
  rekenmoduleHeatmapKlopt: {
    nl: 'Wat u ziet is vooraf berekend uit dezelfde gegevens en klopt: de heatmap met zijn filters, de bevindingen achter de vakjes en de andere onderdelen. Zonder rekenmodule werkt dit niet:',
    en: 'What you see was computed in advance from the same data and is correct: the heatmap with its filters, the findings behind the cells and the other sections. Without the computing module, this does not work:',
  },
  rekenmoduleFilters: {
    nl: 'zoeken in de bevindingen, en sorteren, filteren en bladeren in de tabel Bevindingen;',
    en: 'searching the findings, and sorting, filtering and paging in the Findings table;',
  },
  rekenmoduleAchterVakje: {
    nl: 'de filters van de andere onderdelen, en een CSV van een eigen selectie.',
    en: 'the filters of the other sections, and a CSV of a selection of your own.',
  },

  // UrlProblems
  linkDeelKop: {
    nl: '<b>Een deel van de link kon niet worden gebruikt.</b> De rest van de pagina werkt gewoon.',
    en: '<b>Part of the link could not be used.</b> The rest of the page works as usual.',
  },
  meldingSluiten: { nl: 'Melding sluiten', en: 'Close message' },

  // FilterPanel
  filters: { nl: 'Filters', en: 'Filters' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  aanpak: { nl: 'Aanpak', en: 'Approach' },
  thema: { nl: 'Thema', en: 'Theme' },
  weergave: { nl: 'Weergave', en: 'Display' },
  alleenVerbeterpunten: { nl: 'Alleen verbeterpunten', en: 'Only points for improvement' },
  volgordeRijen: { nl: 'Volgorde van de rijen', en: 'Order of the rows' },
  volgordeKader: { nl: 'Zoals in het toetsingskader', en: 'As in the assessment framework' },
  volgordeVerbeterpunten: { nl: 'Meeste verbeterpunten eerst', en: 'Most points for improvement first' },
  allesWissen: { nl: 'Alle filters wissen', en: 'Clear all filters' },

  // Oordelen
  voldoet: { nl: 'voldoet', en: 'meets the standard' },
  verbeterpunt: { nl: 'verbeterpunt', en: 'needs improvement' },
  onduidelijk: { nl: 'onduidelijk', en: 'unclear' },
  metLetOp: { nl: ', met LET OP', en: ', with NOTE' },
  letOp: { nl: 'LET OP', en: 'NOTE' },

  // Errors shown to the user (src/db)
  fout: {
    queryMislukt: {
      nl: 'De gegevens voor dit onderdeel konden niet worden opgehaald. Laad de pagina opnieuw.',
      en: 'The data for this section could not be retrieved. Reload the page.',
    },
    onbekend: {
      nl: 'Er ging iets mis. Laad de pagina opnieuw.',
      en: 'Something went wrong. Reload the page.',
    },
    bestandNietOpgehaald: {
      nl: 'Het bestand {file} kon niet worden opgehaald. Controleer de verbinding.',
      en: 'The file {file} could not be retrieved. Check the connection.',
    },
    bestandHttp: {
      nl: 'Het bestand {file} kon niet worden opgehaald (HTTP {status}).',
      en: 'The file {file} could not be retrieved (HTTP {status}).',
    },
    manifestOngeldig: {
      nl: 'De lijst met gegevensbestanden (manifest.json) is ongeldig.',
      en: 'The list of data files (manifest.json) is invalid.',
    },
    tabellenOntbreken: {
      nl: 'In de gegevens ontbreken de tabellen: {tabellen}.',
      en: 'These tables are missing from the data: {tabellen}.',
    },
    manifestGeenJson: {
      nl: 'De lijst met gegevensbestanden (manifest.json) is geen geldige JSON.',
      en: 'The list of data files (manifest.json) is not valid JSON.',
    },
    bestandBeschadigd: {
      nl: 'Het bestand {file} is beschadigd of onvolledig (controlegetal klopt niet). Laad de pagina opnieuw.',
      en: 'The file {file} is damaged or incomplete (the checksum does not match). Reload the page.',
    },
    wasmGeblokkeerd: {
      nl:
        'De rekenmodule (DuckDB) start niet. Mogelijk blokkeert de browser of het beveiligingsbeleid ' +
        "WebAssembly ('wasm-unsafe-eval'). Probeer een recente versie van Chrome, Edge, Firefox of Safari.",
      en:
        'The computing module (DuckDB) does not start. The browser or the security policy may be blocking ' +
        "WebAssembly ('wasm-unsafe-eval'). Try a recent version of Chrome, Edge, Firefox or Safari.",
    },
    rekenmoduleStart: {
      nl: 'De rekenmodule (DuckDB) kon niet starten.',
      en: 'The computing module (DuckDB) could not start.',
    },
    geenBundle: {
      nl: 'Geen geschikte versie van de rekenmodule gevonden.',
      en: 'No suitable version of the computing module was found.',
    },
    geenWorker: {
      nl: 'De rekenmodule (DuckDB) kon niet starten: de browser staat geen worker toe.',
      en: 'The computing module (DuckDB) could not start: the browser does not allow a worker.',
    },
    bestandNietIngelezen: {
      nl: 'Het bestand {file} kon niet worden ingelezen.',
      en: 'The file {file} could not be read.',
    },
    deelNietGeladen: {
      nl: 'Een deel van de website kon niet worden geladen. Laad de pagina opnieuw.',
      en: 'Part of the website could not be loaded. Reload the page.',
    },
    gegevensNietGeladen: {
      nl: 'De gegevens konden niet worden geladen.',
      en: 'The data could not be loaded.',
    },
  },
  keer: {
    nl: { one: '{n} keer', other: '{n} keer' },
    en: { one: 'once', other: '{n} times' },
  } satisfies Meervoud,
} as const satisfies Record<string, Tekst | Meervoud | Record<string, Tekst>>;
