import { HEATMAP_EINDE_ID } from '../../src/charts/heatmapModel';

/**
 * The end of the prerendered heatmap in a built index.html (#4): how many elements carry its id, and how
 * many heatmap cells (marks or aggregated cells) come after the first one. src/styles/heatmap.css shows the heatmap
 * only once the parser has passed that element, so a cell after it would hold the heatmap back.
 */
export function heatmapEinde(html: string): { markers: number; cellenNa: number } {
  const at = html.indexOf(` id="${HEATMAP_EINDE_ID}"`);
  const na = at < 0 ? '' : html.slice(at);
  return {
    markers: html.split(` id="${HEATMAP_EINDE_ID}"`).length - 1,
    cellenNa: (na.match(/<button[^>]* data-(oordeel|totaal)="/g) ?? []).length,
  };
}
