import type { Catalog } from '../../src/store/types';

const GEMEENTEN: Catalog['gemeenten'] = [
  { gemeente_id: 'dordrecht', naam: 'Dordrecht', aanpakken: 2 },
  { gemeente_id: 'emmen', naam: 'Emmen', aanpakken: 2 },
  { gemeente_id: 'gouda', naam: 'Gouda', aanpakken: 1 },
];

/**
 * A small catalog of Dordrecht and Emmen (2 aanpakken each) and Gouda (1), with the given aanpakken as
 * [aanpak_id, naam]; each aanpak's gemeente is the part of its id before the dot.
 */
export function testCatalog(aanpakken: readonly (readonly [string, string])[]): Catalog {
  return {
    gemeenten: GEMEENTEN,
    aanpakken: aanpakken.map(([aanpak_id, naam]) => {
      const gemeente = GEMEENTEN.find((g) => aanpak_id.startsWith(`${g.gemeente_id}.`));
      if (!gemeente) throw new Error(`testCatalog: no gemeente for ${aanpak_id}`);
      return { aanpak_id, naam, gemeente_id: gemeente.gemeente_id, gemeente: gemeente.naam };
    }),
  };
}
