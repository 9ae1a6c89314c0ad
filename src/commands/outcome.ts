/** What Undo did: a sentence for the user, and the records it left alone because they changed. */
export interface UndoReport {
  message: string;
  /** Records edited after the operation, kept as edited rather than reverted. */
  kept: number;
}

export interface CommandOutcome<R> {
  result: R;
  /** What happened, in a sentence; shown in the toast that offers the Undo. */
  message: string;
  undo?: () => Promise<UndoReport>;
}

/**
 * "3 accounts edited since the import were kept as edited." — or null when none was: Undo never
 * reverts over a later edit, and says so when it left one.
 */
export function keptSentence(
  kept: number,
  [singular, plural]: readonly [string, string],
  since: string,
): string | null {
  if (kept === 0) return null;
  const verb = kept === 1 ? 'was' : 'were';
  return `${kept} ${kept === 1 ? singular : plural} edited since ${since} ${verb} kept as edited.`;
}
