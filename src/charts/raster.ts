/** Arrow-key movement in a grid of cells (the heatmap table and its overview). Framework-free. */

export type Richting = 'links' | 'rechts' | 'omhoog' | 'omlaag' | 'begin' | 'eind' | 'boven' | 'onder';

/** The keys that move between cells, and where to. */
export const RICHTING_TOETSEN: Readonly<Record<string, Richting>> = {
  ArrowLeft: 'links',
  ArrowRight: 'rechts',
  ArrowUp: 'omhoog',
  ArrowDown: 'omlaag',
  Home: 'begin',
  End: 'eind',
  PageUp: 'boven',
  PageDown: 'onder',
};

/** The (row, column) reached from (rij, kolom) in a grid of `rijen` × `kolommen`; null past an edge. */
export function stap(
  rij: number,
  kolom: number,
  rijen: number,
  kolommen: number,
  richting: Richting,
): [number, number] | null {
  const doel: Record<Richting, [number, number]> = {
    links: [rij, kolom - 1],
    rechts: [rij, kolom + 1],
    omhoog: [rij - 1, kolom],
    omlaag: [rij + 1, kolom],
    begin: [rij, 0],
    eind: [rij, kolommen - 1],
    boven: [0, kolom],
    onder: [rijen - 1, kolom],
  };
  const [r, c] = doel[richting];
  return r < 0 || r >= rijen || c < 0 || c >= kolommen ? null : [r, c];
}
