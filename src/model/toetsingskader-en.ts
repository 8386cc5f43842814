/**
 * Our English translation of the toetsingskader (./toetsingskader.ts), keyed by code. It is ours, not
 * STJ's: the app says so and keeps the Dutch official text one click away (views/KaderTekst.tsx).
 * A translation is only shown where the Dutch text equals the toetsingskader's (see `kaderEngels`).
 */
import { CRITERIA, INDICATOREN, THEMAS, type ThemaCode } from './toetsingskader';

export const THEMAS_EN: Readonly<Record<ThemaCode, { naam: string; omschrijving: string }>> = {
  T: { naam: 'Referral', omschrijving: 'families are identified and reached by the approach' },
  G: {
    naam: 'Family at the centre',
    omschrijving: 'the approach puts the family and its social network at the centre',
  },
  A: {
    naam: 'Approach',
    omschrijving:
      'the approach is planned, coherent and persistent, and the coordinator is equipped for the role',
  },
  S: {
    naam: 'Cooperation',
    omschrijving: 'there must be good cooperation between the agencies involved with a family',
  },
  C: {
    naam: 'Continuity',
    omschrijving:
      'where needed, care and support must be available for a long time, varying in kind and intensity',
  },
};

export const CRITERIA_EN: Readonly<Record<string, string>> = {
  'T-a': 'Families with low social self-reliance (GGSR) are identified',
  'T-b': 'The approach reaches all families that need it',
  'G-a': 'The approach puts the family and its social network at the centre',
  'A-a': 'Planned',
  'A-b': 'A well-equipped coordinator',
  'A-c': 'Coherent',
  'A-d': 'Persistent',
  'S-a': 'Coordination',
  'S-b': 'The parties needed take part in the approach',
  'S-c': 'Sufficient information',
  'C-a': 'The approach lasts long enough',
  'C-b': 'The approach is flexible',
  'C-c': 'The approach is followed up where needed',
};

export const INDICATOREN_EN: Readonly<Record<string, { label: string; tekst: string }>> = {
  T1: {
    label: 'One definition of GGSR',
    tekst: 'All network partners use the same definition of GGSR',
  },
  T2: {
    label: 'Insight into the population',
    tekst: 'The municipality has insight into its GGSR population',
  },
  T3: {
    label: 'Referral point known',
    tekst: 'The network partners know where families can be referred to the approach',
  },
  T4: {
    label: 'Parties refer families',
    tekst: 'Network partners and all relevant parties refer GGSR families to the approach',
  },
  G1: {
    label: "Family's own strength",
    tekst: "Within the approach, the family's own strength is supported and used",
  },
  G2: { label: 'Social network', tekst: "Within the approach, the family's social network is used" },
  G3: {
    label: "Family's needs as the starting point",
    tekst: "Within the approach, the family's needs are the starting point in deciding what is needed",
  },
  A1: { label: 'Policy for GGSR', tekst: 'The municipality has a policy for the GGSR group' },
  A2: { label: 'Shared vision', tekst: 'The municipality ensures a shared vision of the approach for GGSR' },
  A3: { label: 'Shared goals', tekst: 'The network partners have set shared goals for the approach to GGSR' },
  A4: { label: 'Results recorded', tekst: 'The results of the approach are recorded' },
  A5: {
    label: 'Network partners evaluate',
    tekst: 'The network partners evaluate the results of the approach',
  },
  A6: { label: 'Municipality evaluates', tekst: 'The municipality evaluates the results of the approach' },
  A7: {
    label: 'Policy continued/adjusted',
    tekst: 'Based on the evaluation, the policy is continued or adjusted',
  },
  A8: {
    label: 'One central person (coordinator)',
    tekst:
      'In the approach, the family has one central person who coordinates the intensive care and support for the family (the coordinator)',
  },
  A9: {
    label: 'Authority to push through',
    tekst: "The coordinator's authority to push decisions through is arranged",
  },
  A10: {
    label: 'Coordinator equipped',
    tekst: 'The coordinator is sufficiently equipped to perform the role',
  },
  A11: {
    label: 'One plan per family',
    tekst: 'The approach starts from the network partners working with one joint plan per family',
  },
  A12: {
    label: 'All family members and areas of life',
    tekst: 'The approach starts from covering the problems of all family members and all areas of life',
  },
  A13: { label: 'Outreaching', tekst: 'The approach starts from working in an outreaching way' },
  A14: { label: 'Family not let go', tekst: 'The approach starts from not letting go of the family' },
  S1: { label: 'Municipality directs', tekst: 'The municipality directs the approach for GGSR' },
  S2: {
    label: 'Escalation',
    tekst: 'When intensive care and support stall in an individual case, ways to escalate are arranged',
  },
  S3: { label: 'Relevant parties involved', tekst: 'All relevant parties are involved in the approach' },
  S4: { label: 'Cooperation agreements', tekst: 'Cooperation agreements have been made about the approach' },
  S5: {
    label: 'Staff authority',
    tekst:
      'The network partners give their staff the authority to take decisions on the intensive care and support for the families',
  },
  S6: {
    label: 'Sharing information',
    tekst: 'Network partners have made agreements on actively sharing information',
  },
  C1: {
    label: 'Long enough',
    tekst:
      'It is agreed that the intensive care and support continue until the problems are solved or manageable',
  },
  C2: {
    label: 'Availability of care (flexible)',
    tekst: 'Network partners make care and support available to the families in the approach',
  },
  C3: {
    label: 'Follow-up',
    tekst: 'Network partners have agreed that the intensive care and support can be followed up where needed',
  },
};

/** Which text of the toetsingskader: a thema's name or description, a criterium, an indicator's label or text. */
export type KaderSoort = 'thema' | 'omschrijving' | 'criterium' | 'label' | 'tekst';

const NL: Readonly<Record<KaderSoort, ReadonlyMap<string, string>>> = {
  thema: new Map(THEMAS.map((t) => [t.code, t.naam])),
  omschrijving: new Map(THEMAS.map((t) => [t.code, t.omschrijving])),
  criterium: new Map(CRITERIA.map((c) => [c.code, c.tekst])),
  label: new Map(INDICATOREN.map((i) => [i.code, i.label])),
  tekst: new Map(INDICATOREN.map((i) => [i.code, i.tekst])),
};

const thema = new Map(THEMAS.map((t) => [t.naam, t.code]));
const criterium = new Map(CRITERIA.map((c) => [c.tekst, c.code]));
const indicator = new Map(INDICATOREN.map((i) => [i.code, i]));

/**
 * Our English for a Dutch toetsingskader text, or null when we have none: an unknown code, or a Dutch
 * text that is not the toetsingskader's (other data; then the Dutch is shown as it is).
 * `code` is the thema code, criterium code or indicator code; without one, thema's and criteria are
 * found by their Dutch text.
 */
export function kaderEngels(soort: KaderSoort, nl: string, code?: string): string | null {
  const sleutel =
    code ?? (soort === 'thema' ? thema.get(nl) : soort === 'criterium' ? criterium.get(nl) : undefined);
  if (!sleutel || NL[soort].get(sleutel) !== nl) return null;
  switch (soort) {
    case 'thema':
      return THEMAS_EN[sleutel as ThemaCode]?.naam ?? null;
    case 'omschrijving':
      return THEMAS_EN[sleutel as ThemaCode]?.omschrijving ?? null;
    case 'criterium':
      return CRITERIA_EN[sleutel] ?? null;
    case 'label':
    case 'tekst':
      return indicator.has(sleutel) ? (INDICATOREN_EN[sleutel]?.[soort] ?? null) : null;
  }
}
