import { isSynthetisch, loadDatabase, runQuery } from '../db';
import { aanpakOpties, gemeenteOpties } from '../model/queries';
import type { Catalog } from '../store';

/** The queries behind the catalog (also prerendered, see ./voorgerenderd.ts). */
export function catalogQueries() {
  return { gemeenten: gemeenteOpties(), aanpakken: aanpakOpties() };
}

/** Load DuckDB with the data, then the names and ids every view needs, and whether the data is synthetic. */
export async function loadCatalog(): Promise<Catalog> {
  await loadDatabase();
  const q = catalogQueries();
  const [gemeenten, aanpakken, synthetisch] = await Promise.all([
    runQuery(q.gemeenten),
    runQuery(q.aanpakken),
    isSynthetisch(),
  ]);
  return { gemeenten, aanpakken, synthetisch };
}
