/**
 * The aggregated heatmap (#4): indicators in rows, one column per provincie or gemeente, each cell
 * counting the aanpakken with a verbeterpunt. Framework-free, unit-tested.
 */
import { interpolateOrRd, quantize, scaleQuantize } from 'd3';
import { schaal } from '../i18n/berichten';
import { getal, meervoud, percentage, vertaal, type Taal } from '../i18n/core';
import { telling, type RijSortering, type RijTotaal, type Telling } from '../model/queries';
import type { OverzichtCel, OverzichtKolom, OverzichtNiveau } from '../model/queries-schaal';
import { stap, type Richting } from './raster';
import { inSecties, type CriteriumKop, type SectieVan } from './secties';

export interface OverzichtGroep {
  /** provincie name or gemeente_id; null for gemeenten without a provincie (not zoomable). */
  readonly groep: string | null;
  readonly naam: string;
  readonly provincie: string | null;
  readonly aanpakken: number;
  readonly gemeenten: number;
  readonly totaal: Telling;
}

export interface OverzichtWaarde extends Telling {
  readonly groep: string | null;
  readonly naam: string;
  readonly indicator: string;
  readonly label: string;
  /** verbeterpunt / totaal, 0..1 */
  readonly aandeel: number;
  /** Colour class 0..AANDEEL_KLASSEN-1 (see `aandeelKlasse`). */
  readonly klasse: number;
}

export interface OverzichtRij {
  readonly indicator: string;
  readonly label: string;
  readonly tekst: string;
  readonly thema: string;
  readonly totaal: Telling;
  /** Aligned with `kolommen`; null when the group has no oordeel on this indicator. */
  readonly cellen: readonly (OverzichtWaarde | null)[];
}

export type OverzichtItem = CriteriumKop | { readonly soort: 'rij'; readonly rij: OverzichtRij };

export type OverzichtSectie = SectieVan<OverzichtItem>;

export interface OverzichtModel {
  readonly niveau: OverzichtNiveau;
  readonly kolommen: readonly OverzichtGroep[];
  readonly rijen: readonly OverzichtRij[];
  readonly secties: readonly OverzichtSectie[];
}

/** Number of colour classes of the share of aanpakken with a verbeterpunt. */
export const AANDEEL_KLASSEN = 5;
/** Shares from this value up get the darkest class. */
export const AANDEEL_MAX = 0.5;

/**
 * The share of aanpakken with a verbeterpunt, in AANDEEL_KLASSEN equal classes over 0..AANDEEL_MAX
 * (a d3 quantize scale; shares above AANDEEL_MAX fall in the last class). Fixed, so a colour means the
 * same at every zoom level.
 */
export const aandeelKlasse = scaleQuantize<number>()
  .domain([0, AANDEEL_MAX])
  .range(Array.from({ length: AANDEEL_KLASSEN }, (_, i) => i));

/** Background of each class: AANDEEL_KLASSEN colours of d3's sequential OrRd scheme (light to dark). */
export const AANDEEL_KLEUREN: readonly string[] = quantize(
  (t) => interpolateOrRd(0.05 + t * 0.95),
  AANDEEL_KLASSEN,
);

/** Text colour on each class: black on the light ones, white on the dark ones. */
export function aandeelTekstKleur(klasse: number): string {
  return klasse >= AANDEEL_KLASSEN - 2 ? '#ffffff' : '#1a1a1a';
}

/** "0% tot 10%", …, "40% of meer" ("0% to 10%", …, "40% or more"): the legend of the classes. */
export function klasseTekst(klasse: number, taal: Taal = 'nl'): string {
  const [van = 0, tot = 0] = aandeelKlasse.invertExtent(klasse);
  const waarden = { van: procentTekst(van, taal), tot: procentTekst(tot, taal) };
  return vertaal(taal, klasse === AANDEEL_KLASSEN - 1 ? schaal.klasseOfMeer : schaal.klasseTot, waarden);
}

/** A share as a whole percentage, e.g. "16%". */
export function procentTekst(aandeel: number, taal: Taal = 'nl'): string {
  return percentage(taal, aandeel);
}

