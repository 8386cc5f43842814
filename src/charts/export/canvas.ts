/** A picture (./plaat.ts) drawn on a 2D canvas: the PNG shows what the SVG shows, shape by shape. */
import { KLEUR, LETTERTYPE, type Plaat, type PlaatElement } from './plaat';

/** The part of CanvasRenderingContext2D the drawing uses (a test can pass a recorder). */
export type Tekenvlak = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'scale'
  | 'translate'
  | 'rotate'
  | 'fillRect'
  | 'strokeRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'fillText'
  | 'setLineDash'
> & {
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  lineWidth: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
};

const ANKER: Readonly<Record<string, CanvasTextAlign>> = { start: 'left', middle: 'center', end: 'right' };

function teken(ctx: Tekenvlak, e: PlaatElement): void {
  switch (e.soort) {
    case 'rechthoek':
      ctx.fillStyle = e.vulling;
      ctx.fillRect(e.x, e.y, e.breedte, e.hoogte);
      if (e.rand) {
        ctx.save();
        ctx.strokeStyle = e.rand;
        ctx.lineWidth = 1;
        ctx.setLineDash(e.streep ? [...e.streep] : []);
        ctx.strokeRect(e.x, e.y, e.breedte, e.hoogte);
        ctx.restore();
      }
      return;
    case 'lijn':
      ctx.strokeStyle = e.kleur;
      ctx.lineWidth = e.dikte ?? 1;
      ctx.beginPath();
      ctx.moveTo(e.x1, e.y1);
      ctx.lineTo(e.x2, e.y2);
      ctx.stroke();
      return;
    case 'tekst':
      ctx.save();
      ctx.font = `${e.vet ? 'bold ' : ''}${e.grootte}px ${LETTERTYPE}`;
      ctx.fillStyle = e.kleur ?? KLEUR.tekst;
      ctx.textAlign = ANKER[e.anker ?? 'start'] ?? 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.translate(e.x, e.y);
      if (e.draai) ctx.rotate((e.draai * Math.PI) / 180);
      ctx.fillText(e.tekst, 0, 0);
      ctx.restore();
      return;
    case 'groep':
      for (const k of e.elementen) teken(ctx, k);
      return;
  }
}

/** Draw a picture at `schaal` device pixels per picture pixel, on a white background. */
export function tekenPlaat(ctx: Tekenvlak, plaat: Plaat, schaal = 1): void {
  ctx.save();
  ctx.scale(schaal, schaal);
  ctx.fillStyle = KLEUR.achtergrond;
  ctx.fillRect(0, 0, plaat.breedte, plaat.hoogte);
  for (const e of plaat.elementen) teken(ctx, e);
  ctx.restore();
}
