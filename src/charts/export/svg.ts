/** A picture (./plaat.ts) as a standalone SVG document: presentation attributes only, no CSS, no fonts. */
import { LETTERTYPE, KLEUR, type Plaat, type PlaatElement } from './plaat';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML element or a double-quoted attribute. */
export function xmlTekst(s: string): string {
  // Characters XML 1.0 does not allow at all are dropped (they cannot be escaped either).
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
  );
}

const getal = (n: number) => String(Math.round(n * 100) / 100);

function attributen(a: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? getal(v) : xmlTekst(v as string)}"`)
    .join('');
}

function element(e: PlaatElement, inspring: string): string {
  switch (e.soort) {
    case 'tekst':
      return `${inspring}<text${attributen({
        x: e.x,
        y: e.y,
        'font-size': e.grootte,
        'font-weight': e.vet ? 'bold' : undefined,
        fill: e.kleur ?? KLEUR.tekst,
        'text-anchor': e.anker && e.anker !== 'start' ? e.anker : undefined,
        transform: e.draai ? `rotate(${getal(e.draai)} ${getal(e.x)} ${getal(e.y)})` : undefined,
        'xml:lang': e.taal,
      })}>${xmlTekst(e.tekst)}</text>`;
    case 'rechthoek':
      return `${inspring}<rect${attributen({
        x: e.x,
        y: e.y,
        width: e.breedte,
        height: e.hoogte,
        fill: e.vulling,
        stroke: e.rand,
        'stroke-dasharray': e.streep?.join(' '),
      })}/>`;
    case 'lijn':
      return `${inspring}<line${attributen({
        x1: e.x1,
        y1: e.y1,
        x2: e.x2,
        y2: e.y2,
        stroke: e.kleur,
        'stroke-width': e.dikte ?? 1,
      })}/>`;
    case 'groep': {
      const data = Object.fromEntries(Object.entries(e.data ?? {}).map(([k, v]) => [`data-${k}`, v]));
      const titel = e.titel ? [`${inspring}  <title>${xmlTekst(e.titel)}</title>`] : [];
      const kinderen = e.elementen.map((k) => element(k, `${inspring}  `));
      return [`${inspring}<g${attributen(data)}>`, ...titel, ...kinderen, `${inspring}</g>`].join('\n');
    }
  }
}

/** The SVG document of a picture, with its title and description for screen readers and search. */
export function plaatNaarSvg(plaat: Plaat): string {
  const kop = attributen({
    xmlns: 'http://www.w3.org/2000/svg',
    width: plaat.breedte,
    height: plaat.hoogte,
    viewBox: `0 0 ${getal(plaat.breedte)} ${getal(plaat.hoogte)}`,
    role: 'img',
    'aria-labelledby': 'plaat-titel plaat-beschrijving',
    'xml:lang': plaat.taal,
    'font-family': LETTERTYPE,
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${kop}>`,
    `  <title id="plaat-titel">${xmlTekst(plaat.titel)}</title>`,
    `  <desc id="plaat-beschrijving">${xmlTekst(plaat.beschrijving)}</desc>`,
    `  <rect width="100%" height="100%" fill="${KLEUR.achtergrond}"/>`,
    ...plaat.elementen.map((e) => element(e, '  ')),
    '</svg>',
    '',
  ].join('\n');
}
