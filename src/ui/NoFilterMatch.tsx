import { EmptyState } from './EmptyState';

/** What a filtered list shows when nothing passes its filters, e.g. `what="quotes"`. */
export function NoFilterMatch({ what }: { what: string }) {
  return (
    <EmptyState title={`No ${what} match these filters`}>
      <p>{`Clear a filter to see more ${what}.`}</p>
    </EmptyState>
  );
}
