/**
 * Checking 10,000 rows takes 150-250 ms of the page's thread: one task that long freezes
 * clicks and the progress bar. The checks are therefore written as generators that yield the
 * number of rows done every ROWS_PER_STEP rows; runToEnd drives one at once (tests, small
 * re-checks), runInSteps spreads it over short tasks and reports progress.
 */
export type RowSteps<T> = Generator<number, T, void>;

export const ROWS_PER_STEP = 250;

export function runToEnd<T>(steps: RowSteps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface RunInStepsOptions {
  /**
   * How long one task may run before the page gets the thread back: under the 50 ms of a
   * long task with room for a garbage collection, and long enough that the progress render
   * and paint between slices add little to the whole.
   */
  sliceMs?: number;
  onProgress?: (rowsDone: number) => void;
  /** Checked between slices; when it answers true the run stops and resolves null. */
  cancelled?: () => boolean;
}

/**
 * A macrotask without setTimeout's 4 ms clamp on nested timers, which would add a pause to
 * every slice; the browser still paints and handles input between two of them.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function runInSteps<T>(
  steps: RowSteps<T>,
  { sliceMs = 30, onProgress, cancelled }: RunInStepsOptions = {},
): Promise<T | null> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      onProgress?.(step.value);
      await nextTask();
      if (cancelled?.()) return null;
      sliceStart = performance.now();
    }
  }
}
