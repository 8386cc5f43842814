/**
 * The STJ toetsingskader (2013) for GGSR: 5 thema's, 13 criteria, 30 indicators, in the data file
 * ./toetsingskader.nl.json. Codes are stable: URLs, tools and the data files rely on them (issue #2).
 * Full texts are as printed in the factsheets; `varianten` holds other spellings found in them.
 */
import KADER from './toetsingskader.nl.json';

/** The thema codes, in the toetsingskader's order. */
export const THEMA_CODES = ['T', 'G', 'A', 'S', 'C'] as const;
export type ThemaCode = (typeof THEMA_CODES)[number];

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

function themaCode(code: string): ThemaCode {
  const c = THEMA_CODES.find((t) => t === code);
  if (!c) throw new Error(`src/model/toetsingskader.nl.json: unknown thema code "${code}"`);
  return c;
}

export const THEMAS: readonly Thema[] = KADER.themas.map((t) => ({ ...t, code: themaCode(t.code) }));

export const CRITERIA: readonly Criterium[] = KADER.criteria.map((c) => ({
  ...c,
  thema: themaCode(c.thema),
}));

export const INDICATOREN: readonly Indicator[] = KADER.indicatoren;

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
