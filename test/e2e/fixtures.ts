import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every journey also checks security: any Content-Security-Policy violation, page error or
 * unexpected dialog (an alert from an injected script) fails the test that caused it. The
 * guard watches every page of the test's context, so tabs opened with context.newPage() (the
 * multi-tab journeys) are checked as closely as the default `page`.
 */
// Playwright types a value-less auto fixture as void.
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ context }, use) => {
      const problems: string[] = [];
      // On the context, so it runs in every page: those open now (at their next navigation)
      // and those opened later.
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
      await use();
      context.off('page', watch);
      expect(problems, 'CSP violations, page errors or script dialogs').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
