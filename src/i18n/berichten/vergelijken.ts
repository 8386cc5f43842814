import type { Tekst } from '../core';

/** "Gemeenten vergelijken". */
export const vergelijken = {
  intro: {
    nl:
      'Zet twee tot vier gemeenten naast elkaar. U ziet hoe groot ze zijn, welke aanpakken STJ bekeek, hoeveel ' +
      'punten per thema in orde waren en wat STJ als conclusie schreef.',
    en:
      'Put two to four municipalities side by side. You see how large they are, which approaches STJ looked at, ' +
      'how many points per theme were in order and what STJ wrote as its conclusion.',
  },
  geenRanglijst: {
    nl: '<b>Dit is geen ranglijst.</b> Er is geen totaalscore. De gemeenten staan op alfabet, niet op hoe goed ze het doen.',
    en: '<b>This is not a ranking.</b> There is no total score. The municipalities are in alphabetical order, not in order of how well they do.',
  },
  minstensTwee: {
    nl: 'Kies ten minste twee gemeenten om te vergelijken. U ziet nu alleen {namen}.',
    en: 'Choose at least two municipalities to compare. You now see only {namen}.',
  },
  kiesTweeTotVier: {
    nl: 'Kies twee tot vier gemeenten om te vergelijken.',
    en: 'Choose two to four municipalities to compare.',
  },
  gemeentenKiezen: { nl: 'Gemeenten om te vergelijken', en: 'Municipalities to compare' },
  gemeenteN: { nl: 'Gemeente {n}', en: 'Municipality {n}' },
  nietVerplicht: { nl: ' (niet verplicht)', en: ' (optional)' },
  kiesGemeente: { nl: 'Kies een gemeente', en: 'Choose a municipality' },
  nietVermeld: { nl: 'niet vermeld', en: 'not stated' },
  inwoners: { nl: 'Inwoners', en: 'Inhabitants' },
  huishoudens: { nl: 'Huishoudens met kinderen (CBS, 2012)', en: 'Households with children (CBS, 2012)' },
  ggsrGeschat: {
    nl: 'Geschat aantal gezinnen met geringe sociale redzaam\u00adheid',
    en: 'Estimated number of families with low social self-reliance',
  },
  overGemeenten: { nl: 'Over de gemeenten', en: 'About the municipalities' },
  overUitleg: {
    nl: 'Tekst tussen aanhalingstekens staat zo in de factsheet. ‘Niet vermeld’ betekent dat de factsheet dit getal niet noemt.',
    en: 'Text in quotation marks is as it stands in the factsheet (in Dutch). ‘Not stated’ means the factsheet does not give this figure.',
  },
  kerncijfersCaption: { nl: 'Kerncijfers per gemeente', en: 'Key figures per municipality' },
  beoordeeldeAanpakken: { nl: 'Beoordeelde aanpakken', en: 'Approaches assessed' },
  aanpakken: { nl: 'Aanpakken', en: 'Approaches' },
  aantalGezinnen: { nl: 'Aantal gezinnen', en: 'Number of families' },
  uitDeFactsheet: { nl: 'Uit de factsheet:', en: 'From the factsheet:' },
  netwerkpartners: { nl: 'Netwerkpartners', en: 'Network partners' },
  paneelStaaf: {
    nl: '{gemeente} {aanpak} {tekst} voldoen',
    en: '{gemeente} {aanpak} {tekst} meet the standard',
  },
  voldoetTitel: {
    nl: 'Hoeveel indicatoren voldoen, per thema',
    en: 'How many indicators meet the standard, per theme',
  },
  voldoetUitleg: {
    nl:
      'Per thema één kleine grafiek. De groene balk is het deel van de indicatoren van dat thema dat bij de ' +
      'aanpak voldoet (√). Het getal is ‘x van y’ indicatoren. Alle grafieken gebruiken dezelfde schaal.',
    en:
      'One small chart per theme. The green bar is the share of that theme’s indicators that meet the ' +
      'standard (√) for the approach. The figure is ‘x of y’ indicators. All charts use the same scale.',
  },
  cijfersTonen: { nl: 'Toon de cijfers als tabel', en: 'Show the figures as a table' },
  cijfersRegio: { nl: 'Cijfers per thema', en: 'Figures per theme' },
  cijfersCaption: {
    nl: 'Aantal indicatoren per thema en aanpak: voldoet, verbeterpunt en onduidelijk.',
    en: 'Number of indicators per theme and approach: meets the standard, needs improvement and unclear.',
  },
  kolThema: { nl: 'Thema', en: 'Theme' },
  kolGemeenteAanpak: { nl: 'Gemeente en aanpak', en: 'Municipality and approach' },
  kolVoldoet: { nl: 'Voldoet', en: 'Meets the standard' },
  kolVerbeterpunt: { nl: 'Verbeterpunt', en: 'Needs improvement' },
  kolOnduidelijk: { nl: 'Onduidelijk', en: 'Unclear' },
  van: { nl: '{voldoet} van {totaal}', en: '{voldoet} of {totaal}' },
  indicatorenVoldoen: { nl: '{van} indicatoren voldoen', en: '{van} indicators meet the standard' },
  geenConclusie: {
    nl: 'In de factsheet staat hier geen conclusie.',
    en: 'The factsheet gives no conclusion here.',
  },
  conclusiesTitel: { nl: 'Conclusies per thema', en: 'Conclusions per theme' },
  conclusiesUitleg: {
    nl:
      'Elke rij is een thema, elke kolom een aanpak. ‘Wat gaat goed’ heeft een groene streep, ‘wat kan beter’ ' +
      'een rode, een <b>onbepaalde conclusie</b> een gestreepte. Past de tabel niet op uw scherm? Schuif de ' +
      'tabel dan opzij.',
    en:
      'Each row is a theme, each column an approach. ‘What goes well’ has a green line, ‘what could be better’ ' +
      'a red one, an <b>undetermined conclusion</b> a dashed one. Does the table not fit your screen? Scroll it ' +
      'sideways.',
  },
  conclusiesCaption: {
    nl: 'Conclusies per thema (rijen) en aanpak (kolommen)',
    en: 'Conclusions per theme (rows) and approach (columns)',
  },
} as const satisfies Record<string, Tekst>;
