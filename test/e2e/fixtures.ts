import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Every journey also checks security: any Content-Security-Policy violation, page error or
 * unexpected dialog (an alert from an injected script) fails the test that caused it. The
 * guard watches every page of the test's context, so tabs opened with context.newPage() (the
 * multi-tab journeys) are checked as closely as the default `page`.
 */
/**
 * Records into `problems` every CSP violation, page error and script dialog of the context's
 * pages: those open now (from their next navigation) and those opened later. Returns the
 * function that stops watching new pages.
 */
export async function watchForProblems(
  context: BrowserContext,
  problems: string[],
): Promise<() => void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().startsWith('CSP violation')) {
        problems.push(message.text());
      }
    });
    page.on('pageerror', (error) => problems.push(`Page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`Unexpected ${dialog.type()} dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return () => context.off('page', watch);
}

// Playwright types a value-less auto fixture as void.
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const stop = await watchForProblems(context, problems);
      await use();
      stop();
      expect(problems, 'CSP violations, page errors or script dialogs').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
