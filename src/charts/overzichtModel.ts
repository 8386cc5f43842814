/**
 * The aggregated heatmap (#4): indicators in rows, one column per provincie or gemeente, each cell
 * counting the aanpakken with a verbeterpunt. Framework-free, unit-tested.
 */
import { interpolateOrRd, quantize, scaleQuantize } from 'd3';
import type { RijSortering, RijTotaal, Telling } from '../model/queries';
import type { OverzichtCel, OverzichtKolom, OverzichtNiveau } from '../model/queries-schaal';

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

export type OverzichtItem =
  | { readonly soort: 'criterium'; readonly code: string; readonly tekst: string }
  | { readonly soort: 'rij'; readonly rij: OverzichtRij };

export interface OverzichtSectie {
  readonly key: string;
  /** Thema name, or null when rows are sorted by number of verbeterpunten. */
  readonly titel: string | null;
  readonly items: readonly OverzichtItem[];
}

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

/** "0% tot 10%", …, "40% of meer": the legend of the classes. */
export function klasseTekst(klasse: number): string {
  const [van = 0, tot = 0] = aandeelKlasse.invertExtent(klasse);
  const p = (x: number) => `${Math.round(x * 100)}%`;
  return klasse === AANDEEL_KLASSEN - 1 ? `${p(van)} of meer` : `${p(van)} tot ${p(tot)}`;
}

/** A share as a whole percentage, e.g. "16%". */
export function procentTekst(aandeel: number): string {
  return `${Math.round(aandeel * 100)}%`;
}

const telling = (t: Telling): Telling => ({
  voldoet: t.voldoet,
  verbeterpunt: t.verbeterpunt,
  onduidelijk: t.onduidelijk,
  totaal: t.totaal,
});

const ONBEKEND = 'Provincie onbekend';
const sleutel = (groep: string | null, indicator: string) => `${groep ?? ''}~${indicator}`;

export function buildOverzichtModel(
  niveau: OverzichtNiveau,
  cellen: readonly OverzichtCel[],
  kolommen: readonly OverzichtKolom[],
  rijTotalen: readonly RijTotaal[],
  sortering: RijSortering,
): OverzichtModel {
  const groepen: OverzichtGroep[] = kolommen.map((k) => ({
    groep: k.groep,
    naam: k.naam ?? ONBEKEND,
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
      naam: c.naam ?? ONBEKEND,
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

  const secties: OverzichtSectie[] = [];
  if (sortering === 'verbeterpunten') {
    secties.push({ key: 'gesorteerd', titel: null, items: rijen.map((rij) => ({ soort: 'rij', rij })) });
  } else {
    let criterium = '';
    rijTotalen.forEach((r, index) => {
      let sectie = secties.at(-1);
      if (!sectie || sectie.key !== r.thema_code) {
        sectie = { key: r.thema_code, titel: r.thema, items: [] };
        secties.push(sectie);
        criterium = '';
      }
      const items = sectie.items as OverzichtItem[];
      if (r.criterium_code !== criterium) {
        criterium = r.criterium_code;
        items.push({ soort: 'criterium', code: r.criterium_code, tekst: r.criterium });
      }
      items.push({ soort: 'rij', rij: rijen[index] as OverzichtRij });
    });
  }
  return { niveau, kolommen: groepen, rijen, secties };
}

/**
 * Accessible name of an aggregated cell, e.g.
 * "Noord-Brabant, Doorzettingsmacht: 9 van 57 aanpakken verbeterpunt (16%), 2 onduidelijk".
 */
export function overzichtLabel(w: OverzichtWaarde): string {
  const aanpakken = w.totaal === 1 ? 'aanpak' : 'aanpakken';
  const onduidelijk = w.onduidelijk > 0 ? `, ${w.onduidelijk} onduidelijk` : '';
  return `${w.naam}, ${w.label}: ${w.verbeterpunt} van ${w.totaal} ${aanpakken} verbeterpunt (${procentTekst(w.aandeel)})${onduidelijk}`;
}

/** The text a cell shows, e.g. "9 X van 57 16% · 2 ?" (its accessible name starts with it, WCAG 2.5.3). */
export function overzichtZichtbaar(w: OverzichtWaarde): string {
  const onduidelijk = w.onduidelijk > 0 ? ` · ${w.onduidelijk} ?` : '';
  return `${w.verbeterpunt} X van ${w.totaal} ${procentTekst(w.aandeel)}${onduidelijk}`;
}

/** Key of the cell reached from (rij, kolom) in a direction; null if none. */
export function volgendeOverzichtCel(
  model: OverzichtModel,
  rij: number,
  kolom: number,
  richting: 'links' | 'rechts' | 'omhoog' | 'omlaag' | 'begin' | 'eind' | 'boven' | 'onder',
): [number, number] | null {
  const rows = model.rijen.length;
  const cols = model.kolommen.length;
  const doel: Record<typeof richting, [number, number]> = {
    links: [rij, kolom - 1],
    rechts: [rij, kolom + 1],
    omhoog: [rij - 1, kolom],
    omlaag: [rij + 1, kolom],
    begin: [rij, 0],
    eind: [rij, cols - 1],
    boven: [0, kolom],
    onder: [rows - 1, kolom],
  };
  const [r, c] = doel[richting];
  return r < 0 || r >= rows || c < 0 || c >= cols ? null : [r, c];
}