const sleutel = (groep: string | null, indicator: string) => `${groep ?? ''}~${indicator}`;

export function buildOverzichtModel(
  niveau: OverzichtNiveau,
  cellen: readonly OverzichtCel[],
  kolommen: readonly OverzichtKolom[],
  rijTotalen: readonly RijTotaal[],
  sortering: RijSortering,
  taal: Taal = 'nl',
): OverzichtModel {
  const onbekend = vertaal(taal, schaal.provincieOnbekend);
  const groepen: OverzichtGroep[] = kolommen.map((k) => ({
    groep: k.groep,
    naam: k.naam ?? onbekend,
    provincie: k.provincie,
    aanpakken: k.aanpakken,
    gemeenten: k.gemeenten,
    totaal: telling(k),
  }));
  const label = new Map(rijTotalen.map((r) => [r.indicator, r.label]));
  const perSleutel = new Map<string, OverzichtWaarde>();
  for (const c of cellen) {
    const aandeel = c.totaal > 0 ? c.verbeterpunt / c.totaal : 0;
    perSleutel.set(sleutel(c.groep, c.indicator), {
      ...telling(c),
      groep: c.groep,
      naam: c.naam ?? onbekend,
      indicator: c.indicator,
      label: label.get(c.indicator) ?? c.indicator,
      aandeel,
      klasse: aandeelKlasse(aandeel),
    });
  }
  const rijen: OverzichtRij[] = rijTotalen.map((r) => ({
    indicator: r.indicator,
    label: r.label,
    tekst: r.tekst,
    thema: r.thema,
    totaal: telling(r),
    cellen: groepen.map((g) => perSleutel.get(sleutel(g.groep, r.indicator)) ?? null),
  }));

  const secties = inSecties(rijTotalen, sortering, (index) => ({
    soort: 'rij' as const,
    rij: rijen[index] as OverzichtRij,
  }));
  return { niveau, kolommen: groepen, rijen, secties };
}

/**
 * Accessible name of an aggregated cell, e.g.
 * "Noord-Brabant, Doorzettingsmacht: 9 van 57 aanpakken verbeterpunt (16%), 2 onduidelijk" /
 * "Noord-Brabant, Doorzettingsmacht: 9 of 57 approaches needing improvement (16%), 2 unclear".
 */
export function overzichtLabel(w: OverzichtWaarde, taal: Taal = 'nl'): string {
  const naam = meervoud(taal, schaal.celNaam, w.totaal, {
    naam: w.naam,
    label: w.label,
    verbeterpunt: w.verbeterpunt,
    procent: procentTekst(w.aandeel, taal),
  });
  return naam + onduidelijkTekst(w, taal);
}

/** ", 2 onduidelijk" / ", 2 unclear", or "" when there is no onduidelijk oordeel. */
export function onduidelijkTekst(t: Telling, taal: Taal = 'nl'): string {
  return t.onduidelijk > 0 ? vertaal(taal, schaal.onduidelijkErbij, { onduidelijk: t.onduidelijk }) : '';
}

/**
 * The text a cell shows, e.g. "9 X van 57 16% · 2 ?" / "9 X of 57 16% · 2 ?" (its accessible name
 * starts with it, WCAG 2.5.3).
 */
export function overzichtZichtbaar(w: OverzichtWaarde, taal: Taal = 'nl'): string {
  const aantal = vertaal(taal, schaal.celAantal, { verbeterpunt: w.verbeterpunt, totaal: w.totaal }).replace(
    /<\/?van>/g,
    '',
  );
  const onduidelijk = w.onduidelijk > 0 ? ` · ${getal(taal, w.onduidelijk)} ?` : '';
  return `${aantal} ${procentTekst(w.aandeel, taal)}${onduidelijk}`;
}

/** The cell (row, column) reached from (rij, kolom) in a direction; null if none. */
export function volgendeOverzichtCel(
  model: OverzichtModel,
  rij: number,
  kolom: number,
  richting: Richting,
): [number, number] | null {
  return stap(rij, kolom, model.rijen.length, model.kolommen.length, richting);
}
