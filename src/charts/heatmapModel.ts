/** Turns heatmap query rows into table structure (framework-free, unit-tested). */
import type { HeatmapCel, KolomTotaal, RijSortering, RijTotaal, Telling } from '../model/queries';
import { app, heatmap } from '../i18n/berichten';
import { vertaal, type Taal } from '../i18n/core';
import { OORDEEL_WOORD } from './oordeel';

export interface HeatmapKolom {
  readonly aanpak_id: string;
  readonly aanpak: string;
  readonly gemeente_id: string;
  readonly gemeente: string;
  readonly totaal: Telling;
}

export interface GemeenteGroep {
  readonly gemeente_id: string;
  readonly gemeente: string;
  readonly span: number;
}

export interface HeatmapRij {
  readonly indicator: string;
  readonly label: string;
  readonly tekst: string;
  readonly thema_code: string;
  readonly thema: string;
  readonly criterium: string;
  readonly totaal: Telling;
  /** Aligned with `kolommen`; null when the data has no oordeel for that pair. */
  readonly cellen: readonly (HeatmapCel | null)[];
}

export type SectieItem =
  | { readonly soort: 'criterium'; readonly code: string; readonly tekst: string }
  | { readonly soort: 'rij'; readonly rij: HeatmapRij; readonly index: number };

export interface Sectie {
  readonly key: string;
  /** Thema name, or null when rows are sorted by number of verbeterpunten. */
  readonly titel: string | null;
  readonly items: readonly SectieItem[];
}

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
    totaal: {
      voldoet: k.voldoet,
      verbeterpunt: k.verbeterpunt,
      onduidelijk: k.onduidelijk,
      totaal: k.totaal,
    },
  }));
  const groepen: GemeenteGroep[] = [];
  for (const k of kolommen) {
    const last = groepen.at(-1);
    if (last && last.gemeente_id === k.gemeente_id)
      groepen[groepen.length - 1] = { ...last, span: last.span + 1 };
    else groepen.push({ gemeente_id: k.gemeente_id, gemeente: k.gemeente, span: 1 });
  }
  const rijen: HeatmapRij[] = rijTotalen.map((r) => ({
    indicator: r.indicator,
    label: r.label,
    tekst: r.tekst,
    thema_code: r.thema_code,
    thema: r.thema,
    criterium: r.criterium,
    totaal: {
      voldoet: r.voldoet,
      verbeterpunt: r.verbeterpunt,
      onduidelijk: r.onduidelijk,
      totaal: r.totaal,
    },
    cellen: kolommen.map((k) => byKey.get(celKey(k.aanpak_id, r.indicator)) ?? null),
  }));

  const secties: Sectie[] = [];
  if (sortering === 'verbeterpunten') {
    secties.push({
      key: 'gesorteerd',
      titel: null,
      items: rijen.map((rij, index) => ({ soort: 'rij', rij, index })),
    });
  } else {
    let criterium = '';
    rijTotalen.forEach((r, index) => {
      let sectie = secties.at(-1);
      if (!sectie || sectie.key !== r.thema_code) {
        sectie = { key: r.thema_code, titel: r.thema, items: [] };
        secties.push(sectie);
        criterium = '';
      }
      const items = sectie.items as SectieItem[];
      if (r.criterium_code !== criterium) {
        criterium = r.criterium_code;
        items.push({ soort: 'criterium', code: r.criterium_code, tekst: r.criterium });
      }
      items.push({ soort: 'rij', rij: rijen[index] as HeatmapRij, index });
    });
  }
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

export type Richting = 'links' | 'rechts' | 'omhoog' | 'omlaag' | 'begin' | 'eind' | 'boven' | 'onder';

/** Key of the cell reached from `key` in a direction (for arrow-key navigation); null if none. */
export function volgendeCel(model: HeatmapModel, key: string, richting: Richting): string | null {
  const rows = model.rijen.length;
  const cols = model.kolommen.length;
  let r = -1;
  let c = -1;
  model.rijen.forEach((rij, ri) =>
    rij.cellen.forEach((cel, ci) => {
      if (cel && celKey(cel.aanpak_id, cel.indicator) === key) [r, c] = [ri, ci];
    }),
  );
  if (r < 0) return null;
  const target: Record<Richting, [number, number]> = {
    links: [r, c - 1],
    rechts: [r, c + 1],
    omhoog: [r - 1, c],
    omlaag: [r + 1, c],
    begin: [r, 0],
    eind: [r, cols - 1],
    boven: [0, c],
    onder: [rows - 1, c],
  };
  const [nr, nc] = target[richting];
  if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) return null;
  const cel = model.rijen[nr]?.cellen[nc];
  return cel ? celKey(cel.aanpak_id, cel.indicator) : null;
}
