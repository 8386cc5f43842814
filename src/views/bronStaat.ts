/**
 * The URL of the source view: `?weergave=bron&bestand=003_ad61aa6d5b713ddd.txt&markeer=emmen.oggz~A9`.
 * `bestand` names a source document (a plain file name), `markeer` the oordeel whose block is
 * highlighted (`oordeel` is taken: the Bevindingen table's filter). Both params belong to the view
 * `bron`, so they stay out of the links of other views.
 */
import { DEFAULT_URL_STATE, registerUrlParam, type Cel, type KnownIds, type UrlParamSpec } from '../store';
import type { UrlState } from '../store';
import { INDICATOR_CODES } from '../model/toetsingskader';

/** A source file name as the ingest writes it: no path, no leading dot. */
const BESTANDSNAAM = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

export function isBestandsnaam(v: string): boolean {
  return BESTANDSNAAM.test(v);
}

/** `aanpak~INDICATOR` of a known aanpak, or null. */
export function leesOordeel(v: string | undefined, known: KnownIds | null): Cel | null {
  if (!v) return null;
  const [aanpak = '', code = '', ...rest] = v.split('~');
  const a = aanpak.toLowerCase();
  const i = code.toUpperCase();
  if (rest.length || !INDICATOR_CODES.includes(i) || !/^[a-z0-9][a-z0-9._-]{0,79}$/.test(a)) return null;
  return known && !known.aanpakken.includes(a) ? null : { aanpak: a, indicator: i };
}

export const BESTAND_PARAM: UrlParamSpec = { name: 'bestand', view: 'bron', validate: isBestandsnaam };
export const MARKEER_PARAM: UrlParamSpec = {
  name: 'markeer',
  view: 'bron',
  validate: (v, known) => leesOordeel(v, known) !== null,
};
export const BRON_PARAMS: readonly UrlParamSpec[] = [BESTAND_PARAM, MARKEER_PARAM];

for (const spec of BRON_PARAMS) registerUrlParam(spec);

/** The URL state of the source view for a document and, optionally, one oordeel in it. */
export function bronUrlState(taal: UrlState['taal'], bestand: string, oordeel: Cel | null = null): UrlState {
  return {
    ...DEFAULT_URL_STATE,
    view: 'bron',
    taal,
    extra: oordeel ? { bestand, markeer: `${oordeel.aanpak}~${oordeel.indicator}` } : { bestand },
  };
}
