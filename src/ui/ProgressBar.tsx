import type { ReactNode } from 'react';

interface Props {
  /** The bar's accessible name, e.g. "Reading CSV"; tests and screen readers find it by this. */
  label: string;
  /** Read out as the bar's value (aria-valuetext) and shown below it unless `caption` is given. */
  valueText: string;
  /** Without a value the bar is indeterminate: something runs, but how far is not known yet. */
  value?: number | undefined;
  max?: number | undefined;
  /** What to show when it differs from the value text, e.g. with a trailing ellipsis. */
  caption?: ReactNode;
  /** Shows a button beside the bar that stops the work. */
  onCancel?(): void;
  cancelLabel?: string;
  className?: string;
}

/** A <progress> with its count as a polite status, so a screen reader hears it move. */
export function ProgressBar({
  label,
  valueText,
  value,
  max,
  caption,
  onCancel,
  cancelLabel = 'Cancel',
  className,
}: Props) {
  return (
    <div className={className ? `progress ${className}` : 'progress'}>
      <progress aria-label={label} aria-valuetext={valueText} max={max} value={value} />
      <p role="status" className="progress-text">
        {caption ?? valueText}
      </p>
      {onCancel && (
        <button type="button" className="progress-cancel" onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
