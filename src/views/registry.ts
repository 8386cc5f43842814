/**
 * All views. To build a view, replace its placeholder file (keep the export name); to add one, add its
 * id to VIEW_IDS (src/store/types.ts) and an entry here. `nav` is the menu text; views without it
 * (like `indicator`) are reached from other views, e.g. with `openIndicator(code)`.
 */
import type { ComponentType } from 'react';
import { B, type Tekst } from '../i18n';
import { registerUrlParam, type ViewId } from '../store';
import { TABEL_PARAMS } from './bevindingen/staat';
import { BRON_PARAMS } from './bronStaat';
import { HeatmapView } from './Heatmap';
import { Laden } from '../components/Status';
import { luiLaden, type LuieWeergave } from './luiLaden';

// The URL params of views that load later must be known from the start, to read a shared link.
for (const spec of [...TABEL_PARAMS, ...BRON_PARAMS]) registerUrlParam(spec);

const RankingView = luiLaden(() => import('./Ranking').then((m) => m.RankingView), Laden);
const IndicatorView = luiLaden(() => import('./Indicator').then((m) => m.IndicatorView), Laden);
const VergelijkenView = luiLaden(
  () => import('./vergelijken/VergelijkenView').then((m) => m.VergelijkenView),
  Laden,
);
const BevindingenView = luiLaden(
  () => import('./bevindingen/BevindingenView').then((m) => m.BevindingenView),
  Laden,
);
const MethodeView = luiLaden(() => import('./Methode').then((m) => m.MethodeView), Laden);
const OpenDataView = luiLaden(() => import('./OpenData').then((m) => m.OpenDataView), Laden);
const FactsheetView = luiLaden(() => import('./Factsheet').then((m) => m.FactsheetView), Laden);
const ToegankelijkheidView = luiLaden(
  () => import('./Statements').then((m) => m.ToegankelijkheidView),
  Laden,
);
const PrivacyView = luiLaden(() => import('./Statements').then((m) => m.PrivacyView), Laden);
const ColofonView = luiLaden(() => import('./Statements').then((m) => m.ColofonView), Laden);
const BegrippenView = luiLaden(() => import('./Begrippen').then((m) => m.BegrippenView), Laden);
const BronView = luiLaden(() => import('./Bron').then((m) => m.BronView), Laden);

export interface ViewDef {
  readonly id: ViewId;
  /** Used in the document title and headings. */
  readonly titel: Tekst;
  /** Menu text; omitted = not in the menu. */
  readonly nav?: Tekst;
  /** Every view but the heatmap loads its code on first use (`luiLaden`). */
  readonly Component: ComponentType | LuieWeergave;
}

/** Loads the code of the view (nothing to do for the heatmap, which is in the app chunk). */
export async function laadView(id: ViewId): Promise<void> {
  const c = VIEWS[id].Component;
  if ('laad' in c) await c.laad();
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
