import type { ReactNode } from 'react';
import { B, useT } from '../i18n';

/** The heading row of a thema's section in a heatmap table, "Thema " and the name, across `breedte` columns. */
export function ThemaRij({ breedte, children }: { breedte: number; children: ReactNode }) {
  const t = useT();
  return (
    <tr className="thema">
      <th scope="rowgroup" colSpan={breedte}>
        {t(B.heatmap.themaKop)} {children}
      </th>
    </tr>
  );
}
