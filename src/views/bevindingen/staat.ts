/**
 * The state of the Bevindingen table in the URL (pure; registered in views/registry.ts):
 * `zoek`, `oordeel`, `filter-jaar`, `filter-provincie`, `filter-gemeente`, `filter-aanpak`, `filter-thema`,
 * `filter-indicator`, `let-op`, `sorteer-tabel` and `pagina`. Every value is checked; the view reads the state back with
 * `leesTabelStaat` and writes it with `schrijfTabelStaat`.
 */
import { OORDELEN, type Oordeel } from '../../model/queries';
import {
  BEVINDING_KOLOMMEN,
  MAX_ZOEK,
  type BevindingKolom,
  type BevindingSortering,
  type BevindingenFilter,
} from '../../model/queries-bevindingen';
import { INDICATOR_CODES, THEMAS, type ThemaCode } from '../../model/toetsingskader';
import type { KnownIds, UrlParamSpec } from '../../store';
import type { FilterInvoer } from '../../store/filterWoorden';
import { DEFAULT_FILTERS } from '../../store/types';

export const P = {
  zoek: 'zoek',
  oordeel: 'oordeel',
  jaar: 'filter-jaar',
  provincie: 'filter-provincie',
  gemeente: 'filter-gemeente',
  aanpak: 'filter-aanpak',
  thema: 'filter-thema',
  indicator: 'filter-indicator',
  letOp: 'let-op',
  sorteer: 'sorteer-tabel',
  pagina: 'pagina',
} as const;
export type TabelParam = (typeof P)[keyof typeof P];

/** Highest page number a URL may ask for (the data has 9 pages). */
const MAX_PAGINA = 999;

/** Column ids (TanStack and SQL whitelist) and their name in the URL. */
const KOLOM_IN_URL: Readonly<Record<BevindingKolom, string>> = {
  gemeente: 'gemeente',
  aanpak: 'aanpak',
  thema: 'thema',
  criterium: 'criterium',
  indicator: 'indicator',
  oordeel: 'oordeel',
  let_op: 'let-op',
  bevinding: 'bevinding',
};
const KOLOM_UIT_URL = new Map(BEVINDING_KOLOMMEN.map((k) => [KOLOM_IN_URL[k], k]));

export interface TabelStaat {
  readonly zoek: string;
  /** Only the aanpakken of this jaar; null = every jaar. */
  readonly jaar: number | null;
  readonly provincie: string | null;
  readonly gemeente: string | null;
  readonly aanpak: string | null;
  readonly thema: string | null;
  readonly indicator: string | null;
  /** Chosen oordelen in OORDELEN order; [] = all. */
  readonly oordelen: readonly Oordeel[];
  readonly letOp: 'met' | 'zonder' | null;
  readonly sortering: BevindingSortering | null;
  /** 1-based. */
  readonly pagina: number;
}

export const LEGE_STAAT: TabelStaat = {
  zoek: '',
  jaar: null,
  provincie: null,
  gemeente: null,
  aanpak: null,
  thema: null,
  indicator: null,
  oordelen: [],
  letOp: null,
  sortering: null,
  pagina: 1,
};

/** `oordeel=verbeterpunt,onduidelijk` -> list in OORDELEN order, or null when invalid. */
export function leesOordelen(v: string): Oordeel[] | null {
  const delen = v.split(',');
  if (delen.length > OORDELEN.length || new Set(delen).size !== delen.length) return null;
  if (!delen.every((d) => (OORDELEN as readonly string[]).includes(d))) return null;
  return OORDELEN.filter((o) => delen.includes(o));
}

export function leesSortering(v: string): BevindingSortering | null {
  const aflopend = v.endsWith('-aflopend');
  const kolom = KOLOM_UIT_URL.get(aflopend ? v.slice(0, -'-aflopend'.length) : v);
  return kolom ? { kolom, aflopend } : null;
}

export function schrijfSortering(s: BevindingSortering): string {
  return `${KOLOM_IN_URL[s.kolom]}${s.aflopend ? '-aflopend' : ''}`;
}

export function leesPagina(v: string): number | null {
  if (!/^[1-9][0-9]{0,2}$/.test(v)) return null;
  const n = Number(v);
  return n <= MAX_PAGINA ? n : null;
}

const THEMA_CODES: readonly string[] = THEMAS.map((t) => t.code);

