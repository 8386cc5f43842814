/**
 * All views. To build a view, replace its placeholder file (keep the export name); to add one, add its
 * id to VIEW_IDS (src/store/types.ts) and an entry here. `nav` is the menu text; views without it
 * (like `indicator`) are reached from other views, e.g. with `openIndicator(code)`.
 */
import type { ComponentType } from 'react';
import { B, type Tekst } from '../i18n';
import type { ViewId } from '../store';
import { BegrippenView } from './Begrippen';
import { BevindingenView } from './bevindingen/BevindingenView';
import { BronView } from './Bron';
import { HeatmapView } from './Heatmap';
import { IndicatorView } from './Indicator';
import { FactsheetView } from './Factsheet';
import { MethodeView } from './Methode';
import { OpenDataView } from './OpenData';
import { RankingView } from './Ranking';
import { ColofonView, PrivacyView, ToegankelijkheidView } from './Statements';
import { VergelijkenView } from './Vergelijken';

export interface ViewDef {
  readonly id: ViewId;
  /** Used in the document title and headings. */
  readonly titel: Tekst;
  /** Menu text; omitted = not in the menu. */
  readonly nav?: Tekst;
  readonly Component: ComponentType;
}

const A = B.app;

export const VIEWS: Readonly<Record<ViewId, ViewDef>> = {
  heatmap: { id: 'heatmap', titel: A.viewHeatmap, nav: A.viewHeatmap, Component: HeatmapView },
  ranking: { id: 'ranking', titel: A.viewRanking, nav: A.viewRanking, Component: RankingView },
  indicator: { id: 'indicator', titel: A.viewIndicator, Component: IndicatorView },
  vergelijken: {
    id: 'vergelijken',
    titel: A.viewVergelijken,
    nav: A.viewVergelijken,
    Component: VergelijkenView,
  },
  bevindingen: {
    id: 'bevindingen',
    titel: A.viewBevindingen,
    nav: A.viewBevindingen,
    Component: BevindingenView,
  },
  methode: { id: 'methode', titel: A.viewMethode, nav: A.viewMethode, Component: MethodeView },
  'open-data': { id: 'open-data', titel: A.viewOpenData, nav: A.viewOpenData, Component: OpenDataView },
  factsheet: { id: 'factsheet', titel: A.viewFactsheet, Component: FactsheetView },
  toegankelijkheid: {
    id: 'toegankelijkheid',
    titel: A.viewToegankelijkheid,
    Component: ToegankelijkheidView,
  },
  privacy: { id: 'privacy', titel: A.viewPrivacy, Component: PrivacyView },
  colofon: { id: 'colofon', titel: A.viewColofon, Component: ColofonView },
  begrippen: { id: 'begrippen', titel: A.viewBegrippen, nav: A.viewBegrippen, Component: BegrippenView },
  bron: { id: 'bron', titel: A.viewBron, Component: BronView },
};

/** Menu order. */
export const NAV_ORDER: readonly ViewId[] = [
  'heatmap',
  'ranking',
  'vergelijken',
  'bevindingen',
  'methode',
  'open-data',
];

/** Footer links (statement pages and the factsheets). */
export const FOOTER_ORDER: readonly ViewId[] = [
  'factsheet',
  'begrippen',
  'toegankelijkheid',
  'privacy',
  'colofon',
  'open-data',
];
