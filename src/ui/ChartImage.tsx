import type { ReactNode } from 'react';

interface Props {
  /** What the chart shows, ending with where its numbers are, e.g. "…; the numbers are in the table below." */
  label: string;
  className: string;
  children: ReactNode;
}

/**
 * A chart as one labelled image. A table beside every chart carries the same numbers, so
 * assistive technology reads them there, navigable, rather than a second copy in the chart.
 */
export function ChartImage({ label, className, children }: Props) {
  return (
    <div role="img" aria-label={label} className={className}>
      {children}
    </div>
  );
}
