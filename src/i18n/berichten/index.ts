/**
 * The message catalogue, one module per area. Add a message next to the others of its area as
 * `naam: { nl: '…', en: '…' }`; both forms are required by the type, and test/i18n/catalogus.test.ts
 * checks they are non-empty and have the same `{placeholders}` and `<tags>`.
 */
import { app } from './app';
import { bevindingen } from './bevindingen';
import { bron } from './bron';
import { delen } from './delen';
import { drilldown } from './drilldown';
import { factsheet } from './factsheet';
import { filterKop } from './filterKop';
import { heatmap } from './heatmap';
import { indicator } from './indicator';
import { ranking } from './ranking';
import { schaal } from './schaal';
import { methode } from './methode';
import { openData } from './openData';
import { url } from './url';
import { vergelijken } from './vergelijken';

export const B = {
  app,
  url,
  heatmap,
  filterKop,
  schaal,
  drilldown,
  ranking,
  indicator,
  vergelijken,
  bevindingen,
  factsheet,
  openData,
  methode,
  bron,
  delen,
} as const;
