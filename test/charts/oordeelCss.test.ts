import { describe, expect, it } from 'vitest';
import { oordeelKleuren } from '../../src/charts/oordeel';
import { OORDELEN } from '../../src/model/queries';
import { contrast, cssRule, globaleCss } from '../helpers/css';

/**
 * The heatmap cells get their colours from classes (the CSP blocks style attributes in the prerendered
 * HTML). Those CSS values must be the d3 scales' values.
 */
const css = globaleCss();

const rule = (selector: string) => cssRule(css, selector, 'styles.css');

function variabele(naam: string): string {
  const m = new RegExp(`${naam}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!m) throw new Error(`no ${naam} in styles.css`);
  return m[1]!.toLowerCase();
}

describe('contrast', () => {
  it('contrast() gives the known ratios (black/white 21, #777 on white about 4.48)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each([...OORDELEN.map((o) => [o, false] as const), ['voldoet', true] as const])(
    'the symbol of %s (dimmed: %s) has at least 4.5:1 on its cell',
    (o, gedimd) => {
      const k = oordeelKleuren(o, gedimd);
      expect(contrast(k.color, k.background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('the X cell stands out from the white page (at least 3:1), so it is not only the symbol', () => {
    expect(contrast(oordeelKleuren('verbeterpunt').background, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('the dashed border of onduidelijk has at least 3:1 on its cell and on white', () => {
    const kleur = rule('.cel-onduidelijk').border?.split(' ').at(-1) ?? '';
    expect(kleur).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrast(kleur, oordeelKleuren('onduidelijk').background)).toBeGreaterThanOrEqual(3);
    expect(contrast(kleur, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('the focus ring (dark outline around a yellow ring) has at least 3:1 on white and on the yellow', () => {
    const donker = variabele('--focus-rand');
    const geel = variabele('--focus');
    expect(contrast(donker, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(donker, geel)).toBeGreaterThanOrEqual(3);
    expect(css).toMatch(/:focus-visible \{\s*outline: 3px solid var\(--focus-rand\)/);
  });
});

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