/** The URL params of the table, each with its check. */
export const TABEL_PARAMS: readonly UrlParamSpec[] = [
  { name: P.zoek, validate: (v) => v.length <= MAX_ZOEK && v.trim() !== '' },
  { name: P.oordeel, validate: (v) => leesOordelen(v) !== null },
  {
    name: P.jaar,
    validate: (v, known: KnownIds) => /^\d{4}$/.test(v) && (known.jaren ?? []).includes(Number(v)),
  },
  { name: P.provincie, validate: (v, known: KnownIds) => (known.provincies ?? []).includes(v) },
  { name: P.gemeente, validate: (v, known: KnownIds) => known.gemeenten.includes(v) },
  { name: P.aanpak, validate: (v, known: KnownIds) => known.aanpakken.includes(v) },
  { name: P.thema, validate: (v) => THEMA_CODES.includes(v) },
  { name: P.indicator, validate: (v) => INDICATOR_CODES.includes(v) },
  { name: P.letOp, validate: (v) => v === 'met' || v === 'zonder' },
  { name: P.sorteer, validate: (v) => leesSortering(v) !== null },
  { name: P.pagina, validate: (v) => leesPagina(v) !== null },
];

/** The table state from the store's `extra` values (anything invalid counts as not set). */
export function leesTabelStaat(extra: Readonly<Record<string, string>>): TabelStaat {
  const get = (name: TabelParam) => extra[name] ?? null;
  const check = (name: TabelParam, ok: (v: string) => boolean) => {
    const v = get(name);
    return v !== null && ok(v) ? v : null;
  };
  const zoek = check(P.zoek, (v) => v.length <= MAX_ZOEK) ?? '';
  const oordelen = leesOordelen(get(P.oordeel) ?? '') ?? [];
  const letOp = get(P.letOp);
  return {
    zoek,
    jaar: Number(check(P.jaar, (v) => /^\d{4}$/.test(v)) ?? NaN) || null,
    provincie: check(P.provincie, (v) => v.length <= 80),
    gemeente: check(P.gemeente, (v) => /^[a-z0-9.-]{1,80}$/.test(v)),
    aanpak: check(P.aanpak, (v) => /^[a-z0-9.-]{1,80}$/.test(v)),
    thema: check(P.thema, (v) => THEMA_CODES.includes(v)),
    indicator: check(P.indicator, (v) => INDICATOR_CODES.includes(v)),
    oordelen: oordelen.length === OORDELEN.length ? [] : oordelen,
    letOp: letOp === 'met' || letOp === 'zonder' ? letOp : null,
    sortering: leesSortering(get(P.sorteer) ?? ''),
    pagina: leesPagina(get(P.pagina) ?? '') ?? 1,
  };
}

/** The `extra` values for a table state (null = remove the param); defaults are left out. */
export function schrijfTabelStaat(s: TabelStaat): Record<TabelParam, string | null> {
  const oordelen = s.oordelen.length === OORDELEN.length ? [] : s.oordelen;
  const zoek = s.zoek.slice(0, MAX_ZOEK);
  return {
    [P.zoek]: zoek.trim() === '' ? null : zoek,
    [P.oordeel]: oordelen.length ? OORDELEN.filter((o) => oordelen.includes(o)).join(',') : null,
    [P.jaar]: s.jaar === null ? null : String(s.jaar),
    [P.provincie]: s.provincie,
    [P.gemeente]: s.gemeente,
    [P.aanpak]: s.aanpak,
    [P.thema]: s.thema,
    [P.indicator]: s.indicator,
    [P.letOp]: s.letOp,
    [P.sorteer]: s.sortering ? schrijfSortering(s.sortering) : null,
    [P.pagina]: s.pagina > 1 ? String(Math.min(s.pagina, MAX_PAGINA)) : null,
  } as Record<TabelParam, string | null>;
}

/** The query filter for a table state. */
export function filterVan(s: TabelStaat): BevindingenFilter {
  return {
    zoek: s.zoek,
    ...(s.jaar !== null ? { jaar: s.jaar } : {}),
    ...(s.provincie !== null ? { provincies: [s.provincie] } : {}),
    gemeenten: s.gemeente ? [s.gemeente] : [],
    aanpakken: s.aanpak ? [s.aanpak] : [],
    themas: s.thema ? [s.thema] : [],
    indicatoren: s.indicator ? [s.indicator] : [],
    oordelen: s.oordelen,
    letOp: s.letOp,
  };
}

/** The table state as filters to put in words (store/filterWoorden.ts). */
export function filterInvoerVan(s: TabelStaat): FilterInvoer {
  return {
    ...DEFAULT_FILTERS,
    gemeenten: s.gemeente ? [s.gemeente] : [],
    aanpakken: s.aanpak ? [s.aanpak] : [],
    themas: s.thema ? [s.thema as ThemaCode] : [],
    indicator: s.indicator,
    oordelen: s.oordelen,
    letOp: s.letOp,
    zoek: s.zoek,
  };
}
