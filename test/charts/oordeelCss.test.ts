import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { oordeelKleuren } from '../../src/charts/oordeel';
import { OORDELEN } from '../../src/model/queries';
import { ROOT } from '../helpers/data';

/**
 * The heatmap cells get their colours from classes (the CSP blocks style attributes in the prerendered
 * HTML). Those CSS values must be the d3 scales' values.
 */
const css = readFileSync(path.join(ROOT, 'src/styles.css'), 'utf8');

function rule(selector: string): Record<string, string> {
  const m = new RegExp(`(?:^|\\n)${selector.replace(/\./g, '\\.')} \\{([^}]*)\\}`).exec(css);
  if (!m) throw new Error(`no rule ${selector} in styles.css`);
  return Object.fromEntries(
    m[1]!
      .split(';')
      .map((d) => d.split(':').map((x) => x.trim()))
      .filter((d) => d.length === 2 && d[0])
      .map(([k, v]) => [k!, v!.toLowerCase()]),
  );
}

describe('oordeel colours in styles.css', () => {
  it.each(OORDELEN)('.cel-%s has the colours of the d3 scales', (o) => {
    const r = rule(`.cel-${o}`);
    const k = oordeelKleuren(o);
    expect({ background: r.background, color: r.color }).toEqual(k);
  });

  it('.cel.gedimd has the dimmed colours', () => {
    const r = rule('.cel.gedimd');
    expect({ background: r.background, color: r.color }).toEqual(oordeelKleuren('voldoet', true));
  });
});
