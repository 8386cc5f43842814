/**
 * URL <-> state. Readable Dutch params with indicator codes, e.g.
 * `?weergave=heatmap&gemeente=emmen,gouda&thema=A&alleen=verbeterpunten&sorteer=verbeterpunten&cel=emmen.oggz~A9`.
 * Every value is checked against known ids/codes; anything else is dropped with a message in the
 * link's language (`taal=en` gives English messages; otherwise Dutch).
 */
import { isTaal, STANDAARD_TAAL, vertaal, type Taal, type Tekst, type Waarden } from '../i18n/core';
import { url as M } from '../i18n/berichten';
import type { RijSortering } from '../model/queries';
import { INDICATOR_CODES, THEMAS, type ThemaCode } from '../model/toetsingskader';
import { filterParams, zoekString } from './filterUrl';
import {
  DEFAULT_FILTERS,
  DEFAULT_URL_STATE,
  VIEW_IDS,
  type Cel,
  type Filters,
  type KnownIds,
  type UrlState,
  type ViewId,
} from './types';

/** An extra URL param owned by a view (e.g. a search box). Register it with `registerUrlParam`. */
export interface UrlParamSpec {
  /** Param name in the URL; lowercase Dutch word. */
  readonly name: string;
  /** Whether a (already length- and markup-checked) value is acceptable. */
  validate(value: string, known: KnownIds): boolean;
  /** The view that owns the param: it is left out of the links of other views. */
  readonly view?: ViewId;
}

/** The URL params of the app core; no view may register these names. */
export const RESERVED = new Set([
  'weergave',
  'gemeente',
  'aanpak',
  'thema',
  'alleen',
  'sorteer',
  'cel',
  'indicator',
  'taal',
]);
const registry = new Map<string, UrlParamSpec>();

/** Add a URL param for a view. Call at module top level of the view, before the app boots. */
export function registerUrlParam(spec: UrlParamSpec): void {
  if (RESERVED.has(spec.name) || !/^[a-z][a-z0-9-]{0,29}$/.test(spec.name)) {
    throw new Error(`URL param name not allowed: ${spec.name}`);
  }
  // Two views cannot share a param name: one would silently take the other's values.
  const eerder = registry.get(spec.name);
  if (eerder && eerder !== spec && eerder.view !== spec.view)
    throw new Error(`URL param name already used by another view: ${spec.name}`);
  registry.set(spec.name, spec);
}

/** The registered extra params, in registration order. */
export function registeredUrlParams(): readonly UrlParamSpec[] {
  return [...registry.values()];
}

const MAX_SEARCH = 4000;
const MAX_VALUES = 50;
const MAX_EXTRA = 200;
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u001f\u007f<>]/;

/** The `taal` of a search string: the language, or an invalid value (null when absent). */
function taalParam(params: URLSearchParams): { taal: Taal; ongeldig: string | null } {
  const v = firstValue(params, 'taal');
  if (v === null) return { taal: STANDAARD_TAAL, ongeldig: null };
  return isTaal(v) ? { taal: v, ongeldig: null } : { taal: STANDAARD_TAAL, ongeldig: v };
}

/** Only the language of a search string (for the first render before the data has loaded). */
export function parseTaal(search: string): Taal {
  return taalParam(new URLSearchParams(search.slice(0, MAX_SEARCH))).taal;
}

