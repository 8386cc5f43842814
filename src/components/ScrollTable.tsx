import type { ReactNode } from 'react';

/** Props of {@link ScrollTable}. */
export interface ScrollTableProps {
  /** Class of the scrolling region around the table. */
  wrapClass: string;
  /** Class of the table itself. */
  className: string;
  /** Accessible name of the region; without it the caption names the region (give `captionId`). */
  label?: string;
  caption?: ReactNode;
  captionId?: string;
  /** Column headings, left to right. */
  columns: readonly ReactNode[];
  /** The body rows. */
  children: ReactNode;
}

/**
 * A data table in a focusable region that scrolls sideways on a narrow screen: optional caption, one
 * header row of column headings, then the given rows.
 */
export function ScrollTable({
  wrapClass,
  className,
  label,
  caption,
  captionId,
  columns,
  children,
}: ScrollTableProps) {
  return (
    <div
      className={wrapClass}
      tabIndex={0}
      role="region"
      aria-label={label}
      aria-labelledby={label === undefined ? captionId : undefined}
    >
      <table className={className}>
        {caption !== undefined && <caption id={captionId}>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th scope="col" key={i}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
