import { test as base, expect } from '@playwright/test';

/**
 * Every journey also checks security: any Content-Security-Policy violation, page error or
 * unexpected dialog (an alert from an injected script) fails the test that caused it.
 */
// Playwright types a value-less auto fixture as void.
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
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
      await use();
      expect(problems, 'CSP violations, page errors or script dialogs').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
