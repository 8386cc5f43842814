/** The rows of a heatmap-like picture (the heatmap, the national overview), drawn the same way. */
import type { CriteriumKop, SectieVan } from '../secties';
import { inkorten, KLEUR, type PlaatElement } from './plaat';

/** Width of the indicator column, and the height of a row. */
export const LABEL = 300;
export const RIJ = 21;
const THEMA_RIJ = 24;

interface RasterRij<C> {
  readonly indicator: string;
  readonly label: string;
  readonly cellen: readonly (C | null)[];
}

/** Column width and cell size of a picture. */
export interface RasterMaat {
  readonly kolom: number;
  readonly cel: { readonly breedte: number; readonly hoogte: number };
}

/**
 * Draws the rows of `secties` into `elementen`, from `y` down: the thema heading where a section has
 * one, each row's code and label, and per cell `teken(cel, x, top)` (an empty box where there is no
 * cell). Returns the y below the last row.
 */
export function rasterRijen<C>(
  secties: readonly SectieVan<CriteriumKop | { readonly soort: 'rij'; readonly rij: RasterRij<C> }>[],
  maat: RasterMaat,
  y: number,
  elementen: PlaatElement[],
  teken: (cel: C, x: number, top: number) => PlaatElement,
): number {
  const { kolom, cel: maatCel } = maat;
  for (const sectie of secties) {
    if (sectie.titel) {
      elementen.push({
        soort: 'tekst',
        x: 0,
        y: y + 17,
        tekst: sectie.titel,
        grootte: 13,
        vet: true,
        kleur: KLEUR.accent,
        taal: 'nl',
      });
      y += THEMA_RIJ;
    }
    for (const item of sectie.items) {
      if (item.soort !== 'rij') continue;
      const rij = item.rij;
      elementen.push(
        { soort: 'tekst', x: 0, y: y + 14, tekst: rij.indicator, grootte: 12, vet: true },
        {
          soort: 'tekst',
          x: 32,
          y: y + 14,
          tekst: inkorten(rij.label, 12, LABEL - 40),
          grootte: 12,
          taal: 'nl',
        },
      );
      rij.cellen.forEach((cel, i) => {
        const x = LABEL + i * kolom + (kolom - maatCel.breedte) / 2;
        const top = y + (RIJ - maatCel.hoogte) / 2;
        elementen.push(
          cel
            ? teken(cel, x, top)
            : {
                soort: 'rechthoek',
                x,
                y: top,
                breedte: maatCel.breedte,
                hoogte: maatCel.hoogte,
                vulling: '#ffffff',
                rand: KLEUR.rand,
              },
        );
      });
      y += RIJ;
    }
  }
  return y;
}
