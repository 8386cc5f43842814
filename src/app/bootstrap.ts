import { loadDatabase, runQuery } from '../db';
import { aanpakOpties, gemeenteOpties } from '../model/queries';
import type { Catalog } from '../store';

/** Load DuckDB with the data, then the names and ids every view needs. */
export async function loadCatalog(): Promise<Catalog> {
  await loadDatabase();
  const [gemeenten, aanpakken] = await Promise.all([runQuery(gemeenteOpties()), runQuery(aanpakOpties())]);
  return { gemeenten, aanpakken };
}
