import { HEATMAP_EINDE_ID } from '../../src/views/Heatmap';

/**
 * Where a built index.html holds back its first paint (#4): whether its head has the render-blocking
 * "expect" link to the end of the heatmap, how many elements carry that id, and how many heatmap cells
 * (marks or aggregated cells) come after the first one, which the first paint would then miss.
 */
export function eersteVerf(html: string): { link: boolean; markers: number; cellenNa: number } {
  const head = html.slice(0, html.indexOf('</head>'));
  const at = html.indexOf(` id="${HEATMAP_EINDE_ID}"`);
  const na = at < 0 ? '' : html.slice(at);
  return {
    link: head.includes(`<link rel="expect" href="#${HEATMAP_EINDE_ID}" blocking="render"`),
    markers: html.split(` id="${HEATMAP_EINDE_ID}"`).length - 1,
    cellenNa: (na.match(/<button[^>]* data-(oordeel|totaal)="/g) ?? []).length,
  };
}
