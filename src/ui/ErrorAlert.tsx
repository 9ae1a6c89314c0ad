interface Props {
  /** Nothing is shown while there is no message. */
  message: string | null | undefined;
  id?: string;
  /** How it looks where it stands, e.g. "backup-error"; a field's error by default. */
  className?: string;
}

/** An error the user must hear about as it appears: screen readers announce an alert. */
export function ErrorAlert({ message, id, className = 'field-error' }: Props) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className={className}>
      {message}
    </p>
  );
}
