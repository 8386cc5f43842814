/**
 * All views. To build a view, replace its placeholder file (keep the export name); to add one, add its
 * id to VIEW_IDS (src/store/types.ts) and an entry here. `nav` is the menu text; views without it
 * (like `indicator`) are reached from other views, e.g. with `openIndicator(code)`.
 */
import type { ComponentType } from 'react';
import type { ViewId } from '../store';
import { BevindingenView } from './Bevindingen';
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
  /** Used in the document title. */
  readonly titel: string;
  /** Menu text; omitted = not in the menu. */
  readonly nav?: string;
  readonly Component: ComponentType;
}

export const VIEWS: Readonly<Record<ViewId, ViewDef>> = {
  heatmap: { id: 'heatmap', titel: 'Heatmap', nav: 'Heatmap', Component: HeatmapView },
  ranking: {
    id: 'ranking',
    titel: 'Terugkerende verbeterpunten',
    nav: 'Terugkerende verbeterpunten',
    Component: RankingView,
  },
  indicator: { id: 'indicator', titel: 'Indicator', Component: IndicatorView },
  vergelijken: {
    id: 'vergelijken',
    titel: 'Gemeenten vergelijken',
    nav: 'Gemeenten vergelijken',
    Component: VergelijkenView,
  },
  bevindingen: { id: 'bevindingen', titel: 'Bevindingen', nav: 'Bevindingen', Component: BevindingenView },
  methode: { id: 'methode', titel: 'Methode', nav: 'Methode', Component: MethodeView },
  'open-data': { id: 'open-data', titel: 'Open data', nav: 'Open data', Component: OpenDataView },
  factsheet: { id: 'factsheet', titel: 'Factsheet per gemeente', Component: FactsheetView },
  toegankelijkheid: { id: 'toegankelijkheid', titel: 'Toegankelijkheid', Component: ToegankelijkheidView },
  privacy: { id: 'privacy', titel: 'Privacy', Component: PrivacyView },
  colofon: { id: 'colofon', titel: 'Colofon', Component: ColofonView },
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
  'toegankelijkheid',
  'privacy',
  'colofon',
  'open-data',
];
