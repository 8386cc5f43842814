/**
 * A picture as a file, in the browser. The PNG is drawn on a canvas from the picture itself, not by
 * loading the SVG into an image: the page's CSP (`img-src 'self'`) rightly refuses blob: and data:
 * images, and needs no change for this.
 */
import { tekenPlaat } from './canvas';
import type { Plaat } from './plaat';
import { plaatNaarSvg } from './svg';

/** Device pixels per picture pixel in the PNG: sharp on slides and high-density screens. */
export const PNG_SCHAAL = 2;

export function svgBlob(plaat: Plaat): Blob {
  return new Blob([plaatNaarSvg(plaat)], { type: 'image/svg+xml;charset=utf-8' });
}

export function pngBlob(plaat: Plaat, schaal = PNG_SCHAAL): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(plaat.breedte * schaal);
  canvas.height = Math.ceil(plaat.hoogte * schaal);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('canvas 2D is not available'));
  tekenPlaat(ctx, plaat, schaal);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave no PNG'))), 'image/png'),
  );
}
