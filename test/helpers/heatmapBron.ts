import type { HeatmapBron } from '../../src/model/afleiding';
import {
  heatmapCellen,
  kolomTotalen,
  rijTotalen,
  type HeatmapCel,
  type KolomTotaal,
  type RijTotaal,
} from '../../src/model/queries';
import type { TestDb } from './nodeDb';

/** The unfiltered heatmap's three results on `db`: what index.html carries and the filters derive from. */
export async function leesHeatmapBron(db: TestDb): Promise<HeatmapBron> {
  return {
    cellen: (await db.run(heatmapCellen({}))) as HeatmapCel[],
    rijen: (await db.run(rijTotalen({}, 'volgorde'))) as RijTotaal[],
    kolommen: (await db.run(kolomTotalen({}))) as KolomTotaal[],
  };
}
