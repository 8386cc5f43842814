/** Turns heatmap query rows into table structure (framework-free, unit-tested). */
import {
  indicatorNamen,
  telling,
  type AanpakNamen,
  type HeatmapCel,
  type IndicatorNamen,
  type KolomTotaal,
  type RijSortering,
  type RijTotaal,
  type Telling,
} from '../model/queries';
import { app, heatmap } from '../i18n/berichten';
import { vertaal, type Taal } from '../i18n/core';
import { OORDEEL_WOORD } from './oordeel';
import { stap, type Richting } from './raster';
import { inSecties, type CriteriumKop, type SectieVan } from './secties';

export type { Richting } from './raster';

export interface HeatmapKolom extends Readonly<AanpakNamen> {
  readonly totaal: Telling;
}

export interface GemeenteGroep {
  readonly gemeente_id: string;
  readonly gemeente: string;
  readonly span: number;
}

export interface HeatmapRij extends Readonly<IndicatorNamen> {
  readonly totaal: Telling;
  /** Aligned with `kolommen`; null when the data has no oordeel for that pair. */
  readonly cellen: readonly (HeatmapCel | null)[];
}

export type SectieItem =
  CriteriumKop | { readonly soort: 'rij'; readonly rij: HeatmapRij; readonly index: number };

export type Sectie = SectieVan<SectieItem>;

export interface HeatmapModel {
  readonly kolommen: readonly HeatmapKolom[];
  readonly groepen: readonly GemeenteGroep[];
  readonly rijen: readonly HeatmapRij[];
  readonly secties: readonly Sectie[];
}

/**
 * Id of the empty element that follows the heatmap (table or overview). Until the HTML parser has passed
 * it, styles.css keeps the heatmap out of the layout (`.heatmap-wrap:not(:has(~ #heatmap-einde))`), so
 * Chromium never lays out a half-parsed table between parser chunks, 100-200 ms each on a slow phone (#4).
 */
export const HEATMAP_EINDE_ID = 'heatmap-einde';

export const celKey = (aanpak: string, indicator: string) => `${aanpak}~${indicator}`;

export function buildHeatmapModel(
  cellen: readonly HeatmapCel[],
  rijTotalen: readonly RijTotaal[],
  kolomTotalen: readonly KolomTotaal[],
  sortering: RijSortering,
): HeatmapModel {
  const byKey = new Map(cellen.map((c) => [celKey(c.aanpak_id, c.indicator), c]));
  const kolommen: HeatmapKolom[] = kolomTotalen.map((k) => ({
    aanpak_id: k.aanpak_id,
    aanpak: k.aanpak,
    gemeente_id: k.gemeente_id,
    gemeente: k.gemeente,
    totaal: telling(k),
  }));
  const groepen: GemeenteGroep[] = [];
  for (const k of kolommen) {
    const last = groepen.at(-1);
    if (last && last.gemeente_id === k.gemeente_id)
      groepen[groepen.length - 1] = { ...last, span: last.span + 1 };
    else groepen.push({ gemeente_id: k.gemeente_id, gemeente: k.gemeente, span: 1 });
  }
  const rijen: HeatmapRij[] = rijTotalen.map((r) => ({
    ...indicatorNamen(r),
    totaal: telling(r),
    cellen: kolommen.map((k) => byKey.get(celKey(k.aanpak_id, r.indicator)) ?? null),
  }));

  const secties = inSecties(rijTotalen, sortering, (index) => ({
    soort: 'rij' as const,
    rij: rijen[index] as HeatmapRij,
    index,
  }));
  return { kolommen, groepen, rijen, secties };
}

/**
 * Accessible name of a cell, e.g. "Emmen, OGGz, Doorzettingsmacht: verbeterpunt", plus ", met LET OP"
 * and ", gedeeld teken van een blok" (one mark for a merged block of indicators) where they apply.
 */
export function celLabel(
  c: Pick<HeatmapCel, 'gemeente' | 'aanpak' | 'label' | 'oordeel' | 'heeft_let_op'> & { gedeeld?: boolean },
  taal: Taal = 'nl',
): string {
  const w = vertaal(taal, OORDEEL_WOORD[c.oordeel]);
  const letOp = c.heeft_let_op ? vertaal(taal, app.metLetOp) : '';
  return `${c.gemeente}, ${c.aanpak}, ${c.label}: ${w}${letOp}${c.gedeeld ? vertaal(taal, heatmap.gedeeld) : ''}`;
}

/** The signs that occur among the cells shown; the legend and caption list only these (and always √ and X). */
export interface Tekens {
  readonly onduidelijk: boolean;
  readonly letOp: boolean;
  readonly gedeeld: boolean;
}

export function tekensIn(model: Pick<HeatmapModel, 'rijen'>): Tekens {
  let onduidelijk = false;
  let letOp = false;
  let gedeeld = false;
  for (const rij of model.rijen)
    for (const c of rij.cellen) {
      if (!c) continue;
      onduidelijk ||= c.oordeel === 'onduidelijk';
      letOp ||= c.heeft_let_op;
      gedeeld ||= c.gedeeld;
    }
  return { onduidelijk, letOp, gedeeld };
}

/** The sign for a mark shared by a merged block of indicators (the cell's is `content` in styles.css). */
export const GEDEELD_TEKEN = '↕';

/** The key of the caption: "√ = voldoet, X = verbeterpunt, ! = er staat een LET OP bij". */
export function sleutelTekst(tekens: Tekens, taal: Taal = 'nl'): string {
  const delen: [string, string][] = [
    ['√', vertaal(taal, app.voldoet)],
    ['X', vertaal(taal, app.verbeterpunt)],
  ];
  if (tekens.onduidelijk) delen.push(['?', vertaal(taal, app.onduidelijk)]);
  if (tekens.letOp) delen.push(['!', vertaal(taal, heatmap.legendaLetOp)]);
  if (tekens.gedeeld) delen.push([GEDEELD_TEKEN, vertaal(taal, heatmap.legendaGedeeld)]);
  return delen.map(([teken, woord]) => vertaal(taal, heatmap.sleutel, { teken, woord })).join(', ');
}

/** "x van y voldoen" / "x of y meet the standard". */
export function voldoenTekst(t: Telling, taal: Taal = 'nl'): string {
  return vertaal(taal, heatmap.voldoen, { voldoet: t.voldoet, totaal: t.totaal });
}

/** Key of the cell reached from `key` in a direction (for arrow-key navigation); null if none. */
export function volgendeCel(model: HeatmapModel, key: string, richting: Richting): string | null {
  let r = -1;
  let c = -1;
  model.rijen.forEach((rij, ri) =>
    rij.cellen.forEach((cel, ci) => {
      if (cel && celKey(cel.aanpak_id, cel.indicator) === key) [r, c] = [ri, ci];
    }),
  );
  if (r < 0) return null;
  const naar = stap(r, c, model.rijen.length, model.kolommen.length, richting);
  const cel = naar && model.rijen[naar[0]]?.cellen[naar[1]];
  return cel ? celKey(cel.aanpak_id, cel.indicator) : null;
}
