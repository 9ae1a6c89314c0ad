import type { ReactNode } from 'react';

interface Props {
  /** The id the page's section is labelled by. */
  headingId: string;
  title: ReactNode;
  /** How many there are, e.g. "12 accounts"; nothing while loading. */
  count?: ReactNode;
  /** Announce count changes, for pages whose filters change it. */
  liveCount?: boolean;
  /** What stands after the count: actions, a badge, a picker. */
  children?: ReactNode;
}

/** A page's heading row: its h1, the count beside it, and what the page lets you do. */
export function PageHeader({ headingId, title, count, liveCount, children }: Props) {
  return (
    <div className="page-header">
      <h1 id={headingId}>{title}</h1>
      {count != null && count !== false && (
        <p className="count" aria-live={liveCount ? 'polite' : undefined}>
          {count}
        </p>
      )}
      {children}
    </div>
  );
}
