/**
 * Where a search text occurs in a text, with the same rules as the DuckDB search
 * (queries-bevindingen.ts): case, accents and runs of whitespace do not matter. Pure, for <mark>.
 */
import { MAX_ZOEK } from '../model/queries-bevindingen';

/** One character (code point) lower-cased, accents removed, whitespace as a space. */
function vorm(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s/g, ' ');
}

/** Parts of `tekst`: `[text, isMatch]` in order; joined they give `tekst` back. */
export function markeerDelen(tekst: string, zoek: string): [string, boolean][] {
  const z = [...zoek.slice(0, MAX_ZOEK)]
    .map(vorm)
    .join('')
    // eslint-disable-next-line no-control-regex -- control characters count as spaces, as in the query
    .replace(/[\s\u0000-\u001f\u007f]+/g, ' ')
    .trim();
  if (z === '') return [[tekst, false]];

  // The normalised text, with for every normalised character the offset of its source character.
  let n = '';
  const bron: number[] = [];
  let offset = 0;
  for (const ch of tekst) {
    for (const c of vorm(ch)) {
      if (c === ' ' && n.endsWith(' ')) continue;
      n += c;
      bron.push(offset);
    }
    offset += ch.length;
  }
  bron.push(tekst.length);

  const delen: [string, boolean][] = [];
  let vanaf = 0;
  for (let i = n.indexOf(z); i !== -1; i = n.indexOf(z, i + z.length)) {
    const start = bron[i] ?? tekst.length;
    const eindeN = i + z.length;
    // End after the last source character that produced a matched character.
    const eind = eindeN < bron.length - 1 ? (bron[eindeN] ?? tekst.length) : tekst.length;
    if (start < vanaf) continue;
    if (start > vanaf) delen.push([tekst.slice(vanaf, start), false]);
    delen.push([tekst.slice(start, eind), true]);
    vanaf = eind;
  }
  if (vanaf < tekst.length) delen.push([tekst.slice(vanaf), false]);
  return delen.length ? delen : [[tekst, false]];
}
