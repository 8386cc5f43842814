/**
 * The message catalogue: one JSON file per area and language, `nl/<area>.json` and `en/<area>.json`
 * (README.md here says how to edit them). The Dutch file decides an area's keys and their types, so
 * `t(B.area.key)` is checked by tsc; `tweetalig` requires the English file to have every key, with
 * plural forms where Dutch has them. test/i18n/catalogus.test.ts checks the rest: no key in one
 * language only, non-empty texts, and the same `{placeholders}` and `<tags>` in both.
 */
import { tweetalig } from '../core';
import enApp from './en/app.json';
import nlApp from './nl/app.json';
import enFout from './en/fout.json';
import nlFout from './nl/fout.json';
import enUrl from './en/url.json';
import nlUrl from './nl/url.json';
import enHeatmap from './en/heatmap.json';
import nlHeatmap from './nl/heatmap.json';
import enFilterKop from './en/filterKop.json';
import nlFilterKop from './nl/filterKop.json';
import enSchaal from './en/schaal.json';
import nlSchaal from './nl/schaal.json';
import enDrilldown from './en/drilldown.json';
import nlDrilldown from './nl/drilldown.json';
import enRanking from './en/ranking.json';
import nlRanking from './nl/ranking.json';
import enIndicator from './en/indicator.json';
import nlIndicator from './nl/indicator.json';
import enVergelijken from './en/vergelijken.json';
import nlVergelijken from './nl/vergelijken.json';
import enBevindingen from './en/bevindingen.json';
import nlBevindingen from './nl/bevindingen.json';
import enFactsheet from './en/factsheet.json';
import nlFactsheet from './nl/factsheet.json';
import enOpenData from './en/openData.json';
import nlOpenData from './nl/openData.json';
import enMethode from './en/methode.json';
import nlMethode from './nl/methode.json';
import enBron from './en/bron.json';
import nlBron from './nl/bron.json';
import enDelen from './en/delen.json';
import nlDelen from './nl/delen.json';

/** The app shell, navigation, shared components, status and messages. */
export const app = tweetalig(nlApp, enApp);
/** Errors shown to the user (src/db). */
export const fout = tweetalig(nlFout, enFout);
/** Messages about parts of a link that could not be used (src/store/url.ts). */
export const url = tweetalig(nlUrl, enUrl);
/** Heatmap view and table. */
export const heatmap = tweetalig(nlHeatmap, enHeatmap);
/** What a view's heading and status say about the shared filters (src/store/filterWoorden.ts). */
export const filterKop = tweetalig(nlFilterKop, enFilterKop);
/**
 * The heatmap at national scale (#4): the aggregated overview, its legend, the breadcrumb, the jaar,
 * provincie and gemeente filters and the pages of the indicator view. Provincie and gemeente names are
 * data and are not translated.
 */
export const schaal = tweetalig(nlSchaal, enSchaal);
/** Drill-down dialog of one cell. */
export const drilldown = tweetalig(nlDrilldown, enDrilldown);
/** "Terugkerende verbeterpunten" (ranking) and its generated sentences. */
export const ranking = tweetalig(nlRanking, enRanking);
/** The page of one indicator. */
export const indicator = tweetalig(nlIndicator, enIndicator);
/** "Gemeenten vergelijken". */
export const vergelijken = tweetalig(nlVergelijken, enVergelijken);
/** "Bevindingen": the table of every oordeel. */
export const bevindingen = tweetalig(nlBevindingen, enBevindingen);
/** Factsheet per gemeente. */
export const factsheet = tweetalig(nlFactsheet, enFactsheet);
/** Open data page (the LEESMIJ file itself stays Dutch). */
export const openData = tweetalig(nlOpenData, enOpenData);
/** Methode: the framework and sources parts (the prose is src/content/methode.*.md). */
export const methode = tweetalig(nlMethode, enMethode);
/** The source view (`?weergave=bron`), the links to it, and the marks where text was lost. */
export const bron = tweetalig(nlBron, enBron);
/** Pictures to download (SVG, PNG), the embed mode and the embed code (#19). */
export const delen = tweetalig(nlDelen, enDelen);

/** Every area, for `t(B.area.key)`. */
export const B = {
  app,
  fout,
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
