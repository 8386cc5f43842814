import type { SourceLine } from './decode';
import { THEMA_NAMES, clean, isNoise } from './layouts/marks';
import { paragraphs } from './text';
import type { ConclusieColumns, ParsedConclusie } from './types';

/**
 * The conclusies of one aanpak (the lines after its "Conclusie"): per thema, the paragraphs under "Wat
 * gaat goed?" and "Wat kan beter?". Where both headings stand on one line (the raw layout flattened the
 * two columns), the text is `onbepaald`; a two-column row of the layout (`columns`) fills both.
 */
export function parseConclusies(region: readonly SourceLine[], columns: ConclusieColumns): ParsedConclusie[] {
  const out: ParsedConclusie[] = [];
  let current: {
    c: ParsedConclusie;
    col: 'goed' | 'beter' | 'onbepaald' | 'rij' | null;
    buf: SourceLine[];
  } | null = null;
  const flushBuf = () => {
    if (!current || current.buf.length === 0) return;
    const col = current.col === 'goed' || current.col === 'beter' ? current.col : 'onbepaald';
    for (const p of paragraphs(current.buf).split('\n\n')) if (p.trim()) current.c[col].push(p);
    current.buf = [];
  };
  let inIntro = false;
  for (const line of region) {
    const t = clean(line.text);
    if (t === '') continue;
    if (/^Hieronder leest u een conclusie/.test(t)) inIntro = true;
    if (THEMA_NAMES.includes(t)) {
      inIntro = false;
      flushBuf();
      current = {
        c: { thema: t, goed: [], beter: [], onbepaald: [], from: line.n, to: line.n },
        col: null,
        buf: [],
      };
      out.push(current.c);
      continue;
    }
    if (inIntro) {
      if (/behelzen\.?$/.test(t)) inIntro = false;
      continue;
    }
    if (isNoise(line.text) || !current) continue;
    const c = current.c as { to: number };
    c.to = line.n;
    const row = current.col === 'rij' ? columns.row(line.text) : null;
    if (columns.head(line.text)) {
      flushBuf();
      current.col = 'rij';
    } else if (/^Wat gaat goed\?\s*Wat kan beter\?$/.test(t)) {
      flushBuf();
      current.col = 'onbepaald';
    } else if (/^Wat gaat goed\?$/.test(t)) {
      flushBuf();
      current.col = 'goed';
    } else if (/^Wat kan beter\?$/.test(t)) {
      flushBuf();
      current.col = 'beter';
    } else if (row) {
      const [goed, beter] = row;
      for (const p of columns.paragraphs(goed, line.n)) if (p) current.c.goed.push(p);
      for (const p of columns.paragraphs(beter, line.n)) if (p) current.c.beter.push(p);
    } else {
      current.buf.push(line);
    }
  }
  flushBuf();
  return out;
}
