import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../../scripts/ingest/decode';
import { detectLayout } from '../../../../scripts/ingest/layouts/detect';
import { SEEDS, seed } from '../fixtures';

const decoded = (path: string, text: string) => decodeSource(path, new TextEncoder().encode(text));
const ofSeed = (name: string) => decodeSource(name, seed(name).bytes);

describe('detectLayout', () => {
  it('detectLayout picks tab for the tab seed and names the line of its table head', () => {
    const k = detectLayout(ofSeed(SEEDS.oosterhoutTab));
    expect(k.reader.layout).toBe('tab');
    // Line 90 of 001 is "Criteria⇥Indicatoren⇥Bevindingen", the first table head.
    expect(k.reden).toBe('tabel met tabs op regel 90');
  });

  it('detectLayout falls back to raw for the PDF-to-text seeds', () => {
    for (const name of [SEEDS.oosterhoutRaw, SEEDS.gouda, SEEDS.emmen, SEEDS.dordrecht])
      expect(detectLayout(ofSeed(name)).reader.layout, name).toBe('raw');
  });

  it('detectLayout picks markdown for a pipe-table head, with or without the criterium column', () => {
    const text = '# Titel\n\n| Indicator | Bevinding | Oordeel |\n|---|---|---|\n';
    expect(detectLayout(decoded('a.md', text))).toMatchObject({
      reader: { layout: 'markdown' },
      reden: 'Markdown-tabel op regel 3',
    });
    const full = '| Criteria | Indicatoren | Bevindingen | Oordeel |\n';
    expect(detectLayout(decoded('b.md', full)).reader.layout).toBe('markdown');
    // Without an Oordeel column the marks have no column of their own: not this layout.
    expect(detectLayout(decoded('c.md', '| Indicator | Bevinding |\n')).reader.layout).toBe('raw');
  });
});
