import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe-core's findings on the page as it is now: every impact, as one line each. */
export async function violations(page: Page): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  const { violations: found } = await builder.analyze();
  // Every impact, not only serious and critical: the moderate ones found (duplicate landmarks,
  // heading order) were mended too, and must not come back.
  return found.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')}`,
  );
}
