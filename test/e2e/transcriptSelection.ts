import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Selects `text` inside the rendered transcript, as a mouse drag would. */
export async function selectInTranscript(page: Page, text: string) {
  const found = await page
    .getByRole('region', { name: 'Transcript text' })
    .evaluate((el, wanted) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        (el as HTMLElement).focus();
        return true;
      }
      return false;
    }, text);
  expect(found).toBe(true);
}
