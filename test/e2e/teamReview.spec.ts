import type { Page } from '@playwright/test';
import { violations } from './axe';
import { expect, test } from './fixtures';
import { addPainTrait, fillIsAndIsNot } from './icpReview';
import {
  join,
  linkPath,
  openPerson,
  problems,
  share,
  syncStatus,
  teamServerForFile,
} from './teamJourney';
import { putRecords, readStore } from './workspaceIdb';

/*
 * Issue #18, "Review as a team": the test starts its own team server and drives the owner and
 * two reviewers in separate browser contexts. Reviewers read, comment and decide; the server
 * refuses their evidence writes and counts each person's approval once.
 */

const server = teamServerForFile();

const STATEMENT = 'Power users run a data warehouse';
// Markup in a comment must show as typed, never run.
const QUESTION = '<img src=x onerror=alert(1)> Only two churners say this?';

const findingOf = (page: Page) => page.getByRole('article', { name: STATEMENT });
const findingThreads = (page: Page) =>
  findingOf(page).getByRole('region', { name: /^Comments on finding/ });

async function openFindingThreads(page: Page) {
  await page.goto('/synthesis?view=findings');
  await expect(findingOf(page)).toBeVisible();
  await findingOf(page)
    .getByText(/^Comments on finding/)
    .click();
  await expect(findingThreads(page).getByLabel('New comment', { exact: true })).toBeVisible();
}

const teamSignOff = (page: Page) => page.getByRole('region', { name: 'Team sign-off' });

async function approve(page: Page, expected: RegExp) {
  await teamSignOff(page).getByRole('button', { name: 'Approve' }).click();
  await expect(teamSignOff(page).getByRole('status')).toHaveText(expected);
}

