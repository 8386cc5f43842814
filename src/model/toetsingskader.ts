/**
 * The STJ toetsingskader (2013) for GGSR: 5 thema's, 13 criteria, 30 indicators.
 * Codes are stable: URLs, tools and the data files rely on them (issue #2).
 * Full texts are as printed in the factsheets; `varianten` holds other spellings found in them.
 */

export type ThemaCode = 'T' | 'G' | 'A' | 'S' | 'C';

export interface Thema {
  readonly code: ThemaCode;
  readonly naam: string;
  readonly omschrijving: string;
}

export interface Criterium {
  readonly code: string;
  readonly thema: ThemaCode;
  readonly tekst: string;
}

export interface Indicator {
  readonly code: string;
  readonly criterium: string;
  readonly tekst: string;
  readonly label: string;
  readonly varianten?: readonly string[];
}

export const THEMAS: readonly Thema[] = [
  { code: 'T', naam: 'Toeleiding', omschrijving: 'gezinnen zijn in beeld en worden bereikt met de aanpak' },
  {
    code: 'G',
    naam: 'Gezin centraal',
    omschrijving: 'de aanpak stelt het gezin en zijn sociale netwerk centraal',
  },
  {
    code: 'A',
    naam: 'Aanpak',
    omschrijving: 'de aanpak is planmatig, samenhangend en vasthoudend en de regisseur is toegerust',
  },
  {
    code: 'S',
    naam: 'Samenwerking',
    omschrijving: 'er moet goede samenwerking zijn tussen de instanties die bij een gezin betrokken zijn',
  },
  {
    code: 'C',
    naam: 'Continu',
    omschrijving:
      'indien nodig moeten zorg en ondersteuning langdurig kunnen worden ingezet, in wisselende aard en intensiteit',
  },
];

export const CRITERIA: readonly Criterium[] = [
  { code: 'T-a', thema: 'T', tekst: 'GGSR zijn in beeld' },
  { code: 'T-b', thema: 'T', tekst: 'De aanpak bereikt alle gezinnen waarvoor dit nodig is' },
  { code: 'G-a', thema: 'G', tekst: 'De aanpak stelt het gezin en zijn sociale netwerk centraal' },
  { code: 'A-a', thema: 'A', tekst: 'Planmatig' },
  { code: 'A-b', thema: 'A', tekst: 'Een toegeruste regisseur' },
  { code: 'A-c', thema: 'A', tekst: 'Samenhangend' },
  { code: 'A-d', thema: 'A', tekst: 'Vasthoudend' },
  { code: 'S-a', thema: 'S', tekst: 'Coördinatie' },
  { code: 'S-b', thema: 'S', tekst: 'Benodigde partijen werken mee aan de aanpak' },
  { code: 'S-c', thema: 'S', tekst: 'Toereikende informatie' },
  { code: 'C-a', thema: 'C', tekst: 'De duur van de aanpak is toereikend' },
  { code: 'C-b', thema: 'C', tekst: 'De aanpak is flexibel' },
  { code: 'C-c', thema: 'C', tekst: 'De aanpak krijgt indien nodig een vervolg' },
];

