import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './data';

/** src/styles.css with its `@import`s inlined in order, as the build does. */
export function globaleCss(): string {
  const lees = (file: string): string =>
    readFileSync(file, 'utf8').replace(/^@import '([^']+)';.*$/gm, (_, rel: string) =>
      lees(path.join(path.dirname(file), rel)),
    );
  return lees(path.join(ROOT, 'src/styles.css'));
}

/** The declarations of the rule `selector { … }` that starts a line of `css` (from `file`), values lower-cased. */
export function cssRule(css: string, selector: string, file: string): Record<string, string> {
  // The selector alone, or first in a list (`.cel.gedimd,\n.voorfilter-alleen … {`).
  const m = new RegExp(`(?:^|\\n)${selector.replace(/\./g, '\\.')}(?:,\\n[^{}]*)? \\{([^}]*)\\}`).exec(css);
  if (!m) throw new Error(`no rule ${selector} in ${file}`);
  return Object.fromEntries(
    m[1]!
      .split(';')
      .map((d) => d.split(':').map((x) => x.trim()))
      .filter((d) => d.length === 2 && d[0])
      .map(([k, v]) => [k!, v!.toLowerCase()]),
  );
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
