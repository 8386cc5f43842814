/** The national overview (HeatmapOverzicht.tsx) as a picture: the same model and colour classes. */
import { delen as D, heatmap as H } from '../../i18n/berichten';
import { meervoud, vertaal } from '../../i18n/core';
import {
  AANDEEL_KLASSEN,
  AANDEEL_KLEUREN,
  aandeelTekstKleur,
  klasseTekst,
  overzichtLabel,
  procentTekst,
  type OverzichtModel,
} from '../overzichtModel';
import { omlijst, type LegendaItem, type PlaatContext } from './kader';
import { tekstBreedte, type Plaat, type PlaatElement } from './plaat';
import { LABEL, rasterRijen } from './raster';

const KOLOM = 48;
const CEL = { breedte: 44, hoogte: 18 } as const;

/**
 * The picture of the overview: indicators in rows, one column per provincie or gemeente headed by its
 * name, each cell coloured by its class with the share of aanpakken with a verbeterpunt. Each cell is a
 * group with `data-groep`, `data-indicator`, `data-verbeterpunt` and `data-totaal`, named by `<title>`.
 */
export function overzichtPlaat(model: OverzichtModel, c: PlaatContext): Plaat {
  const kop = Math.ceil(Math.max(40, ...model.kolommen.map((k) => tekstBreedte(k.naam, 12))) + 12);
  const elementen: PlaatElement[] = model.kolommen.map((k, i) => ({
    soort: 'tekst',
    x: LABEL + i * KOLOM + KOLOM / 2 + 4,
    y: kop - 6,
    tekst: k.naam,
    grootte: 12,
    draai: -90,
  }));
  const y = rasterRijen(model.secties, { kolom: KOLOM, cel: CEL }, kop, elementen, (w, x, top) => {
    return {
      soort: 'groep',
      data: {
        groep: w.groep ?? '',
        indicator: w.indicator,
        verbeterpunt: String(w.verbeterpunt),
        totaal: String(w.totaal),
      },
      titel: overzichtLabel(w, c.taal),
      elementen: [
        {
          soort: 'rechthoek',
          x,
          y: top,
          breedte: CEL.breedte,
          hoogte: CEL.hoogte,
          vulling: AANDEEL_KLEUREN[w.klasse] ?? '#ffffff',
          rand: '#c8c8c8',
        },
        {
          soort: 'tekst',
          x: x + CEL.breedte / 2,
          y: top + 13.5,
          tekst: procentTekst(w.aandeel, c.taal),
          grootte: 11,
          anker: 'middle',
          kleur: aandeelTekstKleur(w.klasse),
        },
      ],
    };
  });
  const legenda: LegendaItem[] = Array.from({ length: AANDEEL_KLASSEN }, (_, k) => ({
    tekst: klasseTekst(k, c.taal),
    vulling: AANDEEL_KLEUREN[k] ?? '#ffffff',
    rand: '#c8c8c8',
  }));
  const groepen = meervoud(
    c.taal,
    model.niveau === 'provincie' ? H.provincies : H.gemeenten,
    model.kolommen.length,
  );
  return omlijst(
    {
      titel: vertaal(c.taal, D.overzichtTitel),
      filters: c.filters,
      legenda,
      bron: vertaal(c.taal, D.bron),
      adres: c.adres,
      beschrijving: vertaal(c.taal, D.overzichtBeschrijving, {
        groepen,
        indicatoren: meervoud(c.taal, D.indicatorenWoord, model.rijen.length),
      }),
      taal: c.taal,
    },
    { breedte: LABEL + model.kolommen.length * KOLOM, hoogte: y, elementen },
  );
}
