import type { ReactNode } from 'react';

interface Props {
  /** Names the region for screen readers, e.g. the table's caption. */
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * The scrolling box around a wide or tall table. Focusable, so a keyboard user can scroll it
 * with the arrow keys when nothing inside it takes focus, and named, since it is a region.
 */
export function TableScroll({ label, className, children }: Props) {
  return (
    // A scrollable box must be reachable by keyboard (WCAG 2.1.1); axe: scrollable-region-focusable.
    <div
      className={`table-wrap ${className ?? ''}`.trim()}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
