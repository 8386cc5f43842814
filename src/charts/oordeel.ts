/** How an oordeel looks: symbol, word and colours (d3 ordinal scales). Framework-free. */
import { scaleOrdinal } from 'd3';
import { app } from '../i18n/berichten';
import type { Tekst } from '../i18n/core';
import { OORDELEN, type Oordeel } from '../model/queries';

export const OORDEEL_SYMBOOL: Readonly<Record<Oordeel, string>> = {
  voldoet: '√',
  verbeterpunt: 'X',
  onduidelijk: '?',
};

/** The word for an oordeel: `t(OORDEEL_WOORD[o])` ("verbeterpunt" / "needs improvement"). */
export const OORDEEL_WOORD: Readonly<Record<Oordeel, Tekst>> = {
  voldoet: app.voldoet,
  verbeterpunt: app.verbeterpunt,
  onduidelijk: app.onduidelijk,
};

/** Cell background per oordeel. Each pair below has a contrast ratio of at least 6:1. */
export const oordeelAchtergrond = scaleOrdinal<Oordeel, string>()
  .domain(OORDELEN)
  .range(['#d5ecd8', '#b42318', '#fff0b3'])
  .unknown('#eeeeee');

/** Symbol colour per oordeel. */
export const oordeelTekst = scaleOrdinal<Oordeel, string>()
  .domain(OORDELEN)
  .range(['#12502b', '#ffffff', '#4d3800'])
  .unknown('#333333');

const GEDIMD = { background: '#f2f2f2', color: '#5f5f5f' } as const;

/** Background and text colour of a cell; dimmed cells are neutral grey (still readable). */
export function oordeelKleuren(oordeel: Oordeel, gedimd = false): { background: string; color: string } {
  if (gedimd) return { ...GEDIMD };
  return { background: oordeelAchtergrond(oordeel), color: oordeelTekst(oordeel) };
}

export function isOordeel(v: unknown): v is Oordeel {
  return typeof v === 'string' && (OORDELEN as readonly string[]).includes(v);
}
