/**
 * A search in the Bevindingen table that reads only the text parts its page needs (#18): the request
 * for `zoekBereik` (src/db/zoekBereik.ts), and the table's filter within the range it found.
 */
import type { ZoekBereik, ZoekBereikOpdracht } from '../db/zoekBereik';
import {
  bevindingenAantal,
  bevindingenVolgorde,
  PAGINA_GROOTTE,
  tekstBehoefte,
  type BevindingenAantal,
  type BevindingenFilter,
  type BevindingSortering,
} from './queries-bevindingen';

/**
 * The range request for page `pagina` of a search, or null when the whole search is read at once:
 * no search, an order that is not by gemeente first, or `alles` (the reader asked for the full count).
 */
export function bevindingenBereik(
  f: BevindingenFilter,
  sortering: BevindingSortering | null,
  pagina: number,
  alles = false,
): ZoekBereikOpdracht<BevindingenAantal> | null {
  const zoek = tekstBehoefte(f);
  if (alles || typeof zoek === 'string' || Array.isArray(zoek) || !('zoek' in zoek)) return null;
  const volgorde = bevindingenVolgorde(f, sortering);
  if (volgorde === null) return null;
  const p = Number.isSafeInteger(pagina) && pagina > 0 ? pagina : 1;
  return {
    zoek,
    volgorde,
    aantal: (gemeenten) => bevindingenAantal({ ...f, gemeenten }),
    nodig: p * PAGINA_GROOTTE,
  };
}

/** The table's filter within a range: the gemeenten read (all of them when the range is everywhere). */
export function binnenBereik(f: BevindingenFilter, bereik: ZoekBereik<unknown>): BevindingenFilter {
  return bereik.gemeenten === null ? f : { ...f, gemeenten: bereik.gemeenten };
}
