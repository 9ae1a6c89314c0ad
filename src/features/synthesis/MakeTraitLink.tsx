import { Link } from 'react-router';

/**
 * Opens the ICP page's New trait dialog prefilled from a trait-lift row or a code. When the
 * current ICP version is locked, the ICP page says why instead of opening the dialog.
 */
export function MakeTraitLink({ to, from }: { to: string; from: string }) {
  return (
    <Link to={to} className="synthesis-make-trait" aria-label={`Make trait from ${from}`}>
      Make trait…
    </Link>
  );
}
