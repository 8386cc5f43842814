import type { HeatmapBron } from '../../src/model/afleiding';
import { BRON } from '../../src/views/heatmapQueries';
import type { TestDb } from './nodeDb';

/** The unfiltered heatmap's three results (`BRON`) on `db`: what index.html carries, and what the filters derive from. */
export async function leesHeatmapBron(db: TestDb): Promise<HeatmapBron> {
  return {
    cellen: await db.run(BRON.cellen),
    rijen: await db.run(BRON.rijen),
    kolommen: await db.run(BRON.kolommen),
  };
}