export const INDICATOREN: readonly Indicator[] = [
  {
    code: 'T1',
    criterium: 'T-a',
    label: 'Eenduidige omschrijving GGSR',
    tekst: 'Alle netwerkpartners hanteren dezelfde omschrijving van GGSR',
  },
  {
    code: 'T2',
    criterium: 'T-a',
    label: 'Zicht op populatie',
    tekst: 'De gemeente heeft zicht op de populatie GGSR',
  },
  {
    code: 'T3',
    criterium: 'T-b',
    label: 'Aanmeldpunt bekend',
    tekst: 'De netwerkpartners weten waar gezinnen voor de aanpak kunnen worden aangemeld',
  },
  {
    code: 'T4',
    criterium: 'T-b',
    label: 'Partijen melden aan',
    tekst: 'Netwerkpartners en alle relevante partijen melden GGSR aan voor de aanpak',
  },
  {
    code: 'G1',
    criterium: 'G-a',
    label: 'Eigen kracht',
    tekst: 'Binnen de aanpak wordt de eigen kracht van het gezin ondersteund en benut',
  },
  {
    code: 'G2',
    criterium: 'G-a',
    label: 'Sociaal netwerk',
    tekst: 'Binnen de aanpak wordt het sociale netwerk van het gezin benut',
  },
  {
    code: 'G3',
    criterium: 'G-a',
    label: 'Behoefte gezin uitgangspunt',
    tekst: 'Binnen de aanpak is de behoefte van het gezin uitgangspunt bij het bepalen wat nodig is',
  },
  {
    code: 'A1',
    criterium: 'A-a',
    label: 'Beleid voor GGSR',
    tekst: 'De gemeente heeft beleid voor de groep GGSR',
  },
  {
    code: 'A2',
    criterium: 'A-a',
    label: 'Gezamenlijke visie',
    tekst: 'De gemeente zorgt voor een gezamenlijke visie op de aanpak voor GGSR',
  },
  {
    code: 'A3',
    criterium: 'A-a',
    label: 'Gezamenlijke doelen',
    tekst: 'De netwerkpartners hebben gezamenlijke doelen geformuleerd ten aanzien van de aanpak van GGSR',
  },
  {
    code: 'A4',
    criterium: 'A-a',
    label: 'Resultaten bijgehouden',
    tekst: 'De resultaten van de aanpak worden bijgehouden',
  },
  {
    code: 'A5',
    criterium: 'A-a',
    label: 'Netwerkpartners evalueren',
    tekst: 'De netwerkpartners evalueren de resultaten van de aanpak',
  },
  {
    code: 'A6',
    criterium: 'A-a',
    label: 'Gemeente evalueert',
    tekst: 'De gemeente evalueert de resultaten van de aanpak',
  },
  {
    code: 'A7',
    criterium: 'A-a',
    label: 'Beleid gecontinueerd/bijgesteld',
    tekst: 'Op basis van de evaluatie wordt het beleid gecontinueerd dan wel bijgesteld',
  },
  {
    code: 'A8',
    criterium: 'A-b',
    label: 'Eén centrale persoon (regisseur)',
    tekst:
      'In de aanpak is er één centrale persoon voor het gezin die de intensieve zorg en ondersteuning aan het gezin op elkaar afstemt (de regisseur)',
  },
  {
    code: 'A9',
    criterium: 'A-b',
    label: 'Doorzettingsmacht',
    tekst: 'De doorzettingsmacht voor de regisseur is geregeld',
  },
  {
    code: 'A10',
    criterium: 'A-b',
    label: 'Regisseur toegerust',
    tekst: 'De regisseur is voldoende toegerust om zijn functie uit te oefenen',
  },
  {
    code: 'A11',
    criterium: 'A-c',
    label: 'Eén plan per gezin',
    tekst: 'Uitgangspunt bij de aanpak is dat de netwerkpartners werken met een gezamenlijk plan per gezin',
    varianten: [
      'Uitgangspunt bij de aanpak is dat de netwerkpartners werken met en gezamenlijk plan per gezin',
    ],
  },
  {
    code: 'A12',
    criterium: 'A-c',
    label: 'Alle gezinsleden en leefgebieden',
    tekst:
      'Uitgangspunt bij de aanpak is dat deze betrekking heeft op de problemen van alle gezinsleden en op alle leefgebieden',
  },
  {
    code: 'A13',
    criterium: 'A-d',
    label: 'Outreachend',
    tekst: 'Uitgangspunt bij de aanpak is dat outreachend wordt gewerkt',
  },
  {
    code: 'A14',
    criterium: 'A-d',
    label: 'Gezin niet losgelaten',
    tekst: 'Uitgangspunt bij de aanpak is dat het gezin niet wordt losgelaten',
  },
  {
    code: 'S1',
    criterium: 'S-a',
    label: 'Gemeente voert regie',
    tekst: 'De gemeente voert regie op de aanpak voor GGSR',
  },
  {
    code: 'S2',
    criterium: 'S-a',
    label: 'Opschaling',
    tekst:
      'Bij stagnatie van de intensieve zorg en ondersteuning op casusniveau zijn opschalingsmogelijkheden geregeld',
  },
  {
    code: 'S3',
    criterium: 'S-b',
    label: 'Relevante partijen verbonden',
    tekst: 'Alle partijen die relevant zijn, zijn verbonden aan de aanpak',
  },
  {
    code: 'S4',
    criterium: 'S-b',
    label: 'Samenwerkingsafspraken',
    tekst: 'Er zijn samenwerkingsafspraken gemaakt over de aanpak',
  },
  {
    code: 'S5',
    criterium: 'S-b',
    label: 'Bevoegdheid medewerkers',
    tekst:
      'De netwerkpartners geven hun medewerkers de bevoegdheid om beslissingen te nemen over de intensieve zorg en ondersteuning voor de gezinnen',
  },
  {
    code: 'S6',
    criterium: 'S-c',
    label: 'Informatie delen',
    tekst: 'Netwerkpartners hebben afspraken gemaakt over het actief delen van informatie',
  },
  {
    code: 'C1',
    criterium: 'C-a',
    label: 'Duur toereikend',
    tekst:
      'De afspraak is dat de intensieve zorg en ondersteuning doorlopen totdat de problemen zijn opgelost of beheersbaar zijn',
  },
  {
    code: 'C2',
    criterium: 'C-b',
    label: 'Beschikbaarheid zorg (flexibel)',
    tekst:
      'Netwerkpartners zorgen voor beschikbaarheid van zorg en ondersteuning voor de gezinnen binnen de aanpak',
  },
  {
    code: 'C3',
    criterium: 'C-c',
    label: 'Vervolg',
    tekst:
      'Netwerkpartners hebben de afspraak gemaakt dat de intensieve zorg en ondersteuning indien nodig een vervolg kunnen krijgen',
  },
];

export const INDICATOR_CODES: readonly string[] = INDICATOREN.map((i) => i.code);

const indicatorByCode = new Map(INDICATOREN.map((i) => [i.code, i]));
const criteriumByCode = new Map(CRITERIA.map((c) => [c.code, c]));
const themaByCode = new Map(THEMAS.map((t) => [t.code, t]));

export function isIndicatorCode(value: string): boolean {
  return indicatorByCode.has(value);
}

/** The indicator with this code; throws on an unknown code. */
export function indicator(code: string): Indicator {
  const found = indicatorByCode.get(code);
  if (!found) throw new Error(`invalid indicator: ${code}`);
  return found;
}

export function criteriumOf(code: string): Criterium {
  const c = criteriumByCode.get(indicator(code).criterium);
  if (!c) throw new Error(`invalid criterium for indicator: ${code}`);
  return c;
}

export function themaOf(code: string): Thema {
  const t = themaByCode.get(criteriumOf(code).thema);
  if (!t) throw new Error(`invalid thema for indicator: ${code}`);
  return t;
}

export function thema(code: ThemaCode): Thema {
  const t = themaByCode.get(code);
  if (!t) throw new Error(`invalid thema: ${code}`);
  return t;
}
