import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Each step replaces the last inside one modal, so the control that had focus disappears;
 * focusing the new step's heading keeps keyboard and screen-reader users in place.
 */
export function ImportStepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h3 ref={ref} tabIndex={-1} className="import-step-heading">
      {children}
    </h3>
  );
}
