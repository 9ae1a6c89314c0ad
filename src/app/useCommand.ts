import { useCallback } from 'react';
import { errorText } from '../commands/errorText';
import type { CommandOutcome, UndoReport } from '../commands/outcome';
import { useToast } from '../ui/toastContext';

interface RunOptions<R> {
  /** Opens the error sentence: "The import was not undone". */
  failed: string;
  /** The toast's button; "Undo" unless the operation needs naming ("Undo import"). */
  undoLabel?: string;
  /** Told what Undo did, for screens that show more than the toast. */
  onUndone?: (report: UndoReport) => void;
  /** Lets a screen show the outcome itself instead of the toast. */
  quiet?: boolean;
  /**
   * For a form that shows a failure beside its fields (and stays open): the error's sentence
   * from errorText is thrown to it instead of toasted.
   */
  throwErrors?: boolean;
  /**
   * Lets a screen say the error sentence itself (a dialog kept open, the call screen's live
   * region) instead of the toast.
   */
  onFailed?: (sentence: string) => void;
  onDone?: (result: R) => void;
}

/**
 * Runs a command and turns its outcome into what the user sees: a toast with its Undo, or an
 * error sentence made by errorText. Returns the result, or undefined when the command failed.
 */
export function useCommand() {
  const toast = useToast();
  const undoThen = useCallback(
    async (
      undo: () => Promise<UndoReport>,
      failed: string,
      onUndone?: RunOptions<never>['onUndone'],
    ) => {
      try {
        const report = await undo();
        toast({ message: report.message });
        onUndone?.(report);
      } catch (error) {
        toast({ message: errorText(error, `${failed}`), tone: 'error' });
      }
    },
    [toast],
  );

  return useCallback(
    async <R>(
      pending: Promise<CommandOutcome<R>>,
      options: RunOptions<R>,
    ): Promise<R | undefined> => {
      let outcome: CommandOutcome<R>;
      try {
        outcome = await pending;
      } catch (error) {
        if (options.throwErrors) throw new Error(errorText(error), { cause: error });
        const sentence = errorText(error, options.failed);
        if (options.onFailed) options.onFailed(sentence);
        else toast({ message: sentence, tone: 'error' });
        return undefined;
      }
      options.onDone?.(outcome.result);
      if (!options.quiet) {
        const { undo } = outcome;
        toast({
          message: outcome.message,
          action: undo && {
            label: options.undoLabel ?? 'Undo',
            run: () => undoThen(undo, 'Could not undo', options.onUndone),
          },
        });
      }
      return outcome.result;
    },
    [toast, undoThen],
  );
}
