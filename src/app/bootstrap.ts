import { loadDatabase, runQuery } from '../db';
import { aanpakOpties, gemeenteOpties } from '../model/queries';
import type { Catalog } from '../store';

/** The queries behind the catalog (also prerendered, see ./voorgerenderd.ts). */
export function catalogQueries() {
  return { gemeenten: gemeenteOpties(), aanpakken: aanpakOpties() };
}

/** Load DuckDB with the data, then the names and ids every view needs. */
export async function loadCatalog(): Promise<Catalog> {
  await loadDatabase();
  const q = catalogQueries();
  const [gemeenten, aanpakken] = await Promise.all([runQuery(q.gemeenten), runQuery(q.aanpakken)]);
  return { gemeenten, aanpakken };
}