function listValues(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function firstValue(params: URLSearchParams, name: string): string | null {
  const v = params.getAll(name).find((x) => x.trim() !== '');
  return v === undefined ? null : v.trim();
}

function inOrder<T extends string>(wanted: Set<string>, order: readonly T[]): T[] {
  return order.filter((x) => wanted.has(x));
}

/** Parse a `location.search`; returns a complete state and Dutch messages for what was dropped. */
export function parseUrl(
  search: string,
  known: KnownIds,
  extras: readonly UrlParamSpec[] = registeredUrlParams(),
): { state: UrlState; problems: string[] } {
  const problems: string[] = [];
  if (search.length > MAX_SEARCH) {
    return { state: DEFAULT_URL_STATE, problems: [vertaal(STANDAARD_TAAL, M.teLang)] };
  }
  const params = new URLSearchParams(search);
  const { taal, ongeldig } = taalParam(params);
  const melding = (m: Tekst, w?: Waarden) => problems.push(vertaal(taal, m, w));
  /** A value safe to repeat in a message, or a neutral description. */
  const shown = (value: string) => (TOKEN.test(value) ? `"${value}"` : vertaal(taal, M.ongeldigeWaarde));
  if (ongeldig !== null) melding(M.taalOnbekend, { w: shown(ongeldig) });

  let view: ViewId = DEFAULT_URL_STATE.view;
  const w = firstValue(params, 'weergave');
  if (w !== null) {
    if ((VIEW_IDS as readonly string[]).includes(w)) view = w as ViewId;
    else melding(M.onderdeelBestaatNiet, { w: shown(w) });
  }

  const idList = (
    name: string,
    onbekend: Tekst,
    allowed: readonly string[],
    normalise: (v: string) => string,
  ) => {
    let values = listValues(params, name);
    if (values.length > MAX_VALUES) {
      melding(M.teVeelWaarden, { naam: name, max: MAX_VALUES });
      values = values.slice(0, MAX_VALUES);
    }
    const ok = new Set<string>();
    for (const v of values) {
      const n = normalise(v);
      if (TOKEN.test(v) && allowed.includes(n)) ok.add(n);
      else if (TOKEN.test(v)) melding(onbekend, { w: shown(v) });
      else melding(M.ongeldigInLijst, { naam: name });
    }
    const ordered = inOrder(ok, allowed);
    return ordered.length === allowed.length ? [] : ordered;
  };

  const lower = (v: string) => v.toLowerCase();
  const upper = (v: string) => v.toUpperCase();
  const themaCodes = THEMAS.map((t) => t.code);
  const filters: Filters = {
    gemeenten: idList('gemeente', M.gemeenteOnbekend, known.gemeenten, lower),
    aanpakken: idList('aanpak', M.aanpakOnbekend, known.aanpakken, lower),
    themas: idList('thema', M.themaOnbekend, themaCodes, upper) as ThemaCode[],
    alleenVerbeterpunten: false,
    sorteer: DEFAULT_FILTERS.sorteer,
  };

  const alleen = firstValue(params, 'alleen');
  let alleenVerbeterpunten = false;
  if (alleen !== null) {
    if (alleen === 'verbeterpunten') alleenVerbeterpunten = true;
    else melding(M.alleenOnbekend, { w: shown(alleen) });
  }
  const s = firstValue(params, 'sorteer');
  let sorteer: RijSortering = DEFAULT_FILTERS.sorteer;
  if (s !== null) {
    if (s === 'verbeterpunten' || s === 'volgorde') sorteer = s;
    else melding(M.sorteringOnbekend, { w: shown(s) });
  }

  let indicator: string | null = null;
  const ind = firstValue(params, 'indicator');
  if (ind !== null) {
    if (TOKEN.test(ind) && INDICATOR_CODES.includes(ind.toUpperCase())) indicator = ind.toUpperCase();
    else melding(M.indicatorOnbekend, { w: shown(ind) });
  }

  let cel: Cel | null = null;
  const c = firstValue(params, 'cel');
  if (c !== null) {
    const [aanpak = '', code = '', ...rest] = c.split('~');
    const a = aanpak.toLowerCase();
    const i = code.toUpperCase();
    if (
      rest.length === 0 &&
      TOKEN.test(aanpak) &&
      TOKEN.test(code) &&
      known.aanpakken.includes(a) &&
      INDICATOR_CODES.includes(i)
    ) {
      cel = { aanpak: a, indicator: i };
    } else {
      const desc =
        TOKEN.test(aanpak) && TOKEN.test(code) && rest.length === 0
          ? `"${aanpak}~${code}"`
          : vertaal(taal, M.celUitLink);
      melding(M.celOnbekend, { w: desc });
    }
  }

  const extra: Record<string, string> = {};
  for (const spec of extras) {
    const v = firstValue(params, spec.name);
    if (v === null) continue;
    if (v.length <= MAX_EXTRA && !UNSAFE_TEXT.test(v) && spec.validate(v, known)) extra[spec.name] = v;
    else melding(M.extraOngeldig, { w: shown(v), naam: spec.name });
  }

  return {
    state: { view, filters: { ...filters, alleenVerbeterpunten, sorteer }, cel, indicator, extra, taal },
    problems,
  };
}

/** The canonical `?…` search string for a state (defaults are left out, except `weergave`). */
export function formatUrl(state: UrlState, extras: readonly UrlParamSpec[] = registeredUrlParams()): string {
  const parts: [string, string][] = [['weergave', state.view], ...filterParams(state.filters)];
  if (state.indicator) parts.push(['indicator', state.indicator]);
  if (state.cel) parts.push(['cel', `${state.cel.aanpak}~${state.cel.indicator}`]);
  for (const spec of extras) {
    const v = state.extra[spec.name];
    if (v !== undefined && v !== '' && (!spec.view || spec.view === state.view)) parts.push([spec.name, v]);
  }
  if (state.taal !== STANDAARD_TAAL) parts.push(['taal', state.taal]);
  return zoekString(parts);
}

/** Only the `weergave` of a search string (for the nav before the data has loaded). */
export function parseView(search: string): ViewId {
  const w = new URLSearchParams(search.slice(0, MAX_SEARCH)).get('weergave');
  return w && (VIEW_IDS as readonly string[]).includes(w) ? (w as ViewId) : DEFAULT_URL_STATE.view;
}
