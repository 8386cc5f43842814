/** The heatmap as a picture: the same model as the table (heatmapModel.ts), the same colours (oordeel.ts). */
import { delen as D, heatmap as H } from '../../i18n/berichten';
import { meervoud, vertaal, type Taal } from '../../i18n/core';
import { OORDELEN } from '../../model/queries';
import { celLabel, type HeatmapModel } from '../heatmapModel';
import { OORDEEL_SYMBOOL, OORDEEL_WOORD, oordeelKleuren } from '../oordeel';
import { omlijst, type LegendaItem, type PlaatContext } from './kader';
import { KLEUR, tekstBreedte, type Plaat, type PlaatElement } from './plaat';
import { LABEL, rasterRijen } from './raster';

const KOLOM = 30;
const CEL = { breedte: 26, hoogte: 18 } as const;
const ONDUIDELIJK_RAND = '#8a6d00';

/** The legend of the heatmap: the three oordelen with their symbol and colour, and the LET OP mark. */
export function heatmapLegenda(taal: Taal): LegendaItem[] {
  const items: LegendaItem[] = OORDELEN.map((o) => {
    const k = oordeelKleuren(o);
    return {
      tekst: vertaal(taal, OORDEEL_WOORD[o]),
      vulling: k.background,
      symbool: OORDEEL_SYMBOOL[o],
      symboolKleur: k.color,
      ...(o === 'onduidelijk' ? { rand: ONDUIDELIJK_RAND, streep: [3, 2] } : {}),
    };
  });
  items.push({ tekst: vertaal(taal, H.legendaLetOp), vulling: '#ffffff', rand: KLEUR.rand, symbool: '!' });
  return items;
}

/**
 * The picture of the heatmap: indicators in rows (under their thema when in framework order), one
 * column per aanpak headed "gemeente · aanpak", one mark per oordeel with its symbol, colour and LET OP
 * sign; with "only verbeterpunten" the other marks are dimmed, as in the table. Each mark is a group
 * with `data-oordeel`, `data-aanpak` and `data-indicator` and its accessible name as `<title>`.
 */
export function heatmapPlaat(model: HeatmapModel, alleenVerbeterpunten: boolean, c: PlaatContext): Plaat {
  const kop = Math.ceil(
    Math.max(40, ...model.kolommen.map((k) => tekstBreedte(`${k.gemeente} · ${k.aanpak}`, 12))) + 12,
  );
  const elementen: PlaatElement[] = [];
  model.kolommen.forEach((k, i) => {
    elementen.push({
      soort: 'tekst',
      x: LABEL + i * KOLOM + KOLOM / 2 + 4,
      y: kop - 6,
      tekst: `${k.gemeente} · ${k.aanpak}`,
      grootte: 12,
      draai: -90,
      taal: 'nl',
    });
  });
  const y = rasterRijen(model.secties, { kolom: KOLOM, cel: CEL }, kop, elementen, (cel, x, top) => {
    const gedimd = alleenVerbeterpunten && cel.oordeel !== 'verbeterpunt';
    const kleur = oordeelKleuren(cel.oordeel, gedimd);
    const delen: PlaatElement[] = [
      {
        soort: 'rechthoek',
        x,
        y: top,
        breedte: CEL.breedte,
        hoogte: CEL.hoogte,
        vulling: kleur.background,
        ...(cel.oordeel === 'onduidelijk' ? { rand: ONDUIDELIJK_RAND, streep: [3, 2] } : {}),
      },
      {
        soort: 'tekst',
        x: x + CEL.breedte / 2 - (cel.heeft_let_op ? 2 : 0),
        y: top + 13.5,
        tekst: OORDEEL_SYMBOOL[cel.oordeel],
        grootte: 12,
        vet: !gedimd,
        anker: 'middle',
        kleur: kleur.color,
      },
    ];
    if (cel.heeft_let_op)
      delen.push({
        soort: 'tekst',
        x: x + CEL.breedte - 4,
        y: top + 9,
        tekst: '!',
        grootte: 9,
        vet: true,
        anker: 'middle',
        kleur: kleur.color,
      });
    return {
      soort: 'groep',
      data: {
        oordeel: cel.oordeel,
        aanpak: cel.aanpak_id,
        indicator: cel.indicator,
        ...(gedimd ? { gedimd: 'ja' } : {}),
        ...(cel.heeft_let_op ? { 'let-op': 'ja' } : {}),
      },
      titel: celLabel(cel, c.taal),
      elementen: delen,
    };
  });
  // A line between the gemeenten, over the header and the rows.
  let kolom = 0;
  for (const g of model.groepen.slice(0, -1)) {
    kolom += g.span;
    const x = LABEL + kolom * KOLOM;
    elementen.push({ soort: 'lijn', x1: x, x2: x, y1: 0, y2: y, kleur: KLEUR.zacht, dikte: 1.5 });
  }
  return omlijst(
    {
      titel: vertaal(c.taal, D.heatmapTitel),
      filters: c.filters,
      legenda: heatmapLegenda(c.taal),
      bron: vertaal(c.taal, D.bron),
      adres: c.adres,
      beschrijving: vertaal(c.taal, D.heatmapBeschrijving, {
        aanpakken: meervoud(c.taal, H.aanpakkenWoord, model.kolommen.length),
        indicatoren: meervoud(c.taal, D.indicatorenWoord, model.rijen.length),
      }),
      taal: c.taal,
    },
    { breedte: LABEL + model.kolommen.length * KOLOM, hoogte: y, elementen },
  );
}