test('reviewers comment and sign off as themselves; the server refuses their evidence edits', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // A, the owner, writes a finding and sends the ICP to review before sharing it.
  const a = await openPerson(browser, '/accounts');
  await expect(a.page.getByText(/^\d+ accounts$/)).toBeVisible();
  await a.page.goto('/synthesis?view=findings');
  await a.page.getByLabel('Statement').fill(STATEMENT);
  await a.page.getByRole('button', { name: 'Add finding' }).click();
  await expect(findingOf(a.page)).toBeVisible();
  await a.page.goto('/icp');
  await addPainTrait(a.page);
  await fillIsAndIsNot(a.page);
  await a.page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(a.page.getByRole('heading', { name: /Version 1 · In review/ })).toBeVisible();
  const link = await share(a.page, server().url, 'reviewer');

  // C joins as a reviewer: no way to change an account.
  const c = await openPerson(browser, linkPath(link));
  await join(c.page, 'Cem');
  const [account] = await readStore<{ id: string; name: string }>(c.page, 'accounts');
  if (!account) throw new Error('the shared workspace arrived without accounts');
  await c.page.goto(`/accounts/${account.id}`);
  await expect(c.page.getByRole('heading', { level: 1 })).toHaveText(account.name);
  await expect(c.page.getByRole('link', { name: 'Edit account' })).toHaveCount(0);
  await expect(c.page.getByRole('button', { name: 'Add deal' })).toBeDisabled();

  // A write C forces behind the app's back (record and log row, as a command would write them)
  // goes out on the next start, and the server refuses it.
  await putRecords(c.page, 'accounts', [{ ...account, name: 'Forced by the reviewer' }]);
  await putRecords(c.page, 'changes', [
    {
      table: 'accounts',
      keys: [account.id],
      op: 'put',
      source: 'local',
      actor: 'forced',
      at: new Date().toISOString(),
    },
  ]);
  await c.page.reload();
  await expect(syncStatus(c.page)).toHaveText(
    'Rejected: As a reviewer you cannot change evidence; the change stays on this device only.',
  );

  // C comments on the finding; the ICP and the finding offer C no edits.
  await openFindingThreads(c.page);
  await expect(findingOf(c.page).getByRole('button', { name: 'Delete finding' })).toBeDisabled();
  await expect(findingOf(c.page).getByLabel('Status')).toBeDisabled();
  await expect(findingThreads(c.page).getByLabel('Your name')).toHaveCount(0);
  await findingThreads(c.page).getByLabel('New comment', { exact: true }).fill(QUESTION);
  await findingThreads(c.page).getByRole('button', { name: 'Add comment' }).click();
  const cThread = findingThreads(c.page).getByRole('article', { name: 'Thread by Cem' });
  await expect(cThread.getByText(QUESTION, { exact: true })).toBeVisible();
  expect(await violations(c.page), 'finding thread in a shared workspace').toEqual([]);

  // A sees it, signed with C's name, and resolves it; C sees it resolved.
  await openFindingThreads(a.page);
  const aThread = findingThreads(a.page).getByRole('article', { name: 'Thread by Cem' });
  await expect(aThread.getByText(QUESTION, { exact: true })).toBeVisible();
  await aThread.getByRole('button', { name: 'Reply' }).click();
  await aThread.getByLabel('Reply', { exact: true }).fill('Three do: Quill, Ardent and Fenwick.');
  await aThread.getByRole('button', { name: 'Post reply' }).click();
  await expect(cThread.getByRole('list', { name: 'Replies' })).toHaveText(
    /^Ann · .+Three do: Quill, Ardent and Fenwick\.$/,
  );
  await aThread.getByRole('button', { name: 'Resolve thread' }).click();
  await expect(cThread.getByRole('status')).toHaveText(/^Resolved by Ann · /);
  await expect(
    findingOf(c.page).getByText(
      'Comments on finding “Power users run a data warehouse” (0 open, 1 resolved)',
    ),
  ).toBeVisible();
  // The evidence C forced never reached A.
  await a.page.goto(`/accounts/${account.id}`);
  await expect(a.page.getByRole('heading', { level: 1 })).toHaveText(account.name);

  // C approves alone: not signed off. Approving again still counts once.
  await c.page.goto('/icp');
  await expect(c.page.getByRole('heading', { name: /Version 1 · In review/ })).toBeVisible();
  await expect(c.page.getByRole('button', { name: 'Add trait', exact: true })).toBeDisabled();
  await expect(c.page.getByRole('button', { name: 'Save IS / IS NOT' })).toBeDisabled();
  await expect(c.page.getByRole('button', { name: 'Record decision' })).toHaveCount(0);
  await approve(c.page, /^Not signed off yet: 1 of 2 approvals/);
  await approve(c.page, /^Not signed off yet: 1 of 2 approvals/);
  const decisions = teamSignOff(c.page).getByRole('list', { name: 'Team decisions' });
  await expect(decisions.getByRole('listitem')).toHaveCount(2);
  await expect(decisions.getByRole('listitem').first()).toHaveText(/^Cem \(reviewer\) approved · /);
  expect(await violations(c.page), 'ICP in review, as a reviewer').toEqual([]);

  // D, a second reviewer, approves: signed off, for everyone.
  const d = await openPerson(browser, linkPath(link));
  await join(d.page, 'Dee');
  await d.page.goto('/icp');
  await approve(d.page, /^Signed off: 2 of 2 approvals from different reviewers\.$/);
  await expect(teamSignOff(c.page).getByRole('status')).toHaveText(/^Signed off: 2 of 2/);
  await a.page.goto('/icp');
  await expect(teamSignOff(a.page).getByRole('status')).toHaveText(/^Signed off: 2 of 2/);
  await expect(
    teamSignOff(a.page).getByRole('list', { name: 'Team decisions' }).getByRole('listitem'),
  ).toHaveText([
    /^Cem \(reviewer\) approved/,
    /^Cem \(reviewer\) approved/,
    /^Dee \(reviewer\) approved/,
  ]);
  await teamSignOff(a.page).screenshot({ path: test.info().outputPath('team-signoff.png') });
  // The owner freezes it with the server's approvals; a reviewer has no such button.
  await expect(teamSignOff(c.page).getByRole('button', { name: /^Freeze version/ })).toHaveCount(0);
  await teamSignOff(a.page).getByRole('button', { name: 'Freeze version 1 as signed off' }).click();
  await expect(a.page.getByRole('heading', { name: /Version 1 · Signed off/ })).toBeVisible();
  await expect(c.page.getByRole('heading', { name: /Version 1 · Signed off/ })).toBeVisible();
  await expect(c.page.getByRole('list').filter({ hasText: 'Dee (reviewer): Approved' })).toHaveText(
    /Cem \(reviewer\): Approved.*Dee \(reviewer\): Approved/s,
  );
  await c.page.goto('/synthesis?view=findings');
  await findingOf(c.page)
    .getByText(/^Comments on finding/)
    .click();
  await findingOf(c.page).screenshot({ path: test.info().outputPath('comment-thread.png') });

  await Promise.all([a.context.close(), c.context.close(), d.context.close()]);
  expect(problems, 'CSP violations, page errors or script dialogs').toEqual([]);
});
